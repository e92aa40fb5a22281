#include "http/outcome_json.hpp"

#include "http/json.hpp"

namespace kompas {
namespace {

// Only whether a figure is hidden, never why: "primary" would tell a reader it is 1..9, which with
// a provider's own part of a cell can pin it down (docs/privacy.md).
bool Suppressed(Suppression suppression) { return suppression != Suppression::kNone; }

nlohmann::json ToJson(const engine::CountFigure& figure) {
    return {{"value", OrNull(figure.value)}, {"suppressed", Suppressed(figure.suppression)}};
}

nlohmann::json ToJson(const engine::ShareFigure& figure) {
    nlohmann::json interval = nullptr;
    if (figure.interval) interval = {{"lower", figure.interval->lower}, {"upper", figure.interval->upper}};
    return {{"numerator", OrNull(figure.numerator)},
            {"denominator", OrNull(figure.denominator)},
            {"share", OrNull(figure.share)},
            {"interval", interval},
            {"suppressed", Suppressed(figure.suppression)},
            {"numerator_suppressed", figure.numerator_hidden}};
}

nlohmann::json ToJson(const engine::MeanFigure& figure) {
    return {{"mean", OrNull(figure.mean)}, {"n", OrNull(figure.n)}, {"suppressed", Suppressed(figure.suppression)}};
}

void AddFigures(nlohmann::json& row, const engine::OutcomeFigures& figures) {
    row["started"] = ToJson(figures.started);
    row["ended"] = ToJson(figures.ended);
    row["ongoing"] = ToJson(figures.ongoing);
    row["planned"] = ToJson(figures.planned);
    row["satisfaction"] = ToJson(figures.satisfaction);
    row["without_help"] = ToJson(figures.without_help);
    nlohmann::json reentry = ToJson(static_cast<const engine::ShareFigure&>(figures.no_reentry));
    reentry["incomplete"] = figures.no_reentry.incomplete;
    row["no_reentry"] = std::move(reentry);
}

nlohmann::json NameOf(const std::map<std::string, std::string>& names, const std::string& agb) {
    const auto found = names.find(agb);
    return found == names.end() ? nlohmann::json(nullptr) : nlohmann::json(found->second);
}

}  // namespace

nlohmann::json ToJson(const OutcomeView& view) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : view.report.rows) {
        nlohmann::json json = {
            {"help_form", row.help_form}, {"help_form_label", row.help_form_label}, {"period", row.period}};
        AddFigures(json, row.figures);
        rows.push_back(std::move(json));
    }
    nlohmann::json result = {{"scope", {{"kind", view.kind}, {"code", view.code}, {"name", OrNull(view.name)}}},
                             {"granularity", engine::GranularityName(view.granularity)},
                             {"reference_date", FormatDay(view.reference_date)},
                             {"min_count", engine::kOutcomeMinCount},
                             {"min_numerator", engine::kNumeratorMinCount},
                             {"min_extreme_base", engine::kExtremeMinBase},
                             {"reentry_basis", engine::ReentryBasisName(view.report.reentry_basis)},
                             {"updating", view.updating},
                             {"rows", std::move(rows)}};
    if (view.kind == "municipality") {
        nlohmann::json providers = nlohmann::json::array();
        for (const auto& row : view.report.providers) {
            nlohmann::json json = {{"provider", row.provider},
                                   {"name", NameOf(view.provider_names, row.provider)},
                                   {"period", row.period}};
            AddFigures(json, row.figures);
            providers.push_back(std::move(json));
        }
        result["providers"] = std::move(providers);
        nlohmann::json others = nlohmann::json::array();
        for (const auto& row : view.report.other_providers) {
            nlohmann::json json = {{"period", row.period}};
            AddFigures(json, row.figures);
            others.push_back(std::move(json));
        }
        result["other_providers"] = {{"count", view.report.other_provider_count}, {"rows", std::move(others)}};
    }
    return result;
}

nlohmann::json ToJson(const FunnelView& view) {
    const auto& report = view.report;
    nlohmann::json points = nlohmann::json::array();
    for (const auto& point : report.points) {
        points.push_back({{"provider", point.provider},
                          {"name", NameOf(view.provider_names, point.provider)},
                          {"numerator", point.numerator},
                          {"denominator", point.denominator},
                          {"share", point.share},
                          {"interval", {{"lower", point.interval.lower}, {"upper", point.interval.upper}}},
                          {"position", FunnelPositionName(point.position)},
                          {"own", view.own_provider && *view.own_provider == point.provider}});
    }
    nlohmann::json limits = nlohmann::json::array();
    for (const auto& limit : report.limits) {
        limits.push_back({{"denominator", limit.denominator},
                          {"lower95", limit.limits95.lower},
                          {"upper95", limit.limits95.upper},
                          {"lower998", limit.limits998.lower},
                          {"upper998", limit.limits998.upper}});
    }
    return {{"indicator", engine::FunnelIndicatorName(report.indicator)},
            {"year", report.year},
            {"municipality", OrNull(report.municipality)},
            {"rate", OrNull(report.rate)},
            {"points", std::move(points)},
            {"hidden", report.hidden},
            {"incomplete", report.incomplete},
            {"updating", view.updating},
            {"limits", std::move(limits)}};
}

nlohmann::json ToJson(const TrajectoryPage& page) {
    nlohmann::json trajectories = nlohmann::json::array();
    for (const auto& t : page.trajectories) {
        trajectories.push_back(
            {{"client", t.client.substr(0, 12)},
             {"municipality", t.municipality},
             {"birth_year", t.birth_year},
             {"sex", t.sex},
             {"referrer", t.referrer},
             {"help_form", t.help_form},
             {"start_day", FormatDay(t.start_day)},
             {"end_day", t.end_day ? nlohmann::json(FormatDay(*t.end_day)) : nlohmann::json(nullptr)},
             {"reason", t.reason ? nlohmann::json(EndReasonCode(*t.reason)) : nlohmann::json(nullptr)},
             {"satisfaction_youth", OrNull(t.youth.satisfaction)},
             {"satisfaction_parent", OrNull(t.parent.satisfaction)},
             {"without_help_youth", OrNull(t.youth.without_help)},
             {"without_help_parent", OrNull(t.parent.without_help)}});
    }
    return {{"total", page.total}, {"trajectories", std::move(trajectories)}};
}

nlohmann::json ToJson(const ImportSummary& summary) {
    return {{"trajectories", summary.trajectories}, {"already_imported", summary.already_imported}};
}

}  // namespace kompas
