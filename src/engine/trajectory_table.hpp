// The in-memory columnar store of trajectories that the outcome indicators are computed on (block
// 5). One entry per trajectory in each column; codes are dictionary-encoded to dense ids. The
// product fills it from the store (engine/outcome_engine.hpp); the benchmark from the workload's
// CSV (bench/outcome/workload_csv.hpp). Finish() builds the derived indexes the queries rely on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kompas::engine {

// Dense ids for string codes, in the order they were first seen.
class Dictionary {
public:
    std::uint32_t Intern(std::string_view code);
    std::optional<std::uint32_t> Find(std::string_view code) const;
    const std::string& Name(std::uint32_t id) const { return names_[id]; }
    std::size_t size() const { return names_.size(); }
    const std::vector<std::string>& names() const { return names_; }

private:
    // Looked up by string_view without making a string (C++20 heterogeneous lookup).
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view code) const { return std::hash<std::string_view>{}(code); }
    };
    std::vector<std::string> names_;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
    std::uint32_t last_ = 0;  // the id Intern gave last
};

inline constexpr std::int32_t kNoDay = std::numeric_limits<std::int32_t>::min();

// Counting sort of row numbers by key: offsets[k] .. offsets[k + 1] index the rows with key k,
// ascending (rows.size() == keys.size()).
void GroupRows(const std::vector<std::uint32_t>& keys, std::size_t key_count, std::vector<std::uint32_t>& offsets,
               std::vector<std::uint32_t>& rows);

struct TrajectoryTable {
    // --- Columns: all of length size(), except without_help_parent and satisfaction_parent, which may
    // be empty (the workload leaves them so). Days count from 1970-01-01.
    std::vector<std::uint32_t> client;        // dense client id, 0 .. client_count - 1
    std::vector<std::uint32_t> municipality;  // id in `municipalities`
    std::vector<std::uint32_t> provider;      // id in `providers`
    std::vector<std::uint8_t> help_form;      // id in `help_forms` (hulpvorm; the workload's category)
    std::vector<std::int32_t> start_day;
    std::vector<std::int32_t> end_day;              // kNoDay while ongoing
    std::vector<std::uint8_t> reason;               // 0 = none (ongoing); product: 1..5 (01-05); workload: its own
    std::vector<std::uint8_t> without_help_youth;   // 0 = none, else 1..4 (the youth's); workload: its goal
    std::vector<std::uint8_t> without_help_parent;  // 0 = none, else 1..4 (the parent's); workload: empty
    std::vector<std::uint8_t> satisfaction_youth;   // 0 = none, else 1..10
    std::vector<std::uint8_t> satisfaction_parent;  // 0 = none, else 1..10; workload: empty

    Dictionary municipalities, providers, help_forms;
    std::uint32_t client_count = 0;

    // --- Derived by Finish(); valid until the columns change again.
    // The start days of each client's trajectories, sorted: client c owns
    // client_starts[client_offsets[c] .. client_offsets[c + 1]).
    std::vector<std::uint32_t> client_offsets;
    std::vector<std::int32_t> client_starts;
    // Row numbers per municipality: municipality m owns
    // municipality_rows[municipality_offsets[m] .. municipality_offsets[m + 1]), ascending.
    std::vector<std::uint32_t> municipality_offsets;
    std::vector<std::uint32_t> municipality_rows;
    // Per row with an end: 1 when the client has no trajectory starting in (end, AddMonths(end, 12)]
    // (anywhere in the table), else 0; 0 for a row without an end.
    std::vector<std::uint8_t> no_reentry;

    std::size_t size() const { return start_day.size(); }
    void Reserve(std::size_t rows);
    void Clear();
    // Builds the derived indexes from the columns; O(n) apart from sorting each client's starts.
    // Raises client_count to cover every id in `client`; uses only client, municipality, start_day and
    // end_day.
    void Finish();
    // Whether client c has a trajectory starting in (after, until]: one binary search.
    bool HasStartIn(std::uint32_t c, std::int32_t after, std::int32_t until) const;
};

}  // namespace kompas::engine
