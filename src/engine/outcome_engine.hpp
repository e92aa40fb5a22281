// The product's outcome engine: the trajectory table built from the store's records, kept in
// memory and swapped as a whole after every import, so that readers never wait for a writer and
// always see one consistent table. Thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "core/error.hpp"
#include "core/trajectory.hpp"
#include "engine/trajectory_table.hpp"

namespace kompas::engine {

// Fills a table from product records (the mapping is described in outcome_indicators.hpp).
class ProductTableBuilder {
public:
    void Add(const Trajectory& trajectory);
    // Finishes the table (derived indexes) and hands it over.
    TrajectoryTable Build();

private:
    TrajectoryTable table_;
    Dictionary clients_;
};

class OutcomeEngine {
public:
    OutcomeEngine();

    // Calls `for_each` (e.g. Store::ForEachTrajectory) to read every record, then swaps the new
    // table in. On an error the old table stays.
    using ForEach = std::function<Result<void>(const std::function<Result<void>(const Trajectory&)>&)>;
    Result<void> Reload(const ForEach& for_each, std::string version = {});

    // The version (Store::TrajectoryVersion) the current table was loaded at.
    std::string version() const;

    // The current table; stays valid for as long as the caller holds it.
    std::shared_ptr<const TrajectoryTable> Snapshot() const;

private:
    mutable std::mutex mutex_;
    std::mutex reload_mutex_;  // one reload at a time
    std::shared_ptr<const TrajectoryTable> table_;
    std::string version_;
};

}  // namespace kompas::engine
