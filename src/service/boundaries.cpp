#include "service/boundaries.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "core/region.hpp"

namespace kompas {
namespace {

std::vector<DerivedObservation> AsPublished(std::vector<Observation> observations) {
    std::vector<DerivedObservation> series;
    series.reserve(observations.size());
    for (auto& observation : observations) {
        std::string region = observation.region;
        series.push_back(DerivedObservation{std::move(observation), Derivation::kAsPublished, {std::move(region)}, ""});
    }
    return series;
}

// Times the counts are multiplied by to give the figure: 100 for percentages, 1000 for "per 1 000".
double ScaleOfUnit(std::string_view unit) {
    if (unit == "%") return 100.0;
    if (unit.find("1 000") != std::string_view::npos || unit.find("1000") != std::string_view::npos ||
        unit.find("1.000") != std::string_view::npos) {
        return 1000.0;
    }
    return 1.0;
}

// "1 januari 2019" for "2019-01-01".
std::string DutchDate(std::string_view date) {
    static constexpr std::array<const char*, 12> kMonths = {"januari",   "februari", "maart",    "april",
                                                            "mei",       "juni",     "juli",     "augustus",
                                                            "september", "oktober",  "november", "december"};
    if (!IsValidSuccessionDate(date)) return std::string(date);
    const int month = (date[5] - '0') * 10 + (date[6] - '0');
    const int day = (date[8] - '0') * 10 + (date[9] - '0');
    return fmt::format("{} {} {}", day, kMonths[static_cast<std::size_t>(month - 1)], date.substr(0, 4));
}

// "A", "A en B", "A, B en C".
std::string JoinDutch(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += i + 1 == items.size() ? " en " : ", ";
        text += items[i];
    }
    return text;
}

Result<SuccessionTable> StoredTable(Store& store) {
    auto successions = store.Successions();
    if (!successions) return std::unexpected(std::move(successions.error()));
    return SuccessionTable::Create(std::move(*successions));
}

}  // namespace

Result<std::vector<DerivedObservation>> SeriesOnTodaysBoundaries(Store& store, std::string_view municipality_code,
                                                                 std::string_view indicator) {
    auto code = NormaliseRegionCode(municipality_code);
    if (!code) return Fail(ErrorCode::kInvalidArgument, code.error().message, "region");
    auto own = [&]() -> Result<std::vector<DerivedObservation>> {
        auto observations = store.Observations(ObservationQuery{{*code}, std::string(indicator)});
        if (!observations) return std::unexpected(std::move(observations.error()));
        return AsPublished(std::move(*observations));
    };
    if (LevelOfCode(*code) != RegionLevel::kMunicipality) return own();
    auto table = StoredTable(store);
    if (!table) return std::unexpected(std::move(table.error()));
    std::vector<std::string> codes = table->PredecessorsOf(*code);
    if (codes.empty()) return own();
    codes.push_back(*code);

    auto found = store.FindIndicator(indicator);
    if (!found) return std::unexpected(std::move(found.error()));
    const std::string unit = found->has_value() ? (*found)->unit : "";
    auto observations = store.Observations(ObservationQuery{std::move(codes), std::string(indicator)});
    if (!observations) return std::unexpected(std::move(observations.error()));
    return table->ToTodaysBoundaries(*code, *observations, unit == "aantal", ScaleOfUnit(unit));
}

Result<std::optional<std::string>> BoundariesNote(Store& store, std::string_view municipality_code,
                                                  std::span<const DerivedObservation> series) {
    bool summed = false, recomputed = false, unknown = false;
    std::set<std::string> sources;
    for (const auto& point : series) {
        if (point.derivation == Derivation::kAsPublished) continue;
        summed = summed || point.derivation == Derivation::kSummedFromPredecessors;
        recomputed = recomputed || point.derivation == Derivation::kRecomputedFromCounts;
        unknown = unknown || point.derivation == Derivation::kNotConvertible;
        sources.insert(point.sources.begin(), point.sources.end());
    }
    if (!summed && !recomputed && !unknown) return std::optional<std::string>();

    auto code = NormaliseRegionCode(municipality_code);
    if (!code) return Fail(ErrorCode::kInvalidArgument, code.error().message, "region");
    auto table = StoredTable(store);
    if (!table) return std::unexpected(std::move(table.error()));
    std::set<std::string> territory;  // today's municipality and everything that went into it
    for (auto& predecessor : table->PredecessorsOf(*code)) territory.insert(std::move(predecessor));
    territory.insert(*code);
    std::set<std::string> dates;
    for (const auto& s : table->successions()) {
        if (territory.contains(s.new_code) && territory.contains(s.old_code) && s.old_code != s.new_code) {
            dates.insert(s.date);
        }
    }
    std::vector<std::string> date_texts;
    for (const auto& date : dates) date_texts.push_back(DutchDate(date));
    std::vector<std::string> names;
    for (const auto& source : sources) {
        auto region = store.FindRegion(source);
        if (!region) return std::unexpected(std::move(region.error()));
        names.push_back(region->has_value() && !(*region)->name.empty() ? (*region)->name : source);
    }
    std::sort(names.begin(), names.end());

    std::string unit;
    if (!series.empty()) {
        auto indicator = store.FindIndicator(series.front().observation.indicator);
        if (!indicator) return std::unexpected(std::move(indicator.error()));
        if (indicator->has_value()) unit = (*indicator)->unit;
    }
    const std::string before = fmt::format("Cijfers van vóór de {} van {}",
                                           dates.size() > 1 ? "herindelingen" : "herindeling", JoinDutch(date_texts));
    std::string note;
    if (summed || recomputed) {
        const char* how = summed && recomputed ? "opgeteld of uit de aantallen herberekend uit"
                          : summed             ? "opgeteld uit"
                                               : "herberekend uit de aantallen van";
        note = fmt::format("{} zijn {} {}", before, how, JoinDutch(names));
        if (unknown) {
            note += unit == "aantal" ? "; jaren waarin een van die cijfers ontbreekt, staan als onbekend."
                    : unit == "%"    ? "; percentages zonder aantallen zijn niet om te rekenen en staan als onbekend."
                                     : "; cijfers zonder aantallen zijn niet om te rekenen en staan als onbekend.";
        } else if (!note.ends_with('.')) {
            note += ".";  // not after a name such as "Kollumerland c.a."
        }
    } else {
        note = fmt::format("{} (van {}) zijn niet om te rekenen naar de indeling van vandaag en staan als onbekend.",
                           before, JoinDutch(names));
    }
    return std::optional<std::string>(std::move(note));
}

}  // namespace kompas
