// The SqlStore's accounts (block 0): organisations, people, sign-in failures and sessions. Every
// change appends its audit record in the same transaction.
#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

Result<Organisation> OrganisationFromRow(const SqlRow& row) {
    const auto kind = ParseOrganisationKind(row.Text(2));
    if (!kind) return Fail(ErrorCode::kInternal, "database: unknown organisation kind " + row.Text(2));
    return Organisation{row.Text(0), row.Text(1), *kind, OptionalText(row, 3), OptionalText(row, 4)};
}
constexpr std::string_view kOrganisationColumns = "SELECT id, name, kind, region, agb FROM organisations";

Result<Person> PersonFromRow(const SqlRow& row) {
    return Person{row.Text(0),
                  row.Text(1),
                  row.Text(2),
                  row.Text(3),
                  row.Integer(4).value_or(0) != 0,
                  row.Integer(5).value_or(1) != 0};
}
constexpr std::string_view kPersonColumns =
    "SELECT id, email, name, organisation_id, platform_admin, active FROM people";

}  // namespace

Result<void> SqlStore::CreateOrganisation(const Organisation& organisation, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const SqlValue params[] = {organisation.id,
                                   organisation.name,
                                   OrganisationKindName(organisation.kind),
                                   Nullable(organisation.region),
                                   audit.at,
                                   Nullable(organisation.agb)};
        return db_->Exec(
            "INSERT INTO organisations (id, name, kind, region, created_at, agb) VALUES ($1, $2, $3, $4, $5, $6)",
            params);
    });
}

Result<std::vector<Organisation>> SqlStore::Organisations() {
    std::vector<Organisation> organisations;
    auto ran = db_->Exec(std::string(kOrganisationColumns) + " ORDER BY name, id", {},
                         sql::AppendTo(organisations, &OrganisationFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    return organisations;
}

namespace {

// The one organisation whose `column` (id or agb, both unique) equals `value`.
Result<std::optional<Organisation>> FindOrganisationBy(SqlDatabase& db, std::string_view column,
                                                       std::string_view value) {
    std::vector<Organisation> found;
    const SqlValue params[] = {value};
    auto ran = db.Exec(std::string(kOrganisationColumns) + " WHERE " + std::string(column) + " = $1", params,
                       sql::AppendTo(found, &OrganisationFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    if (found.empty()) return std::optional<Organisation>();
    return std::optional<Organisation>(std::move(found.front()));
}

}  // namespace

Result<std::optional<Organisation>> SqlStore::FindOrganisation(std::string_view id) {
    return FindOrganisationBy(*db_, "id", id);
}

Result<std::optional<Organisation>> SqlStore::FindOrganisationByAgb(std::string_view agb) {
    return FindOrganisationBy(*db_, "agb", agb);
}

Result<void> SqlStore::CreatePerson(const Person& person, std::string_view password_hash, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const SqlValue key[] = {person.email};
        auto taken = Exists(*db_, "SELECT 1 FROM people WHERE email = $1", key);
        if (!taken) return std::unexpected(std::move(taken.error()));
        if (*taken) return Fail(ErrorCode::kConflict, "Er is al een account met dit e-mailadres", "email");
        const SqlValue params[] = {person.id,
                                   person.email,
                                   person.name,
                                   person.organisation_id,
                                   std::int64_t{person.platform_admin ? 1 : 0},
                                   password_hash,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO people (id, email, name, organisation_id, platform_admin, password_hash, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7)",
            params);
    });
}

Result<std::vector<Person>> SqlStore::People(const Caller& caller) {
    std::vector<Person> people;
    const SqlValue params[] = {std::int64_t{caller.platform_admin ? 1 : 0}, caller.organisation_id};
    auto ran = db_->Exec(std::string(kPersonColumns) + " WHERE $1 = 1 OR organisation_id = $2 ORDER BY name, email",
                         params, sql::AppendTo(people, &PersonFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    return people;
}

Result<std::optional<Person>> SqlStore::FindPerson(std::string_view id) {
    std::vector<Person> found;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(std::string(kPersonColumns) + " WHERE id = $1", params, sql::AppendTo(found, &PersonFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    if (found.empty()) return std::optional<Person>();
    return std::optional<Person>(std::move(found.front()));
}

Result<std::optional<PersonCredentials>> SqlStore::FindCredentials(std::string_view email) {
    std::optional<PersonCredentials> found;
    const SqlValue params[] = {email};
    auto ran = db_->Exec(
        "SELECT id, email, name, organisation_id, platform_admin, active, password_hash FROM people "
        "WHERE email = $1",
        params, [&found](const SqlRow& row) -> Result<void> {
            auto person = PersonFromRow(row);
            if (!person) return std::unexpected(std::move(person.error()));
            found = PersonCredentials{std::move(*person), row.Text(6)};
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return found;
}

Result<std::pair<std::int64_t, std::int64_t>> SqlStore::CountSignInFailures(std::string_view email,
                                                                            std::string_view remote,
                                                                            std::string_view since) {
    std::pair<std::int64_t, std::int64_t> counts{0, 0};
    const SqlValue params[] = {email, since, remote};
    auto ran = db_->Exec(
        "SELECT (SELECT COUNT(*) FROM sign_in_failures WHERE email = $1 AND at >= $2), "
        "(SELECT COUNT(*) FROM sign_in_failures WHERE remote = $3 AND at >= $2)",
        params, [&counts](const SqlRow& row) -> Result<void> {
            counts = {row.Integer(0).value_or(0), row.Integer(1).value_or(0)};
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return counts;
}

Result<std::pair<std::string, std::string>> SqlStore::OldestSignInFailures(std::string_view email,
                                                                           std::string_view remote,
                                                                           std::string_view since) {
    std::pair<std::string, std::string> oldest;
    const SqlValue params[] = {email, since, remote};
    auto ran = db_->Exec(
        "SELECT (SELECT MIN(at) FROM sign_in_failures WHERE email = $1 AND at >= $2), "
        "(SELECT MIN(at) FROM sign_in_failures WHERE remote = $3 AND at >= $2)",
        params, [&oldest](const SqlRow& row) -> Result<void> {
            oldest = {row.Text(0), row.Text(1)};
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return oldest;
}

Result<void> SqlStore::RecordSignInFailure(std::string_view email, std::string_view remote,
                                           std::string_view forget_before, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const SqlValue old[] = {forget_before};
        if (auto forgot = db_->Exec("DELETE FROM sign_in_failures WHERE at < $1", old); !forgot) return forgot;
        const SqlValue params[] = {email, remote, audit.at};
        return db_->Exec("INSERT INTO sign_in_failures (email, remote, at) VALUES ($1, $2, $3)", params);
    });
}

Result<void> SqlStore::CreateSession(const SessionRecord& session, std::string_view email, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const SqlValue key[] = {email};
        if (auto forgot = db_->Exec("DELETE FROM sign_in_failures WHERE email = $1", key); !forgot) return forgot;
        const SqlValue params[] = {session.token_hash, session.person_id, session.csrf_token, session.created_at,
                                   session.last_seen};
        return db_->Exec(
            "INSERT INTO sessions (token_hash, person_id, csrf_token, created_at, last_seen) VALUES ($1, $2, $3, $4, "
            "$5)",
            params);
    });
}

Result<std::optional<SessionRecord>> SqlStore::FindSession(std::string_view token_hash) {
    std::optional<SessionRecord> found;
    const SqlValue params[] = {token_hash};
    auto ran =
        db_->Exec("SELECT token_hash, person_id, csrf_token, created_at, last_seen FROM sessions WHERE token_hash = $1",
                  params, [&found](const SqlRow& row) -> Result<void> {
                      found = SessionRecord{row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4)};
                      return {};
                  });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return found;
}

Result<void> SqlStore::TouchSession(std::string_view token_hash, std::string_view last_seen) {
    const SqlValue params[] = {last_seen, token_hash};
    return db_->Exec("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2 AND last_seen < $1", params);
}

Result<void> SqlStore::DeleteSession(std::string_view token_hash, const AuditEntry* audit) {
    const SqlValue params[] = {token_hash};
    if (audit == nullptr) return db_->Exec("DELETE FROM sessions WHERE token_hash = $1", params);
    return Audited(*db_, *audit, [&]() { return db_->Exec("DELETE FROM sessions WHERE token_hash = $1", params); });
}

}  // namespace kompas
