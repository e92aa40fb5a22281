#include "http/outcome_export.hpp"

#include <string>

namespace kompas {
namespace {

constexpr const char* kSuppressedReason =
    "Onderdrukt: een klein aantal, of verborgen om een klein aantal elders te beschermen.";
constexpr const char* kNumeratorReason =
    "Teller en aandeel onderdrukt: de teller of de rest is klein, het aandeel is 0 of 100 % van een kleine "
    "basis, of ze zijn verborgen om zo'n aantal elders te beschermen. De basis staat er wel.";

const char* const kColumns[] = {"group",          "help_form",      "provider", "label",     "period",      "figure",
                                "status",         "reason",         "value",    "numerator", "denominator", "share",
                                "interval_lower", "interval_upper", "mean",     "n",         "incomplete"};
constexpr std::size_t kColumnCount = std::size(kColumns);
enum Column : std::size_t {
    kGroup,
    kHelpForm,
    kProvider,
    kLabel,
    kPeriod,
    kFigure,
    kStatus,
    kReason,
    kValue,
    kNumerator,
    kDenominator,
    kShare,
    kLower,
    kUpper,
    kMean,
    kN,
    kIncomplete
};

ExportCell Number(const nlohmann::json& value) {
    if (!value.is_number()) return std::monostate{};
    return value.get<double>();
}

struct RowKey {
    std::string group;
    std::string help_form;
    std::string provider;
    std::string label;
    std::string period;
};

// One row per figure of `figures` (a row of the report's JSON).
void AppendFigures(ExportTable& table, const RowKey& key, const nlohmann::json& figures) {
    const auto start = [&](const char* figure) -> std::vector<ExportCell>& {
        auto& row = table.rows.emplace_back(kColumnCount);
        row[kGroup] = key.group;
        if (!key.help_form.empty()) row[kHelpForm] = key.help_form;
        if (!key.provider.empty()) row[kProvider] = key.provider;
        row[kLabel] = key.label;
        row[kPeriod] = key.period;
        row[kFigure] = std::string(figure);
        return row;
    };
    for (const char* figure : {"started", "ended", "ongoing"}) {
        const auto& f = figures.at(figure);
        auto& row = start(figure);
        const bool hidden = f.at("suppressed").get<bool>();
        row[kStatus] = std::string(hidden ? "suppressed" : "shown");
        if (hidden) row[kReason] = std::string(kSuppressedReason);
        row[kValue] = Number(f.at("value"));
    }
    for (const char* figure : {"planned", "without_help", "no_reentry"}) {
        const auto& f = figures.at(figure);
        auto& row = start(figure);
        const bool hidden = f.at("suppressed").get<bool>();
        const bool numerator_hidden = f.at("numerator_suppressed").get<bool>();
        row[kStatus] = std::string(hidden ? "suppressed" : numerator_hidden ? "numerator_suppressed" : "shown");
        if (hidden) row[kReason] = std::string(kSuppressedReason);
        if (!hidden && numerator_hidden) row[kReason] = std::string(kNumeratorReason);
        row[kNumerator] = Number(f.at("numerator"));
        row[kDenominator] = Number(f.at("denominator"));
        row[kShare] = Number(f.at("share"));
        if (const auto& interval = f.at("interval"); interval.is_object()) {
            row[kLower] = Number(interval.at("lower"));
            row[kUpper] = Number(interval.at("upper"));
        }
        if (f.contains("incomplete")) row[kIncomplete] = std::string(f.at("incomplete").get<bool>() ? "true" : "false");
    }
    const auto& satisfaction = figures.at("satisfaction");
    auto& row = start("satisfaction");
    const bool hidden = satisfaction.at("suppressed").get<bool>();
    row[kStatus] = std::string(hidden ? "suppressed" : "shown");
    if (hidden) row[kReason] = std::string(kSuppressedReason);
    row[kMean] = Number(satisfaction.at("mean"));
    row[kN] = Number(satisfaction.at("n"));
}

}  // namespace

ExportTable OutcomeExportTable(const nlohmann::json& report) {
    ExportTable table;
    const std::string code = report.at("scope").at("code").get<std::string>();
    table.name = "Uitkomsten " + code;
    table.widths = {14, 10, 12, 40, 9, 13, 20, 40, 8, 10, 12, 10, 14, 14, 8, 8, 10};
    auto& header = table.rows.emplace_back();
    for (const char* column : kColumns) header.emplace_back(std::string(column));
    for (const auto& row : report.at("rows")) {
        AppendFigures(table,
                      RowKey{"help_form", row.at("help_form").get<std::string>(), "",
                             row.at("help_form_label").get<std::string>(), row.at("period").get<std::string>()},
                      row);
    }
    for (const auto& row : report.value("providers", nlohmann::json::array())) {
        const auto& name = row.at("name");
        const std::string provider = row.at("provider").get<std::string>();
        AppendFigures(table,
                      RowKey{"provider", "", provider, name.is_string() ? name.get<std::string>() : provider,
                             row.at("period").get<std::string>()},
                      row);
    }
    if (report.contains("other_providers")) {
        const auto& others = report.at("other_providers");
        const std::string label = "Overige aanbieders (" + std::to_string(others.at("count").get<std::int64_t>()) + ")";
        for (const auto& row : others.at("rows")) {
            AppendFigures(table, RowKey{"other_providers", "", "", label, row.at("period").get<std::string>()}, row);
        }
    }
    return table;
}

}  // namespace kompas
