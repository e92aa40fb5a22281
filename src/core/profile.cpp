#include "core/profile.hpp"

#include <algorithm>
#include <map>

namespace kompas {
namespace {

// Period codes sort chronologically within a kind; a profile compares like with like.
using Series = std::map<std::string, const Observation*>;  // period -> observation

std::map<std::string, Series> ByIndicator(const std::vector<Observation>& observations) {
    std::map<std::string, Series> out;
    for (const auto& o : observations) out[o.indicator][o.period] = &o;
    return out;
}

std::optional<Observation> Find(const std::map<std::string, Series>& series, const std::string& indicator,
                                const std::string& period) {
    const auto s = series.find(indicator);
    if (s == series.end()) return std::nullopt;
    const auto o = s->second.find(period);
    if (o == s->second.end()) return std::nullopt;
    return *o->second;
}

}  // namespace

std::vector<ProfileEntry> BuildProfile(const std::vector<Observation>& own, const std::vector<Observation>& parent,
                                       const std::vector<Observation>& country,
                                       const std::vector<std::string>& indicator_order) {
    const auto own_series = ByIndicator(own);
    const auto parent_series = ByIndicator(parent);
    const auto country_series = ByIndicator(country);

    std::vector<ProfileEntry> entries;
    for (const auto& [indicator, series] : own_series) {
        // The latest period with a value; if none has one, the latest period at all, so that an
        // unknown figure is shown as unknown rather than left out.
        auto latest = std::find_if(series.rbegin(), series.rend(), [](const auto& p) { return p.second->value; });
        if (latest == series.rend()) latest = series.rbegin();
        ProfileEntry entry;
        entry.indicator = indicator;
        entry.latest = *latest->second;
        if (auto before = std::next(latest); before != series.rend()) {
            entry.previous = *before->second;
            if (entry.latest.value && entry.previous->value) {
                entry.change = *entry.latest.value - *entry.previous->value;
            }
        }
        entry.parent = Find(parent_series, indicator, entry.latest.period);
        entry.country = Find(country_series, indicator, entry.latest.period);
        entries.push_back(std::move(entry));
    }
    const auto rank = [&](const std::string& key) {
        const auto it = std::find(indicator_order.begin(), indicator_order.end(), key);
        return static_cast<std::size_t>(it - indicator_order.begin());
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const ProfileEntry& a, const ProfileEntry& b) {
        return std::pair(rank(a.indicator), a.indicator) < std::pair(rank(b.indicator), b.indicator);
    });
    return entries;
}

}  // namespace kompas
