// Sorted runs of trajectory records spilled to a temporary file and merged back in key order: the
// external sort that lets a large import write the trajectories table in one pass in key order,
// with memory bounded by one run whatever the size of the delivery.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "core/error.hpp"
#include "core/trajectory.hpp"
#include "store/store.hpp"

namespace kompas {

struct PendingTrajectory {
    Trajectory t;
    TrajectoryChange change = TrajectoryChange::kWhole;
};

// The record key, in the order of the primary key (provider, client, help form, start).
bool TrajectoryKeyLess(const Trajectory& a, const Trajectory& b);
bool SameTrajectoryKey(const Trajectory& a, const Trajectory& b);

// The positions of `rows` in key order; rows of one key in the order they have in `rows`.
std::vector<std::uint32_t> KeyOrder(std::span<const PendingTrajectory> rows);

// One unnamed file in the temporary directory (TMPDIR or /tmp), mode 0600 and unlinked at once, so
// that it disappears with the process. It holds pseudonymised records only, never a BSN. Not
// thread-safe.
class TrajectoryRuns {
public:
    static Result<TrajectoryRuns> Create();
    TrajectoryRuns(TrajectoryRuns&&) noexcept;
    TrajectoryRuns& operator=(TrajectoryRuns&&) noexcept;
    ~TrajectoryRuns();

    // Appends one run: `rows` in the order of `order`, which must be sorted by key.
    Result<void> Spill(std::span<const PendingTrajectory> rows, std::span<const std::uint32_t> order);
    bool empty() const { return runs_.empty(); }

    // Visits every spilled record in key order; the records of one key in the order they were
    // spilled (earlier runs first). Stops at the first failure of `visit`.
    Result<void> Merge(const std::function<Result<void>(PendingTrajectory&&)>& visit);

private:
    struct Run {
        std::uint64_t begin = 0;
        std::uint64_t end = 0;
    };
    explicit TrajectoryRuns(int fd) : fd_(fd) {}
    Result<void> WriteOut();

    int fd_ = -1;
    std::uint64_t size_ = 0;  // bytes written to the file
    std::vector<char> buffer_;
    std::vector<Run> runs_;
};

}  // namespace kompas
