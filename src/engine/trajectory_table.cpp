// The trajectory table: dictionary encoding of codes and the derived indexes built by Finish().
#include "engine/trajectory_table.hpp"

#include <algorithm>
#include <thread>

#include "core/trajectory.hpp"

namespace kompas::engine {

std::uint32_t Dictionary::Intern(std::string_view code) {
    // Rows come grouped (the store reads them in key order, provider first): the code of the row
    // before is the likeliest, and a compare is cheaper than a hash lookup.
    if (last_ < names_.size() && names_[last_] == code) return last_;
    if (const auto it = ids_.find(code); it != ids_.end()) return last_ = it->second;
    const auto id = static_cast<std::uint32_t>(names_.size());
    ids_.emplace(std::string(code), id);
    names_.emplace_back(code);
    return last_ = id;
}

std::optional<std::uint32_t> Dictionary::Find(std::string_view code) const {
    const auto it = ids_.find(code);
    if (it == ids_.end()) return std::nullopt;
    return it->second;
}

void TrajectoryTable::Reserve(std::size_t rows) {
    client.reserve(rows);
    municipality.reserve(rows);
    provider.reserve(rows);
    help_form.reserve(rows);
    start_day.reserve(rows);
    end_day.reserve(rows);
    reason.reserve(rows);
    without_help_youth.reserve(rows);
    without_help_parent.reserve(rows);
    satisfaction_youth.reserve(rows);
    satisfaction_parent.reserve(rows);
}

void TrajectoryTable::Clear() { *this = TrajectoryTable{}; }

// Counting sort of row numbers by key: offsets[k] .. offsets[k + 1] index rows with that key, ascending.
void GroupRows(const std::vector<std::uint32_t>& keys, std::size_t key_count, std::vector<std::uint32_t>& offsets,
               std::vector<std::uint32_t>& rows) {
    offsets.assign(key_count + 1, 0);
    for (const std::uint32_t k : keys) ++offsets[k + 1];
    for (std::size_t k = 0; k < key_count; ++k) offsets[k + 1] += offsets[k];
    rows.resize(keys.size());
    std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
    for (std::size_t r = 0; r < keys.size(); ++r) rows[next[keys[r]]++] = static_cast<std::uint32_t>(r);
}

namespace {

void BuildClientStarts(TrajectoryTable& t) {
    auto& offsets = t.client_offsets;
    offsets.assign(std::size_t{t.client_count} + 1, 0);
    for (const std::uint32_t c : t.client) ++offsets[c + 1];
    for (std::size_t c = 0; c < t.client_count; ++c) offsets[c + 1] += offsets[c];
    // Fill in row order, using offsets[c] as the cursor of client c, then shift the cursors back.
    t.client_starts.resize(t.size());
    for (std::size_t r = 0; r < t.size(); ++r) t.client_starts[offsets[t.client[r]]++] = t.start_day[r];
    for (std::size_t c = t.client_count; c > 0; --c) offsets[c] = offsets[c - 1];
    offsets[0] = 0;
    // Rows usually come in start order, so most runs are sorted already.
    for (std::size_t c = 0; c < t.client_count; ++c) {
        const auto first = t.client_starts.begin() + offsets[c];
        const auto last = t.client_starts.begin() + offsets[c + 1];
        if (!std::is_sorted(first, last)) std::sort(first, last);
    }
}

}  // namespace

void TrajectoryTable::Finish() {
    for (const std::uint32_t c : client) client_count = std::max(client_count, c + 1);
    // The two indexes are independent: build them side by side.
    std::thread clients([this] { BuildClientStarts(*this); });
    std::uint32_t municipality_count = static_cast<std::uint32_t>(municipalities.size());
    for (const std::uint32_t m : municipality) municipality_count = std::max(municipality_count, m + 1);
    GroupRows(municipality, municipality_count, municipality_offsets, municipality_rows);
    clients.join();
    // Whether each end is followed by a new start of the same client within 12 months, on two threads.
    no_reentry.assign(size(), 0);
    const auto fill = [this](std::size_t from, std::size_t to) {
        for (std::size_t r = from; r < to; ++r) {
            const std::int32_t end = end_day[r];
            if (end != kNoDay) no_reentry[r] = HasStartIn(client[r], end, AddMonths(end, 12)) ? 0 : 1;
        }
    };
    std::thread half([&fill, this] { fill(0, size() / 2); });
    fill(size() / 2, size());
    half.join();
}

bool TrajectoryTable::HasStartIn(std::uint32_t c, std::int32_t after, std::int32_t until) const {
    const auto first = client_starts.begin() + client_offsets[c];
    const auto last = client_starts.begin() + client_offsets[c + 1];
    const auto it = std::upper_bound(first, last, after);
    return it != last && *it <= until;
}

}  // namespace kompas::engine
