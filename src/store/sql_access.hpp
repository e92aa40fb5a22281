// Internal to the SqlStore: what its accounts, collaborations and ambitions parts share. The
// caller's partnership in a collaboration (checked in SQL), and audited changes: one write
// lock for every audited change, so that audit sequence numbers are handed out without gaps,
// and the change and its hash-chained record in one transaction.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/audit.hpp"
#include "core/collaboration.hpp"
#include "core/error.hpp"
#include "store/sql_database.hpp"
#include "store/store.hpp"

namespace kompas {

// One lock for every change that is audited: audit seq numbers are handed out under it.
inline constexpr std::string_view kAccountsLock = "kompas:accounts";
inline constexpr std::string_view kNotFoundCollaboration = "Samenwerking niet gevonden";

std::optional<std::string> OptionalText(const SqlRow& row, int column);
SqlValue Nullable(const std::optional<std::string>& value);

// Lower is more: coordinator < partner < viewer.
inline int RoleRank(CollaborationRole role) { return static_cast<int>(role); }

// The caller's partner row in a collaboration with the most rights (a person's own row first
// when equal); nullopt when neither the caller nor the caller's organisation is a partner.
struct Membership {
    std::string partner_id;
    CollaborationRole role = CollaborationRole::kViewer;
};

Result<std::optional<Membership>> FindMembership(SqlDatabase& db, const Caller& caller, std::string_view id);

// The membership, or kNotFound / kForbidden when the caller's role is below `needed`.
Result<Membership> RequireRole(SqlDatabase& db, const Caller& caller, std::string_view id, CollaborationRole needed);

// Appends one record; the caller holds the accounts write lock inside a transaction.
Result<void> AppendAuditLocked(SqlDatabase& db, const AuditEntry& entry);

// Appends one record inside a transaction begun under another lock (an import's): takes the
// accounts lock too (PostgreSQL; SQLite has one writer anyway), so the chain stays one line.
Result<void> AppendAuditJoined(SqlDatabase& db, const AuditEntry& entry);

// The audit records of `records` that have one, in the transaction the caller holds (issue 13).
Result<void> AppendImportAudits(SqlDatabase& db, std::span<const ImportRecord> records);

// Runs `change` (may be empty) and the audit record in one transaction under the accounts lock.
Result<void> Audited(SqlDatabase& db, const AuditEntry& audit, const std::function<Result<void>()>& change);

// Runs `sql` ($1 owner, $2 item, $3 position) once per distinct item of `items`, in order: the
// link tables that keep a list in the order it was given.
Result<void> InsertLinks(SqlDatabase& db, std::string_view sql, std::string_view owner,
                         const std::vector<std::string>& items);

// Whether the query returns at least one row.
Result<bool> Exists(SqlDatabase& db, std::string_view sql, std::span<const SqlValue> params);

}  // namespace kompas
