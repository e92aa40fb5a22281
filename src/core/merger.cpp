#include "core/merger.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "core/period.hpp"
#include "core/region.hpp"

namespace kompas {
namespace {

constexpr std::string_view kToday = "9999-12-31";
constexpr double kShareTolerance = 1e-6;

std::unexpected<Error> Invalid(std::size_t index, std::string message) {
    return Fail(ErrorCode::kInvalidArgument, std::move(message), fmt::format("successions[{}]", index));
}

std::string Describe(const Succession& s) { return fmt::format("{} -> {} op {}", s.old_code, s.new_code, s.date); }

std::string PeriodStart(const Period& period) {
    return fmt::format("{:04}-{:02}-01", period.year, period.StartMonth());
}

bool Usable(const Observation* o) {
    return o != nullptr && o->value.has_value() &&
           (o->status == ObservationStatus::kKnown || o->status == ObservationStatus::kProvisional);
}

bool HasCounts(const Observation* o) {
    return o != nullptr && o->numerator.has_value() && o->denominator.has_value() &&
           (o->status == ObservationStatus::kKnown || o->status == ObservationStatus::kProvisional);
}

std::string WeightedList(const std::map<std::string, double>& parts) {
    std::vector<std::string> items;
    for (const auto& [code, weight] : parts) {
        items.push_back(std::abs(weight - 1.0) < kShareTolerance ? code : fmt::format("{} × {:g}", code, weight));
    }
    return fmt::format("{}", fmt::join(items, " + "));
}

}  // namespace

const char* DerivationName(Derivation derivation) {
    switch (derivation) {
        case Derivation::kAsPublished:
            return "as_published";
        case Derivation::kSummedFromPredecessors:
            return "summed_from_predecessors";
        case Derivation::kRecomputedFromCounts:
            return "recomputed_from_counts";
        case Derivation::kNotConvertible:
            return "not_convertible";
    }
    return "not_convertible";
}

Result<std::string> NormaliseMunicipalityCode(std::string_view raw) {
    auto code = NormaliseRegionCode(raw);
    if (!code) return std::unexpected(code.error());
    if (LevelOfCode(*code) != RegionLevel::kMunicipality) {
        return Fail(ErrorCode::kInvalidArgument, fmt::format("'{}' is geen gemeentecode (verwacht GMnnnn)", *code));
    }
    return code;
}

bool IsValidSuccessionDate(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (date[i] < '0' || date[i] > '9') return false;
    }
    auto number = [&](std::size_t from, std::size_t length) {
        int n = 0;
        for (std::size_t i = from; i < from + length; ++i) n = n * 10 + (date[i] - '0');
        return n;
    };
    const std::chrono::year_month_day day{std::chrono::year{number(0, 4)},
                                          std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                          std::chrono::day{static_cast<unsigned>(number(8, 2))}};
    return day.ok() && number(0, 4) >= 1800;
}

Result<SuccessionTable> SuccessionTable::Create(std::vector<Succession> successions) {
    SuccessionTable table;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    std::map<std::pair<std::string, std::string>, double> share_sum;  // (old, date) -> Σ share
    std::map<std::pair<std::string, std::string>, std::size_t> first_row;
    for (std::size_t i = 0; i < successions.size(); ++i) {
        Succession& s = successions[i];
        auto old_code = NormaliseMunicipalityCode(s.old_code);
        if (!old_code) return Invalid(i, "oude gemeente: " + old_code.error().message);
        auto new_code = NormaliseMunicipalityCode(s.new_code);
        if (!new_code) return Invalid(i, "nieuwe gemeente: " + new_code.error().message);
        s.old_code = *old_code;
        s.new_code = *new_code;
        if (!IsValidSuccessionDate(s.date)) {
            return Invalid(i, fmt::format("'{}' is geen datum in de vorm JJJJ-MM-DD", s.date));
        }
        if (!std::isfinite(s.share) || s.share <= 0.0 || s.share > 1.0) {
            return Invalid(i, fmt::format("{}: het aandeel {:g} ligt niet in (0, 1]", Describe(s), s.share));
        }
        if (!seen.emplace(s.old_code, s.new_code, s.date).second) {
            return Invalid(i, fmt::format("{} staat er twee keer in", Describe(s)));
        }
        share_sum[{s.old_code, s.date}] += s.share;
        first_row.try_emplace({s.old_code, s.date}, i);
    }
    for (const auto& [key, sum] : share_sum) {
        if (std::abs(sum - 1.0) > kShareTolerance) {
            return Invalid(first_row[key], fmt::format("de aandelen van {} op {} tellen op tot {:g} in plaats van 1",
                                                       key.first, key.second, sum));
        }
    }
    // Per code: the dates on which it gives (as old code) and whether it continues then.
    std::map<std::string, std::map<std::string, bool>> gives;  // old -> date -> continues
    std::map<std::string, std::set<std::string>> receives;     // new -> dates (from others or itself)
    for (const Succession& s : successions) {
        auto& continues = gives[s.old_code][s.date];
        continues = continues || s.old_code == s.new_code;
        receives[s.new_code].insert(s.date);
    }
    for (std::size_t i = 0; i < successions.size(); ++i) {
        const Succession& s = successions[i];
        // A code that was dissolved on a date gives and receives nothing on or after it.
        for (const auto& [date, continues] : gives[s.old_code]) {
            if (!continues && date < s.date) {
                return Invalid(i, fmt::format("{}: {} is al opgeheven op {}", Describe(s), s.old_code, date));
            }
        }
        for (const auto& [date, continues] : gives[s.new_code]) {
            if (!continues && date <= s.date) {
                return Invalid(i, fmt::format("{}: {} is al opgeheven op {}", Describe(s), s.new_code, date));
            }
        }
        // A municipality that already existed when it receives again must continue explicitly.
        if (s.old_code != s.new_code && *receives[s.new_code].begin() < s.date &&
            !seen.contains({s.new_code, s.new_code, s.date})) {
            return Invalid(i, fmt::format("{}: {} bestond al en heeft op {} geen regel naar zichzelf", Describe(s),
                                          s.new_code, s.date));
        }
    }
    // No cycles among different codes (old -> new).
    std::map<std::string, std::vector<std::string>> next;
    for (const Succession& s : successions) {
        if (s.old_code != s.new_code) next[s.old_code].push_back(s.new_code);
    }
    std::map<std::string, int> state;  // 0 unvisited, 1 on the path, 2 done
    std::function<std::optional<std::string>(const std::string&)> visit =
        [&](const std::string& code) -> std::optional<std::string> {
        state[code] = 1;
        for (const std::string& to : next[code]) {
            if (state[to] == 1) return to;
            if (state[to] == 0) {
                if (auto found = visit(to)) return found;
            }
        }
        state[code] = 2;
        return std::nullopt;
    };
    for (std::size_t i = 0; i < successions.size(); ++i) {
        if (state[successions[i].old_code] == 0) {
            if (auto found = visit(successions[i].old_code)) {
                return Invalid(i, fmt::format("de opvolging bevat een kringloop via {}", *found));
            }
        }
    }
    table.successions_ = std::move(successions);
    for (std::size_t i = 0; i < table.successions_.size(); ++i) {
        table.into_[table.successions_[i].new_code].push_back(i);
    }
    return table;
}

std::vector<std::string> SuccessionTable::PredecessorsOf(std::string_view today_code) const {
    auto today = NormaliseMunicipalityCode(today_code);
    if (!today) return {};
    std::set<std::string> found;
    std::vector<std::string> todo{*today};
    while (!todo.empty()) {
        const std::string code = std::move(todo.back());
        todo.pop_back();
        const auto it = into_.find(code);
        if (it == into_.end()) continue;
        for (std::size_t index : it->second) {
            const std::string& old_code = successions_[index].old_code;
            if (old_code != *today && found.insert(old_code).second) todo.push_back(old_code);
        }
    }
    return {found.begin(), found.end()};
}

void SuccessionTable::Compose(const std::string& code, const std::string& period_start, const std::string& before,
                              double weight, Parts& parts) const {
    // The latest change to `code`'s territory after the period began and before `before`.
    std::string latest;
    if (const auto it = into_.find(code); it != into_.end()) {
        for (std::size_t index : it->second) {
            const std::string& date = successions_[index].date;
            if (date > period_start && date < before && date > latest) latest = date;
        }
    }
    if (latest.empty()) {
        parts[code] += weight;
        return;
    }
    for (std::size_t index : into_.find(code)->second) {
        const Succession& s = successions_[index];
        if (s.date == latest) Compose(s.old_code, period_start, latest, weight * s.share, parts);
    }
}

Result<std::vector<DerivedObservation>> SuccessionTable::ToTodaysBoundaries(std::string_view today_code,
                                                                            std::span<const Observation> observations,
                                                                            bool is_count, double scale) const {
    auto today = NormaliseMunicipalityCode(today_code);
    if (!today) return Fail(ErrorCode::kInvalidArgument, today.error().message, "region");
    std::set<std::string> involved;
    for (const std::string& code : PredecessorsOf(*today)) involved.insert(code);
    involved.insert(*today);

    std::map<Period, std::map<std::string, const Observation*>> by_period;
    std::optional<std::string> indicator;
    for (const Observation& o : observations) {
        if (!involved.contains(o.region)) continue;
        if (indicator && *indicator != o.indicator) {
            return Fail(ErrorCode::kInvalidArgument,
                        fmt::format("waarnemingen van meer dan één indicator ({} en {})", *indicator, o.indicator),
                        "observations");
        }
        indicator = o.indicator;
        auto period = ParsePeriod(o.period);
        if (!period) return Fail(ErrorCode::kInvalidArgument, period.error().message, "observations");
        if (!by_period[*period].emplace(o.region, &o).second) {
            return Fail(ErrorCode::kInvalidArgument, fmt::format("twee waarnemingen voor {} in {}", o.region, o.period),
                        "observations");
        }
    }

    std::vector<DerivedObservation> result;
    for (const auto& [period, figures] : by_period) {
        // An init-capture, not a capture of the binding: clang-14 (the fuzz preset) lacks the latter.
        auto figure = [&, &figures = figures](const std::string& code) -> const Observation* {
            const auto it = figures.find(code);
            return it == figures.end() ? nullptr : it->second;
        };
        DerivedObservation out;
        out.observation.indicator = *indicator;
        out.observation.region = *today;
        out.observation.period = period.Code();

        Parts parts;
        Compose(*today, PeriodStart(period), std::string(kToday), 1.0, parts);
        const Observation* own = figure(*today);
        const bool own_is_today = parts.size() == 1 && parts.begin()->first == *today;
        if (own != nullptr && (own_is_today || !parts.contains(*today))) {
            out.observation = *own;
            out.derivation = Derivation::kAsPublished;
            out.sources = {*today};
            result.push_back(std::move(out));
            continue;
        }
        for (const auto& [code, weight] : parts) out.sources.push_back(code);
        out.observation.status = ObservationStatus::kUnknown;
        out.derivation = Derivation::kNotConvertible;
        if (own_is_today) {
            out.note = fmt::format("geen cijfer voor {} in {}", *today, period.Code());
            result.push_back(std::move(out));
            continue;
        }

        std::vector<std::string> missing;
        bool provisional = false;
        for (const auto& [code, weight] : parts) {
            const Observation* o = figure(code);
            if (is_count ? !Usable(o) : !HasCounts(o)) missing.push_back(code);
            if (o != nullptr && o->status == ObservationStatus::kProvisional) provisional = true;
        }
        const bool approximate = std::any_of(parts.begin(), parts.end(),
                                             [](const auto& part) { return std::abs(part.second - 1.0) > 1e-9; });
        const std::string shares_note = approximate ? "; delen naar aandeel verdeeld (benadering)" : "";
        if (!missing.empty()) {
            out.note = is_count ? fmt::format("niet om te rekenen naar de huidige indeling: geen bekend cijfer voor {}",
                                              fmt::join(missing, ", "))
                                : fmt::format(
                                      "niet om te rekenen naar de huidige indeling: teller en noemer ontbreken "
                                      "voor {} (percentages worden niet gemiddeld)",
                                      fmt::join(missing, ", "));
            result.push_back(std::move(out));
            continue;
        }
        double value = 0, numerator = 0, denominator = 0;
        bool all_counts = true;
        for (const auto& [code, weight] : parts) {
            const Observation* o = figure(code);
            if (is_count) value += weight * *o->value;
            if (o->numerator && o->denominator) {
                numerator += weight * *o->numerator;
                denominator += weight * *o->denominator;
            } else {
                all_counts = false;
            }
        }
        if (!is_count) {
            if (denominator == 0) {
                out.note = fmt::format("niet om te rekenen naar de huidige indeling: de noemer van {} is 0",
                                       WeightedList(parts));
                result.push_back(std::move(out));
                continue;
            }
            value = numerator / denominator * scale;
        }
        out.observation.value = value;
        if (all_counts) {
            out.observation.numerator = numerator;
            out.observation.denominator = denominator;
        }
        out.observation.status = provisional ? ObservationStatus::kProvisional : ObservationStatus::kKnown;
        out.derivation = is_count ? Derivation::kSummedFromPredecessors : Derivation::kRecomputedFromCounts;
        out.note = is_count
                       ? fmt::format("som van {}{}", WeightedList(parts), shares_note)
                       : fmt::format("herberekend uit tellers en noemers van {}{}", WeightedList(parts), shares_note);
        result.push_back(std::move(out));
    }
    return result;
}

}  // namespace kompas
