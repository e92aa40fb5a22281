// The product's outcome engine: the trajectory table built from the store's records, kept in
// memory and swapped as a whole after every import, so that readers never wait for a writer and
// always see one consistent table. Thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/trajectory.hpp"
#include "engine/outcome_indicators.hpp"
#include "engine/trajectory_table.hpp"

namespace kompas::engine {

// Fills a table from product records (the mapping is described in outcome_indicators.hpp), one
// row at a time and without keeping a copy of the row: the columns grow, and a client's pseudonym
// becomes a 128-bit key. Build() gives each client a dense id, in the order of first appearance, by
// sorting the keys: at national scale a hash table of millions of clients, touched at random for
// every row, cost a third of the load.
class ProductTableBuilder {
public:
    // Room for `rows` rows, when their number is known: growing the columns by doubling would hold
    // the old and the new buffers at once, and leave up to half of them unused.
    void Reserve(std::size_t rows);
    void Add(const TrajectoryRow& row);
    void Add(const Trajectory& trajectory);
    // Finishes the table (derived indexes) and hands it over.
    TrajectoryTable Build();

    // A client as 128 bits of its pseudonym (64 hex characters; another text is hashed): millions of
    // clients fit in memory without keeping their pseudonyms.
    struct ClientKey {
        std::uint64_t high = 0, low = 0;
        bool operator==(const ClientKey&) const = default;
    };

private:
    TrajectoryTable table_;
    std::vector<ClientKey> keys_;  // per row, until Build() turns them into the client column
};

// Dense ids for `keys`, one per key: equal keys the same id, numbered in the order of their first
// appearance. Returns the number of distinct keys. Sorts (key, row) pairs in 65,536 buckets by the
// key's first 16 bits (the keys are hashes, so the buckets are even), then each bucket. Lets go of
// `keys` once the pairs hold them.
std::uint32_t DenseClientIds(std::vector<ProductTableBuilder::ClientKey> keys, std::vector<std::uint32_t>& ids);

// The memory budget of each table's scope cache (ScopeCache). At national scale a table's scopes
// and the table itself are about the same size; after an upload the old table and its scopes are
// kept (published) while the new table is built.
inline constexpr std::size_t kScopeBudget = std::size_t{128} << 20;

class OutcomeEngine {
public:
    OutcomeEngine();

    // Calls `for_each` (e.g. Store::ForEachTrajectoryRow) to read every record, then swaps the new
    // table in. On an error the old table stays. One reload at a time; a reload of the version that
    // is in already (not empty) reads nothing.
    using ForEach = std::function<Result<void>(const std::function<Result<void>(const TrajectoryRow&)>&)>;
    // `rows`: how many rows for_each will give, when known (ProductTableBuilder::Reserve).
    Result<void> Reload(const ForEach& for_each, std::string version = {}, std::size_t rows = 0);

    // Swaps in a table built before (a TableFromImage of the store's records at `version`), as a
    // reload would; waits for a reload under way.
    void Install(TrajectoryTable table, std::string version);

    // The version (Store::TrajectoryVersion) the current table was loaded at.
    std::string version() const;

    // The current table; stays valid for as long as the caller holds it.
    std::shared_ptr<const TrajectoryTable> Snapshot() const;
    // The suppressed scopes kept for the current table (a new, empty cache after every reload).
    // ComputeOutcomes and ComputeFunnel use it only with the table it belongs to.
    std::shared_ptr<ScopeCache> Scopes() const;
    // The scope cache (which holds its table) and the version it was loaded at, read together.
    struct Current {
        std::shared_ptr<ScopeCache> scopes;
        std::string version;
    };
    Current current() const;
    // How the scope caches of this and every later table keep their suppression (ScopeKeeping): a new,
    // empty scope cache for the current table takes it at once.
    void SetScopeKeeping(ScopeKeeping keeping);

private:
    void SwapIn(TrajectoryTable table, std::string version);  // under reload_mutex_

    mutable std::mutex mutex_;
    std::mutex reload_mutex_;  // one reload at a time
    std::shared_ptr<const TrajectoryTable> table_;
    std::shared_ptr<ScopeCache> scopes_;
    ScopeKeeping keeping_;
    std::string version_;
};

}  // namespace kompas::engine
