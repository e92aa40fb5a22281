#include "http/ambition_json.hpp"

#include <cmath>

#include "http/json.hpp"

namespace kompas {
namespace {

// A number, or null when it is not finite: the API never sends NaN.
nlohmann::json Number(double value) { return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr); }

nlohmann::json Number(const std::optional<double>& value) { return value ? Number(*value) : nlohmann::json(nullptr); }

nlohmann::json IntervalJson(const std::optional<ValueInterval>& interval) {
    if (!interval) return nullptr;
    return {{"lower", Number(interval->lower)}, {"upper", Number(interval->upper)}};
}

nlohmann::json Array(const auto& items) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& item : items) array.push_back(ToJson(item));
    return array;
}

}  // namespace

nlohmann::json ToJson(const Ambition& ambition) {
    return {{"id", ambition.id},
            {"collaboration_id", ambition.collaboration_id},
            {"title", ambition.title},
            {"statement", ambition.statement},
            {"agreed_on", ambition.agreed_on},
            {"agreed_by", ambition.agreed_by},
            {"indicators", ambition.indicators},
            {"signals", ambition.signals},
            {"results", ambition.results}};
}

nlohmann::json ToJson(const AmbitionDetail& detail) {
    nlohmann::json json = ToJson(detail.ambition);
    json["results_list"] = Array(detail.results);
    json["signal_list"] = Array(detail.signals);
    return json;
}

nlohmann::json ToJson(const SocietalResult& result) {
    return {{"id", result.id},
            {"collaboration_id", result.collaboration_id},
            {"ambition_id", result.ambition_id},
            {"title", result.title},
            {"indicator", result.indicator},
            {"regions", result.regions},
            {"baseline", {{"value", Number(result.baseline.value)}, {"period", result.baseline.period}}},
            {"target", {{"value", Number(result.target.value)}, {"year", result.target.year}}},
            {"agreed_by", result.agreed_by},
            {"agreed_on", result.agreed_on}};
}

nlohmann::json ToJson(const Signal& signal) {
    return {{"id", signal.id},
            {"collaboration_id", signal.collaboration_id},
            {"text", signal.text},
            {"source", SignalSourceName(signal.source)},
            {"source_detail", signal.source_detail},
            {"date", signal.date},
            {"region", OrNull(signal.region)},
            {"theme", signal.theme},
            {"ambition_id", OrNull(signal.ambition_id)},
            {"result_id", OrNull(signal.result_id)},
            {"created_by", signal.created_by}};
}

nlohmann::json ToJson(const ProgressPoint& point) {
    return {{"period", point.period},
            {"year", Number(point.year)},
            {"value", Number(point.value)},
            {"numerator", Number(point.numerator)},
            {"denominator", Number(point.denominator)},
            {"status", ObservationStatusName(point.status)},
            {"interval", IntervalJson(point.interval)}};
}

nlohmann::json ToJson(const ResultProgress& progress) {
    nlohmann::json path = nlohmann::json::array();
    for (const auto& point : progress.path)
        path.push_back({{"year", Number(point.year)}, {"value", Number(point.value)}});
    nlohmann::json change = nullptr;
    if (progress.change) {
        change = {{"from", progress.change->from},
                  {"to", progress.change->to},
                  {"verdict", progress.change->verdict},
                  {"interval", IntervalJson(progress.change->interval)},
                  {"text", progress.change->text}};
    }
    return {{"result", ToJson(progress.result)},
            {"indicator", ToJson(progress.indicator)},
            {"region", ToJson(progress.region)},
            {"data_region", ToJson(progress.data_region)},
            {"level_note", OrNull(progress.level_note)},
            {"series", Array(progress.series)},
            {"path", std::move(path)},
            {"status", ProgressStatusName(progress.status)},
            {"status_reason", progress.status_reason},
            {"change", std::move(change)},
            {"signals", Array(progress.signals)}};
}

nlohmann::json ToJson(const DashboardRow& row) {
    nlohmann::json sparkline = nlohmann::json::array();
    for (const auto& value : row.sparkline) sparkline.push_back(Number(value));
    return {{"result", ToJson(row.result)},
            {"ambition_title", row.ambition_title},
            {"indicator", ToJson(row.indicator)},
            {"sparkline", std::move(sparkline)},
            {"latest", row.latest ? ToJson(*row.latest) : nlohmann::json(nullptr)},
            {"status", ProgressStatusName(row.status)},
            {"status_reason", row.status_reason}};
}

nlohmann::json ToJson(const HistoryEntry& entry) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& change : entry.changes) {
        changes.push_back({{"field", change.field}, {"old", change.old_value}, {"new", change.new_value}});
    }
    return {{"seq", entry.seq},
            {"object_type", entry.object_type},
            {"object_id", entry.object_id},
            {"reason", entry.reason},
            {"changed_by", entry.changed_by},
            {"changed_at", entry.changed_at},
            {"changes", std::move(changes)}};
}

}  // namespace kompas
