#include "core/profile.hpp"

#include <algorithm>
#include <cctype>
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

// The order BuildProfile uses: `indicator_order` first, then by key.
void SortEntries(std::vector<ProfileEntry>& entries, const std::vector<std::string>& indicator_order) {
    const auto rank = [&](const std::string& key) {
        const auto it = std::find(indicator_order.begin(), indicator_order.end(), key);
        return static_cast<std::size_t>(it - indicator_order.begin());
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const ProfileEntry& a, const ProfileEntry& b) {
        return std::pair(rank(a.indicator), a.indicator) < std::pair(rank(b.indicator), b.indicator);
    });
}

const char* LevelWord(RegionLevel level) {
    switch (level) {
        case RegionLevel::kNeighbourhood:
            return "buurt";
        case RegionLevel::kDistrict:
            return "wijk";
        case RegionLevel::kMunicipality:
            return "gemeente";
        case RegionLevel::kProvince:
            return "provincie";
        case RegionLevel::kYouthCareRegion:
            return "jeugdregio";
        case RegionLevel::kCountry:
            return "land";
    }
    return "regio";
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
    SortEntries(entries, indicator_order);
    return entries;
}

std::vector<ProfileEntry> FillFromNearestLevel(std::vector<ProfileEntry> own_entries,
                                               const std::vector<LevelObservations>& levels,
                                               const std::vector<Observation>& parent,
                                               const std::vector<Observation>& country,
                                               const std::vector<std::string>& indicator_order) {
    const auto parent_series = ByIndicator(parent);
    const auto country_series = ByIndicator(country);
    std::map<std::string, std::size_t> at;  // indicator -> index in own_entries
    for (std::size_t i = 0; i < own_entries.size(); ++i) at[own_entries[i].indicator] = i;
    const std::string parent_code = levels.empty() ? std::string() : levels.front().region.code;
    for (const LevelObservations& level : levels) {
        for (ProfileEntry& found : BuildProfile(level.observations, {}, {}, indicator_order)) {
            if (!found.latest.value) continue;  // this level does not know it either
            const auto existing = at.find(found.indicator);
            if (existing != at.end() && own_entries[existing->second].latest.value) continue;
            found.from = level.region;
            found.parent = level.region.code == parent_code ? std::nullopt
                                                            : Find(parent_series, found.indicator, found.latest.period);
            found.country = Find(country_series, found.indicator, found.latest.period);
            if (existing != at.end()) {
                own_entries[existing->second] = std::move(found);
            } else {
                at[found.indicator] = own_entries.size();
                own_entries.push_back(std::move(found));
            }
        }
    }
    SortEntries(own_entries, indicator_order);
    return own_entries;
}

std::string NearestLevelNote(RegionLevel own, const Region& from) {
    // "wijk Wijk 01" would say the level twice: a name that starts with it stands alone.
    const std::string word = LevelWord(from.level);
    std::string lower = from.name.substr(0, word.size());
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool named_by_level = lower == word && from.name.size() > word.size() && from.name[word.size()] == ' ';
    return std::string("Voor deze ") + LevelWord(own) + " is dit cijfer niet bekend; hier staat het cijfer van " +
           (named_by_level ? from.name : word + " " + from.name) + ".";
}

}  // namespace kompas
