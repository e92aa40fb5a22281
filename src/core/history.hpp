// The history of ambitions and societal results (issue 12): what changed, old and new, who
// changed it, when and why. Plain values and the pure helpers that compare two versions; the store
// records an entry in the same transaction as the change. JSON shapes: the schemas HistoryEntry and
// FieldChange of docs/api/openapi.yaml.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/ambition.hpp"

namespace kompas {

// One changed field. JSON: { "field", "old", "new" }. Lists are joined with ", ", numbers in
// their shortest form ("10", "12.5").
struct FieldChange {
    std::string field;  // "title", "indicator", "regions", "baseline.value", "baseline.period",
                        // "target.value", "target.year", "agreed_by", "agreed_on", "statement",
                        // "indicators", "signals"
    std::string old_value;
    std::string new_value;
};

// What the caller says about a change: the reason (may be empty where none is required).
struct ChangeNote {
    std::string reason;
    std::string changed_by;  // the person id
};

// One change. JSON: { "seq", "object_type", "object_id", "reason", "changed_by", "changed_at",
// "changes" }
struct HistoryEntry {
    std::int64_t seq = 0;     // 1, 2, ... per object
    std::string object_type;  // "ambition" or "societal_result"
    std::string object_id;
    std::string reason;
    std::string changed_by;  // in the store the person id; read back as the person's name
    std::string changed_at;  // timestamp
    std::vector<FieldChange> changes;
};

// The fields that differ, in a fixed order.
std::vector<FieldChange> AmbitionChanges(const Ambition& before, const Ambition& after);
std::vector<FieldChange> ResultChanges(const SocietalResult& before, const SocietalResult& after);

// Whether these changes touch what was agreed to measure: a result's indicator, baseline, target
// value or target year. Such a change must carry a reason.
bool NeedsReason(const std::vector<FieldChange>& changes);

// "10", "12.5", "0.1": the shortest text that reads back as the same number.
std::string NumberText(double value);

}  // namespace kompas
