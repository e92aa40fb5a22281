#include "service/outcome_series.hpp"

#include <array>
#include <utility>

namespace kompas {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kOutcomeIndicators = {{
    {"UitkomstVolgensPlanBeeindigd", "planned"},
    {"UitkomstZonderHulpVerder", "without_help"},
    {"UitkomstGeenNieuweHulpBinnenJaar", "no_reentry"},
}};

}  // namespace

std::optional<std::string_view> OutcomeShareOf(std::string_view indicator_key) {
    for (const auto& [key, share] : kOutcomeIndicators) {
        if (key == indicator_key) return share;
    }
    return std::nullopt;
}

const engine::ShareFigure* ShareOf(const engine::OutcomeFigures& figures, std::string_view name) {
    if (name == "planned") return &figures.planned;
    if (name == "without_help") return &figures.without_help;
    if (name == "no_reentry") return &figures.no_reentry;
    return nullptr;
}

Result<std::vector<Observation>> MunicipalityShareSeries(Store& store, OutcomeServices& services, const Caller& caller,
                                                         std::string_view code, std::string_view indicator_key,
                                                         TimePoint now) {
    const auto name = OutcomeShareOf(indicator_key);
    if (!name) return Fail(ErrorCode::kInvalidArgument, "Geen uitkomstindicator", "indicator");
    auto view = MunicipalityOutcomes(store, services, caller, code, engine::Granularity::kYear, DayOf(now));
    if (!view) return std::unexpected(std::move(view.error()));
    std::vector<Observation> series;
    for (const auto& row : view->report.rows) {
        if (row.help_form != "all") continue;
        const engine::ShareFigure* share = ShareOf(row.figures, *name);
        Observation observation;
        observation.indicator = std::string(indicator_key);
        observation.region = std::string(code);
        observation.period = row.period + "JJ00";  // the report is by year: "2024"
        if (share->suppression != Suppression::kNone || share->numerator_hidden) {
            observation.status = ObservationStatus::kConfidential;
        } else if (share->share && share->numerator && share->denominator) {
            observation.value = *share->share * 100.0;
            observation.numerator = static_cast<double>(*share->numerator);
            observation.denominator = static_cast<double>(*share->denominator);
        } else {
            observation.status = ObservationStatus::kUnknown;
        }
        series.push_back(std::move(observation));
    }
    return series;
}

}  // namespace kompas
