// Internal to the SqlStore: the history of ambitions and societal results (issue 12), written by
// the ambitions part in the transaction of the change it records.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/history.hpp"
#include "store/sql_database.hpp"

namespace kompas {

// Appends one HistoryEntry with `changes` (nothing when empty) as the next seq of `object_id`.
Result<void> RecordHistory(SqlDatabase& db, std::string_view collaboration_id, std::string_view object_type,
                           std::string_view object_id, const ChangeNote& note, std::string_view changed_at,
                           const std::vector<FieldChange>& changes);

// Removes the history of an object that is deleted (the audit log keeps the record).
Result<void> DeleteHistory(SqlDatabase& db, std::string_view object_id);

}  // namespace kompas
