#include "core/history.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace kompas {
namespace {

std::string Joined(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ", ")); }

void Compare(std::vector<FieldChange>& changes, std::string_view field, const std::string& before,
             const std::string& after) {
    if (before != after) changes.push_back(FieldChange{std::string(field), before, after});
}

}  // namespace

std::string NumberText(double value) { return fmt::format("{}", value); }

std::vector<FieldChange> AmbitionChanges(const Ambition& before, const Ambition& after) {
    std::vector<FieldChange> changes;
    Compare(changes, "title", before.title, after.title);
    Compare(changes, "statement", before.statement, after.statement);
    Compare(changes, "agreed_on", before.agreed_on, after.agreed_on);
    Compare(changes, "agreed_by", Joined(before.agreed_by), Joined(after.agreed_by));
    Compare(changes, "indicators", Joined(before.indicators), Joined(after.indicators));
    Compare(changes, "signals", Joined(before.signals), Joined(after.signals));
    return changes;
}

std::vector<FieldChange> ResultChanges(const SocietalResult& before, const SocietalResult& after) {
    std::vector<FieldChange> changes;
    Compare(changes, "title", before.title, after.title);
    Compare(changes, "indicator", before.indicator, after.indicator);
    Compare(changes, "regions", Joined(before.regions), Joined(after.regions));
    Compare(changes, "baseline.value", NumberText(before.baseline.value), NumberText(after.baseline.value));
    Compare(changes, "baseline.period", before.baseline.period, after.baseline.period);
    Compare(changes, "target.value", NumberText(before.target.value), NumberText(after.target.value));
    Compare(changes, "target.year", std::to_string(before.target.year), std::to_string(after.target.year));
    Compare(changes, "agreed_by", Joined(before.agreed_by), Joined(after.agreed_by));
    Compare(changes, "agreed_on", before.agreed_on, after.agreed_on);
    return changes;
}

bool NeedsReason(const std::vector<FieldChange>& changes) {
    static constexpr std::array<std::string_view, 5> kAgreedMeasure = {"indicator", "baseline.value", "baseline.period",
                                                                       "target.value", "target.year"};
    return std::any_of(changes.begin(), changes.end(), [](const FieldChange& change) {
        return std::find(kAgreedMeasure.begin(), kAgreedMeasure.end(), change.field) != kAgreedMeasure.end();
    });
}

}  // namespace kompas
