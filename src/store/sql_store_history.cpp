// The SqlStore's history of ambitions and societal results (issue 12): one row per change with
// who, when and why, and one row per changed field with its old and new value. Written in the
// transaction of the change (sql_store_ambitions.cpp); read by every member of the collaboration.
#include <map>

#include "store/sql_access.hpp"
#include "store/sql_history.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"

namespace kompas {

Result<void> RecordHistory(SqlDatabase& db, std::string_view collaboration_id, std::string_view object_type,
                           std::string_view object_id, const ChangeNote& note, std::string_view changed_at,
                           const std::vector<FieldChange>& changes) {
    if (changes.empty()) return {};
    std::int64_t seq = 1;
    const SqlValue key[] = {object_id};
    auto ran = db.Exec("SELECT COALESCE(MAX(seq), 0) + 1 FROM result_history WHERE object_id = $1", key,
                       [&seq](const SqlRow& row) -> Result<void> {
                           seq = row.Integer(0).value_or(1);
                           return {};
                       });
    if (!ran) return ran;
    const SqlValue entry[] = {object_id,       seq,       collaboration_id, object_type, std::string_view(note.reason),
                              note.changed_by, changed_at};
    if (auto inserted =
            db.Exec("INSERT INTO result_history (object_id, seq, collaboration_id, object_type, reason, changed_by, "
                    "changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    entry);
        !inserted) {
        return inserted;
    }
    std::int64_t position = 0;
    for (const auto& change : changes) {
        const SqlValue field[] = {object_id, seq, position++, change.field, change.old_value, change.new_value};
        if (auto inserted =
                db.Exec("INSERT INTO result_history_fields (object_id, seq, position, field, old_value, new_value) "
                        "VALUES ($1, $2, $3, $4, $5, $6)",
                        field);
            !inserted) {
            return inserted;
        }
    }
    return {};
}

Result<void> DeleteHistory(SqlDatabase& db, std::string_view object_id) {
    const SqlValue key[] = {object_id};
    if (auto deleted = db.Exec("DELETE FROM result_history_fields WHERE object_id = $1", key); !deleted) {
        return deleted;
    }
    return db.Exec("DELETE FROM result_history WHERE object_id = $1", key);
}

Result<std::vector<HistoryEntry>> SqlStore::History(const Caller& caller, std::string_view id,
                                                    std::string_view object_type, std::string_view object_id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    const SqlValue key[] = {id, object_id};
    if (object_type == "ambition" || object_type == "societal_result") {
        const bool ambition = object_type == "ambition";
        auto found = Exists(*db_,
                            ambition ? "SELECT 1 FROM ambitions WHERE collaboration_id = $1 AND id = $2"
                                     : "SELECT 1 FROM societal_results WHERE collaboration_id = $1 AND id = $2",
                            key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, ambition ? "Ambitie niet gevonden" : "Resultaat niet gevonden");
    } else {
        return Fail(ErrorCode::kNotFound, "Onbekend soort object");
    }
    std::vector<HistoryEntry> entries;
    std::map<std::int64_t, std::size_t> index;
    auto ran = db_->Exec(
        "SELECT h.seq, h.object_type, h.object_id, h.reason, COALESCE(pe.name, ''), h.changed_at "
        "FROM result_history h LEFT JOIN people pe ON pe.id = h.changed_by "
        "WHERE h.collaboration_id = $1 AND h.object_id = $2 ORDER BY h.seq",
        key, [&](const SqlRow& row) -> Result<void> {
            HistoryEntry entry;
            entry.seq = row.Integer(0).value_or(0);
            entry.object_type = row.Text(1);
            entry.object_id = row.Text(2);
            entry.reason = row.Text(3);
            entry.changed_by = row.Text(4);
            entry.changed_at = row.Text(5);
            index[entry.seq] = entries.size();
            entries.push_back(std::move(entry));
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    const SqlValue object[] = {object_id};
    ran = db_->Exec(
        "SELECT seq, field, old_value, new_value FROM result_history_fields WHERE object_id = $1 "
        "ORDER BY seq, position",
        object, [&](const SqlRow& row) -> Result<void> {
            const auto found = index.find(row.Integer(0).value_or(0));
            if (found == index.end()) return {};
            entries[found->second].changes.push_back(FieldChange{row.Text(1), row.Text(2), row.Text(3)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return entries;
}

}  // namespace kompas
