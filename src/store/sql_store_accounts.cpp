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

namespace {

// Turns the refusal counts that `where` selects into one audit record each, and deletes them.
// Inside the caller's write transaction.
Result<void> FlushSignInRefusals(SqlDatabase& db, std::string_view where, std::span<const SqlValue> params,
                                 std::string_view now) {
    struct Count {
        std::string key, email, remote, first_at, last_at;
        std::int64_t refused = 0;
    };
    std::vector<Count> counts;
    auto ran = db.Exec("SELECT throttle_key, email, remote, first_at, last_at, refused FROM sign_in_refusals WHERE " +
                           std::string(where) + " ORDER BY throttle_key",
                       params, [&counts](const SqlRow& row) -> Result<void> {
                           counts.push_back(Count{row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4),
                                                  row.Integer(5).value_or(0)});
                           return {};
                       });
    if (!ran) return ran;
    for (const auto& count : counts) {
        AuditEntry entry;
        entry.at = std::string(now);
        entry.person_email = count.email;
        entry.action = AuditAction::kSignInFailed;
        entry.object_type = "sign_in_refusals";
        entry.object_id = std::to_string(count.refused) + " from " + count.first_at + " to " + count.last_at;
        entry.result = AuditResult::kDenied;
        entry.remote = count.remote;
        if (auto appended = AppendAuditLocked(db, entry); !appended) return appended;
        const SqlValue key[] = {count.key};
        if (auto deleted = db.Exec("DELETE FROM sign_in_refusals WHERE throttle_key = $1", key); !deleted) {
            return deleted;
        }
    }
    return {};
}

}  // namespace

Result<SignInAttempt> SqlStore::BeginSignInAttempt(std::string_view email, std::string_view remote,
                                                   std::string_view since, std::string_view now,
                                                   std::int64_t max_per_email, std::int64_t max_per_remote) {
    auto transaction = WriteTransaction::Begin(*db_, kAccountsLock);
    if (!transaction) return std::unexpected(std::move(transaction.error()));
    const SqlValue stale[] = {since};
    if (auto flushed = FlushSignInRefusals(*db_, "last_at < $1", stale, now); !flushed) {
        return std::unexpected(std::move(flushed.error()));
    }
    std::int64_t by_email = 0, by_remote = 0;
    std::string oldest_email, oldest_remote;
    const SqlValue params[] = {email, since, remote};
    auto counted = db_->Exec(
        "SELECT (SELECT COUNT(*) FROM sign_in_failures WHERE email = $1 AND at >= $2), "
        "(SELECT COUNT(*) FROM sign_in_failures WHERE remote = $3 AND at >= $2), "
        "(SELECT MIN(at) FROM sign_in_failures WHERE email = $1 AND at >= $2), "
        "(SELECT MIN(at) FROM sign_in_failures WHERE remote = $3 AND at >= $2)",
        params, [&](const SqlRow& row) -> Result<void> {
            by_email = row.Integer(0).value_or(0);
            by_remote = row.Integer(1).value_or(0);
            oldest_email = row.Text(2);
            oldest_remote = row.Text(3);
            return {};
        });
    if (!counted) return std::unexpected(std::move(counted.error()));
    const std::string email_key = "email:" + std::string(email), remote_key = "remote:" + std::string(remote);
    SignInAttempt attempt;
    if (by_email >= max_per_email || by_remote >= max_per_remote) {
        const bool email_limit = by_email >= max_per_email;
        attempt.oldest_failure = email_limit ? oldest_email : oldest_remote;
        const SqlValue refusal[] = {email_limit ? email_key : remote_key, email, remote, now};
        auto counted_refusal = db_->Exec(
            "INSERT INTO sign_in_refusals (throttle_key, email, remote, first_at, last_at, refused) "
            "VALUES ($1, $2, $3, $4, $4, 1) ON CONFLICT (throttle_key) DO UPDATE SET email = excluded.email, "
            "remote = excluded.remote, last_at = excluded.last_at, refused = sign_in_refusals.refused + 1",
            refusal);
        if (!counted_refusal) return std::unexpected(std::move(counted_refusal.error()));
    } else {
        attempt.allowed = true;
        const SqlValue keys[] = {email_key, remote_key};
        if (auto flushed = FlushSignInRefusals(*db_, "throttle_key IN ($1, $2)", keys, now); !flushed) {
            return std::unexpected(std::move(flushed.error()));
        }
        if (auto forgot = db_->Exec("DELETE FROM sign_in_failures WHERE at < $1", stale); !forgot) {
            return std::unexpected(std::move(forgot.error()));
        }
        const SqlValue failure[] = {email, remote, now};
        auto recorded = db_->Exec("INSERT INTO sign_in_failures (email, remote, at) VALUES ($1, $2, $3)", failure);
        if (!recorded) return std::unexpected(std::move(recorded.error()));
    }
    if (auto committed = transaction->Commit(); !committed) return std::unexpected(std::move(committed.error()));
    return attempt;
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
