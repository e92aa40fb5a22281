#include "store/sql_access.hpp"

#include <set>

#include "privacy/audit_chain.hpp"
#include "store/write_transaction.hpp"

namespace kompas {

std::optional<std::string> OptionalText(const SqlRow& row, int column) {
    if (row.IsNull(column)) return std::nullopt;
    return row.Text(column);
}

SqlValue Nullable(const std::optional<std::string>& value) {
    return value ? SqlValue(std::string_view(*value)) : SqlValue();
}

Result<std::optional<Membership>> FindMembership(SqlDatabase& db, const Caller& caller, std::string_view id) {
    std::optional<Membership> best;
    bool best_is_person = false;
    const SqlValue params[] = {id, caller.organisation_id, caller.person_id};
    auto ran = db.Exec(
        "SELECT id, role, kind FROM partners WHERE collaboration_id = $1 AND "
        "((organisation_id IS NOT NULL AND organisation_id = $2) OR (person_id IS NOT NULL AND person_id = $3))",
        params, [&](const SqlRow& row) -> Result<void> {
            const auto role = ParseCollaborationRole(row.Text(1));
            if (!role) return Fail(ErrorCode::kInternal, "database: unknown partner role");
            const bool is_person = row.Text(2) == "person";
            if (!best || RoleRank(*role) < RoleRank(best->role) ||
                (RoleRank(*role) == RoleRank(best->role) && is_person && !best_is_person)) {
                best = Membership{row.Text(0), *role};
                best_is_person = is_person;
            }
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return best;
}

Result<Membership> RequireRole(SqlDatabase& db, const Caller& caller, std::string_view id, CollaborationRole needed) {
    auto membership = FindMembership(db, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    if (RoleRank((*membership)->role) > RoleRank(needed)) {
        return Fail(ErrorCode::kForbidden, needed == CollaborationRole::kCoordinator
                                               ? "Alleen de coördinator van de samenwerking mag dit"
                                               : "Alleen coördinator en partners mogen dit; kijkers niet");
    }
    return **membership;
}

Result<void> AppendAuditLocked(SqlDatabase& db, const AuditEntry& entry) {
    AuditRecord record;
    record.seq = 1;
    std::string last_at;
    auto last = db.Exec("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1", {},
                        [&record, &last_at](const SqlRow& row) -> Result<void> {
                            record.seq = row.Integer(0).value_or(0) + 1;
                            record.prev_hash = row.Text(1);
                            last_at = row.Text(2);
                            return {};
                        });
    if (!last) return last;
    record.person_email = entry.person_email;
    if (!record.person_email && entry.person_id) {
        const SqlValue key[] = {*entry.person_id};
        auto found =
            db.Exec("SELECT email FROM people WHERE id = $1", key, [&record](const SqlRow& row) -> Result<void> {
                record.person_email = row.Text(0);
                return {};
            });
        if (!found) return found;
    }
    // A change is recorded when it is committed: one that took long (a large upload, parsed before
    // its transaction began) may follow a record of a later moment. The trail's times then never
    // go back (its order is that of seq): such a record takes the time of the record before it.
    record.at = (last_at.size() == entry.at.size() && last_at > entry.at) ? last_at : entry.at;
    record.person_id = entry.person_id;
    record.organisation_id = entry.organisation_id;
    record.action = AuditActionName(entry.action);
    record.object_type = entry.object_type;
    record.object_id = entry.object_id;
    record.result = AuditResultName(entry.result);
    record.remote = entry.remote;
    record.hash = AuditHash(record.prev_hash, record);
    const SqlValue params[] = {record.seq,
                               record.at,
                               Nullable(record.person_id),
                               Nullable(record.person_email),
                               Nullable(record.organisation_id),
                               record.action,
                               record.object_type,
                               record.object_id,
                               record.result,
                               record.remote,
                               record.prev_hash,
                               record.hash};
    return db.Exec(
        "INSERT INTO audit_log (seq, at, person_id, person_email, organisation_id, action, object_type, object_id, "
        "result, remote, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        params);
}

Result<void> AppendAuditJoined(SqlDatabase& db, const AuditEntry& entry) {
    if (db.Dialect() == "postgresql") {
        const SqlValue lock[] = {kAccountsLock};
        if (auto locked = db.Exec("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", lock); !locked) {
            return locked;
        }
    }
    return AppendAuditLocked(db, entry);
}

Result<void> AppendImportAudits(SqlDatabase& db, std::span<const ImportRecord> records) {
    for (const ImportRecord& record : records) {
        if (!record.audit) continue;
        if (auto appended = AppendAuditJoined(db, *record.audit); !appended) return appended;
    }
    return {};
}

Result<void> Audited(SqlDatabase& db, const AuditEntry& audit, const std::function<Result<void>()>& change) {
    auto transaction = WriteTransaction::Begin(db, kAccountsLock);
    if (!transaction) return std::unexpected(std::move(transaction.error()));
    if (change) {
        if (auto changed = change(); !changed) return changed;
    }
    if (auto appended = AppendAuditLocked(db, audit); !appended) return appended;
    return transaction->Commit();
}

Result<void> InsertLinks(SqlDatabase& db, std::string_view sql, std::string_view owner,
                         const std::vector<std::string>& items) {
    std::set<std::string> seen;
    std::int64_t position = 0;
    for (const auto& item : items) {
        if (!seen.insert(item).second) continue;
        const SqlValue params[] = {owner, std::string_view(item), position++};
        if (auto inserted = db.Exec(sql, params); !inserted) return inserted;
    }
    return {};
}

Result<bool> Exists(SqlDatabase& db, std::string_view sql, std::span<const SqlValue> params) {
    bool found = false;
    auto ran = db.Exec(sql, params, [&found](const SqlRow&) -> Result<void> {
        found = true;
        return {};
    });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return found;
}

}  // namespace kompas
