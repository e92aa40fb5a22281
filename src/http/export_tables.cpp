#include "http/export_tables.hpp"

#include <string>

namespace kompas {
namespace {

ExportCell Number(const nlohmann::json& value) {
    if (!value.is_number()) return std::monostate{};
    return value.get<double>();
}

ExportCell Text(const nlohmann::json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return std::string(value.get<bool>() ? "true" : "false");
    return std::monostate{};
}

// `object[key]`, or null when `object` is not an object or lacks the key.
const nlohmann::json& At(const nlohmann::json& object, const char* key) {
    static const nlohmann::json kNull = nullptr;
    if (!object.is_object()) return kNull;
    const auto found = object.find(key);
    return found == object.end() ? kNull : *found;
}

std::vector<ExportCell> Header(std::initializer_list<const char*> names) {
    std::vector<ExportCell> header;
    for (const char* name : names) header.emplace_back(std::string(name));
    return header;
}

}  // namespace

const char* ObservationReason(const std::string& status) {
    if (status == "provisional") return "Voorlopig cijfer: het kan nog veranderen.";
    if (status == "unknown") return "Niet bekend: er is voor deze periode geen cijfer gepubliceerd.";
    if (status == "confidential") return "Geheim: de bron publiceert het niet, om herkenbaarheid te voorkomen.";
    return "";
}

ExportTable ProfileExportTable(const nlohmann::json& profile) {
    ExportTable table;
    const std::string code = At(At(profile, "region"), "code").get<std::string>();
    table.name = "Staat van de jeugd " + code;
    table.widths = {28, 40, 8, 10, 10, 10, 12, 12, 40, 10, 12, 10, 12, 10, 12};
    table.rows.push_back(
        Header({"indicator", "title", "unit", "period", "value", "numerator", "denominator", "status", "reason",
                "change", "parent_region", "parent_value", "parent_status", "country_value", "country_status"}));
    const std::string parent =
        At(At(profile, "parent"), "code").is_string() ? At(At(profile, "parent"), "code").get<std::string>() : "";
    for (const auto& entry : At(profile, "entries")) {
        const auto& indicator = At(entry, "indicator");
        const auto& latest = At(entry, "latest");
        const std::string status = At(latest, "status").get<std::string>();
        table.rows.push_back({Text(At(indicator, "key")), Text(At(indicator, "title")), Text(At(indicator, "unit")),
                              Text(At(latest, "period")), Number(At(latest, "value")), Number(At(latest, "numerator")),
                              Number(At(latest, "denominator")), status, std::string(ObservationReason(status)),
                              Number(At(entry, "change")), parent.empty() ? ExportCell{} : ExportCell{parent},
                              Number(At(At(entry, "parent"), "value")), Text(At(At(entry, "parent"), "status")),
                              Number(At(At(entry, "country"), "value")), Text(At(At(entry, "country"), "status"))});
    }
    return table;
}

ExportTable ResultsExportTable(const nlohmann::json& rows) {
    ExportTable table;
    table.name = "Resultaten";
    table.widths = {24, 48, 30, 28, 12, 12, 12, 10, 12, 12, 12, 12, 12, 12, 40, 12, 12, 14, 60};
    table.rows.push_back(Header({"result_id", "result", "ambition", "indicator", "regions", "baseline_period",
                                 "baseline_value", "target_year", "target_value", "latest_period", "latest_value",
                                 "latest_numerator", "latest_denominator", "latest_status", "reason", "interval_lower",
                                 "interval_upper", "progress", "progress_reason"}));
    for (const auto& row : rows) {
        const auto& result = At(row, "result");
        const auto& latest = At(row, "latest");
        std::string regions;
        for (const auto& region : At(result, "regions"))
            regions += (regions.empty() ? "" : " ") + region.get<std::string>();
        const std::string status = latest.is_object() ? At(latest, "status").get<std::string>() : "";
        table.rows.push_back({Text(At(result, "id")), Text(At(result, "title")), Text(At(row, "ambition_title")),
                              Text(At(result, "indicator")), regions, Text(At(At(result, "baseline"), "period")),
                              Number(At(At(result, "baseline"), "value")), Number(At(At(result, "target"), "year")),
                              Number(At(At(result, "target"), "value")), Text(At(latest, "period")),
                              Number(At(latest, "value")), Number(At(latest, "numerator")),
                              Number(At(latest, "denominator")), status.empty() ? ExportCell{} : ExportCell{status},
                              std::string(latest.is_object() ? ObservationReason(status) : "Nog geen cijfer."),
                              Number(At(At(latest, "interval"), "lower")), Number(At(At(latest, "interval"), "upper")),
                              Text(At(row, "status")), Text(At(row, "status_reason"))});
    }
    return table;
}

ExportTable ActionsExportTable(const nlohmann::json& actions) {
    ExportTable table;
    table.name = "Verbeteracties";
    table.widths = {24, 40, 40, 24, 28, 12, 12, 8, 24, 24, 24, 10, 24, 60};
    table.rows.push_back(
        Header({"action_id", "title", "description", "owner", "owner_organisation", "due_on", "status", "overdue",
                "result_id", "activity_id", "indicator", "region", "organisation_id", "history"}));
    for (const auto& action : actions) {
        std::string history;
        for (const auto& change : At(action, "history")) {
            if (!history.empty()) history += "; ";
            history += At(change, "changed_at").get<std::string>() + " " + At(change, "status").get<std::string>() +
                       " (" + At(change, "changed_by").get<std::string>() + ")";
            if (const auto& note = At(change, "note"); note.is_string() && !note.get<std::string>().empty()) {
                history += ": " + note.get<std::string>();
            }
        }
        table.rows.push_back({Text(At(action, "id")), Text(At(action, "title")), Text(At(action, "description")),
                              Text(At(action, "owner_name")), Text(At(action, "owner_organisation")),
                              Text(At(action, "due_on")), Text(At(action, "status")), Text(At(action, "overdue")),
                              Text(At(action, "result_id")), Text(At(action, "activity_id")),
                              Text(At(action, "indicator")), Text(At(action, "region")),
                              Text(At(action, "organisation_id")), history});
    }
    return table;
}

}  // namespace kompas
