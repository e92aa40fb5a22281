// The SqlStore's part of administration in the browser (issue 15): editing organisations and
// people, and the one-time password links, of which only the token's hash is kept. Every change
// appends its audit record in the same transaction.
#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"

namespace kompas {
namespace {

Result<void> RequireFound(SqlDatabase& db, std::string_view sql, std::string_view id, std::string message) {
    const SqlValue key[] = {id};
    auto found = Exists(db, sql, key);
    if (!found) return std::unexpected(std::move(found.error()));
    if (!*found) return Fail(ErrorCode::kNotFound, std::move(message));
    return {};
}

}  // namespace

Result<void> SqlStore::UpdateOrganisation(const Organisation& organisation, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto found = RequireFound(*db_, "SELECT 1 FROM organisations WHERE id = $1", organisation.id,
                                      "Onbekende organisatie");
            !found) {
            return found;
        }
        if (organisation.agb) {
            const SqlValue key[] = {*organisation.agb, organisation.id};
            auto taken = Exists(*db_, "SELECT 1 FROM organisations WHERE agb = $1 AND id <> $2", key);
            if (!taken) return std::unexpected(std::move(taken.error()));
            if (*taken) return Fail(ErrorCode::kConflict, "Een andere organisatie heeft deze AGB-code al", "agb");
        }
        const SqlValue params[] = {organisation.name, OrganisationKindName(organisation.kind),
                                   Nullable(organisation.region), Nullable(organisation.agb), organisation.id};
        return db_->Exec("UPDATE organisations SET name = $1, kind = $2, region = $3, agb = $4 WHERE id = $5", params);
    });
}

Result<void> SqlStore::UpdatePerson(const Person& person, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto found = RequireFound(*db_, "SELECT 1 FROM people WHERE id = $1", person.id, "Onbekende persoon");
            !found) {
            return found;
        }
        const SqlValue params[] = {person.name, person.organisation_id, std::int64_t{person.platform_admin ? 1 : 0},
                                   std::int64_t{person.active ? 1 : 0}, person.id};
        if (auto updated = db_->Exec(
                "UPDATE people SET name = $1, organisation_id = $2, platform_admin = $3, active = $4 WHERE id = $5",
                params);
            !updated) {
            return updated;
        }
        if (person.active) return {};
        const SqlValue key[] = {person.id};
        if (auto ended = db_->Exec("DELETE FROM sessions WHERE person_id = $1", key); !ended) return ended;
        return db_->Exec("DELETE FROM password_links WHERE person_id = $1 AND used_at IS NULL", key);
    });
}

Result<void> SqlStore::CreatePasswordLink(const PasswordLinkRecord& link, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const SqlValue key[] = {link.person_id};
        if (auto older = db_->Exec("DELETE FROM password_links WHERE person_id = $1", key); !older) return older;
        const SqlValue params[] = {link.token_hash, link.person_id, link.created_at, link.expires_at};
        return db_->Exec(
            "INSERT INTO password_links (token_hash, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
            params);
    });
}

Result<std::optional<PasswordLinkRecord>> SqlStore::FindPasswordLink(std::string_view token_hash) {
    std::optional<PasswordLinkRecord> found;
    const SqlValue params[] = {token_hash};
    auto ran = db_->Exec(
        "SELECT token_hash, person_id, created_at, expires_at, used_at FROM password_links WHERE token_hash = $1",
        params, [&found](const SqlRow& row) -> Result<void> {
            found = PasswordLinkRecord{row.Text(0), row.Text(1), row.Text(2), row.Text(3), OptionalText(row, 4)};
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return found;
}

Result<void> SqlStore::UsePasswordLink(std::string_view token_hash, std::string_view password_hash,
                                       std::string_view used_at, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        std::optional<std::string> person_id;
        const SqlValue params[] = {used_at, token_hash};
        auto marked = db_->Exec(
            "UPDATE password_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL RETURNING person_id",
            params, [&person_id](const SqlRow& row) -> Result<void> {
                person_id = row.Text(0);
                return {};
            });
        if (!marked) return marked;
        if (!person_id) return Fail(ErrorCode::kConflict, "Deze link is al gebruikt", "token");
        const SqlValue update[] = {password_hash, *person_id};
        if (auto set = db_->Exec("UPDATE people SET password_hash = $1 WHERE id = $2", update); !set) return set;
        const SqlValue key[] = {*person_id};
        return db_->Exec("DELETE FROM sessions WHERE person_id = $1", key);
    });
}

}  // namespace kompas
