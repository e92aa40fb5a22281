// Suppression kept by what it was computed from (issue 10). SuppressConstraintTable is a pure,
// deterministic function of its table and options, so its answer can be kept under a fingerprint
// of both and given again whenever the same table comes back: after an upload that left a
// municipality's cells as they were, on a new day of the same year, or for a scope that the scope
// cache had let go. The fingerprint is 128 bits over every input (counts, owners, parts, thresholds,
// rules, equations, options); two different tables giving the same fingerprint is not a practical
// possibility. Thread-safe; kept within a memory budget, the least recently used going first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "engine/outcome_suppression.hpp"

namespace kompas::engine {

struct TableFingerprint {
    std::uint64_t high = 0, low = 0;
    bool operator==(const TableFingerprint&) const = default;
};

TableFingerprint FingerprintOf(const ConstraintTable& table, const ConstraintSuppressionOptions& options);

class SuppressionMemo {
public:
    explicit SuppressionMemo(std::size_t budget_bytes = std::size_t{96} << 20) : budget_(budget_bytes) {}

    // The kept statuses of this table, or computed (and kept) here.
    Result<std::vector<Suppression>> Suppress(const ConstraintTable& table,
                                              const ConstraintSuppressionOptions& options);
    // The statuses kept under `key`, if any; and keeping them.
    std::optional<std::vector<Suppression>> Find(const TableFingerprint& key);
    void Keep(const TableFingerprint& key, std::span<const Suppression> statuses);

    void Clear();  // forgets everything (tests: to read from where a ScopeKeeping keeps)
    std::size_t size() const;
    std::size_t hits() const;

    // The memo of the process: the outcome indicators' municipality scopes use it.
    static SuppressionMemo& Shared();
    // The statuses of municipality scopes by the fingerprint of their rows (ScopeCache).
    static SuppressionMemo& ByRows();

private:
    struct Hash {
        std::size_t operator()(const TableFingerprint& f) const { return f.low; }
    };
    struct Entry {
        std::vector<std::uint8_t> statuses;  // a Suppression per cell, a byte each
        std::list<TableFingerprint>::iterator used;
    };
    mutable std::mutex mutex_;
    std::unordered_map<TableFingerprint, Entry, Hash> entries_;
    std::list<TableFingerprint> order_;  // most recently used first
    std::size_t bytes_ = 0;
    std::size_t budget_;
    std::size_t hits_ = 0;
};

}  // namespace kompas::engine
