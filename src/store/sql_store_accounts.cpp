// The SqlStore's accounts, collaborations, evaluations and audit trail (block 0). Every change
// takes the one accounts write lock, checks the caller's partnership in SQL, makes the change
// and appends its audit record, all in one transaction.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "privacy/audit_chain.hpp"
#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

std::string JoinRegions(const std::vector<std::string>& regions) {
    std::string joined;
    for (const auto& region : regions) joined += (joined.empty() ? "" : ",") + region;
    return joined;
}

std::vector<std::string> SplitRegions(const std::string& text) {
    std::vector<std::string> regions;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start) regions.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return regions;
}

Result<Organisation> OrganisationFromRow(const SqlRow& row) {
    const auto kind = ParseOrganisationKind(row.Text(2));
    if (!kind) return Fail(ErrorCode::kInternal, "database: unknown organisation kind " + row.Text(2));
    return Organisation{row.Text(0), row.Text(1), *kind, OptionalText(row, 3), OptionalText(row, 4)};
}
constexpr std::string_view kOrganisationColumns = "SELECT id, name, kind, region, agb FROM organisations";

Result<Person> PersonFromRow(const SqlRow& row) {
    return Person{row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Integer(4).value_or(0) != 0};
}
constexpr std::string_view kPersonColumns = "SELECT id, email, name, organisation_id, platform_admin FROM people";

Result<AuditRecord> AuditFromRow(const SqlRow& row) {
    AuditRecord record;
    const auto seq = row.Integer(0);
    if (!seq) return Fail(ErrorCode::kInternal, "database: audit seq is not a number");
    record.seq = *seq;
    record.at = row.Text(1);
    record.person_id = OptionalText(row, 2);
    record.person_email = OptionalText(row, 3);
    record.organisation_id = OptionalText(row, 4);
    record.action = row.Text(5);
    record.object_type = row.Text(6);
    record.object_id = row.Text(7);
    record.result = row.Text(8);
    record.remote = row.Text(9);
    record.prev_hash = row.Text(10);
    record.hash = row.Text(11);
    return record;
}
constexpr std::string_view kAuditColumns =
    "SELECT seq, at, person_id, person_email, organisation_id, action, object_type, object_id, result, remote, "
    "prev_hash, hash FROM audit_log";

Result<Partner> PartnerFromRow(const SqlRow& row) {
    const auto kind = ParsePartnerKind(row.Text(1));
    const auto role = ParseCollaborationRole(row.Text(6));
    if (!kind || !role) return Fail(ErrorCode::kInternal, "database: unknown partner kind or role");
    Partner partner{row.Text(0),  *kind, OptionalText(row, 2), OptionalText(row, 3), row.Text(4),
                    std::nullopt, *role, row.Text(7)};
    if (!row.IsNull(5)) partner.person_role = ParsePersonRole(row.Text(5));
    return partner;
}
constexpr std::string_view kPartnerColumns =
    "SELECT p.id, p.kind, p.organisation_id, p.person_id, COALESCE(o.name, pe.name, ''), p.person_role, p.role, "
    "p.joined_at FROM partners p LEFT JOIN organisations o ON o.id = p.organisation_id "
    "LEFT JOIN people pe ON pe.id = p.person_id";

Result<EvaluationRound> RoundFromRow(const SqlRow& row) {
    return EvaluationRound{row.Text(0),
                           row.Text(1),
                           row.Text(2),
                           row.Text(3),
                           row.Integer(4).value_or(0) != 0,
                           row.Integer(5).value_or(0),
                           row.Integer(6).value_or(0) > 0};
}

Result<std::vector<ScoredResponse>> LoadResponses(SqlDatabase& db, std::string_view round_id) {
    std::vector<ScoredResponse> responses;
    std::string current_partner;
    const SqlValue params[] = {round_id};
    auto ran = db.Exec(
        "SELECT s.partner_id, s.element, s.score, s.comment, CASE WHEN r.signed = 1 THEN pe.name ELSE NULL END "
        "FROM evaluation_scores s JOIN evaluation_responses r ON r.round_id = s.round_id AND "
        "r.partner_id = s.partner_id LEFT JOIN people pe ON pe.id = r.person_id WHERE s.round_id = $1 "
        "ORDER BY s.partner_id, s.element",
        params, [&](const SqlRow& row) -> Result<void> {
            const auto element = ParseEvaluationElement(row.Text(1));
            if (!element) return Fail(ErrorCode::kInternal, "database: unknown evaluation element");
            if (responses.empty() || row.Text(0) != current_partner) {
                current_partner = row.Text(0);
                responses.push_back(ScoredResponse{{}, OptionalText(row, 4)});
            }
            responses.back().scores.push_back(
                ElementScore{*element, static_cast<int>(row.Integer(2).value_or(0)), row.Text(3)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return responses;
}

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
    auto ran =
        db_->Exec("SELECT id, email, name, organisation_id, platform_admin, password_hash FROM people WHERE email = $1",
                  params, [&found](const SqlRow& row) -> Result<void> {
                      auto person = PersonFromRow(row);
                      if (!person) return std::unexpected(std::move(person.error()));
                      found = PersonCredentials{std::move(*person), row.Text(5)};
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

Result<std::vector<Collaboration>> SqlStore::Collaborations(const Caller& caller) {
    std::vector<Collaboration> collaborations;
    const SqlValue params[] = {caller.organisation_id, caller.person_id};
    auto ran = db_->Exec(
        "SELECT c.id, c.name, c.theme, c.regions, c.period_start, c.period_end, c.description, "
        "MIN(CASE p.role WHEN 'coordinator' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END) "
        "FROM collaborations c JOIN partners p ON p.collaboration_id = c.id "
        "WHERE (p.organisation_id IS NOT NULL AND p.organisation_id = $1) OR (p.person_id IS NOT NULL AND "
        "p.person_id = $2) "
        "GROUP BY c.id, c.name, c.theme, c.regions, c.period_start, c.period_end, c.description ORDER BY c.name, c.id",
        params, [&collaborations](const SqlRow& row) -> Result<void> {
            collaborations.push_back(Collaboration{row.Text(0), row.Text(1), row.Text(2), SplitRegions(row.Text(3)),
                                                   row.Text(4), OptionalText(row, 5), row.Text(6),
                                                   static_cast<CollaborationRole>(row.Integer(7).value_or(2))});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return collaborations;
}

Result<void> SqlStore::CreateCollaboration(const Collaboration& collaboration, const Partner& coordinator,
                                           const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const std::string regions = JoinRegions(collaboration.regions);
        const SqlValue params[] = {collaboration.id,           collaboration.name,
                                   collaboration.theme,        regions,
                                   collaboration.period_start, Nullable(collaboration.period_end),
                                   collaboration.description,  audit.at};
        auto inserted = db_->Exec(
            "INSERT INTO collaborations (id, name, theme, regions, period_start, period_end, description, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            params);
        if (!inserted) return inserted;
        const SqlValue partner[] = {coordinator.id, collaboration.id, Nullable(coordinator.organisation_id),
                                    coordinator.joined_at};
        return db_->Exec(
            "INSERT INTO partners (id, collaboration_id, kind, organisation_id, person_id, person_role, role, "
            "joined_at) VALUES ($1, $2, 'organisation', $3, NULL, NULL, 'coordinator', $4)",
            partner);
    });
}

Result<std::optional<CollaborationDetail>> SqlStore::FindCollaboration(const Caller& caller, std::string_view id) {
    std::optional<CollaborationDetail> detail;
    const SqlValue params[] = {id, caller.organisation_id, caller.person_id};
    auto ran = db_->Exec(
        "SELECT c.id, c.name, c.theme, c.regions, c.period_start, c.period_end, c.description, "
        "MIN(CASE p.role WHEN 'coordinator' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END), c.coordination, "
        "c.decision_making, c.funding, c.staffing, c.monitoring, c.monitoring_frequency, c.joining_and_leaving "
        "FROM collaborations c JOIN partners p ON p.collaboration_id = c.id "
        "WHERE c.id = $1 AND ((p.organisation_id IS NOT NULL AND p.organisation_id = $2) OR "
        "(p.person_id IS NOT NULL AND p.person_id = $3)) "
        "GROUP BY c.id, c.name, c.theme, c.regions, c.period_start, c.period_end, c.description, c.coordination, "
        "c.decision_making, c.funding, c.staffing, c.monitoring, c.monitoring_frequency, c.joining_and_leaving",
        params, [&detail](const SqlRow& row) -> Result<void> {
            detail = CollaborationDetail{Collaboration{row.Text(0), row.Text(1), row.Text(2), SplitRegions(row.Text(3)),
                                                       row.Text(4), OptionalText(row, 5), row.Text(6),
                                                       static_cast<CollaborationRole>(row.Integer(7).value_or(2))},
                                         Agreements{row.Text(8), row.Text(9), row.Text(10), row.Text(11), row.Text(12),
                                                    row.Text(13), row.Text(14)},
                                         {}};
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    if (!detail) return detail;
    const SqlValue key[] = {id};
    auto partners =
        db_->Exec(std::string(kPartnerColumns) + " WHERE p.collaboration_id = $1 ORDER BY p.joined_at, p.id", key,
                  sql::AppendTo(detail->partners, &PartnerFromRow));
    if (!partners) return std::unexpected(std::move(partners.error()));
    return detail;
}

Result<void> SqlStore::UpdateAgreements(const Caller& caller, std::string_view id, const Agreements& a,
                                        const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue params[] = {a.coordination,         a.decision_making,     a.funding, a.staffing, a.monitoring,
                                   a.monitoring_frequency, a.joining_and_leaving, id};
        return db_->Exec(
            "UPDATE collaborations SET coordination = $1, decision_making = $2, funding = $3, staffing = $4, "
            "monitoring = $5, monitoring_frequency = $6, joining_and_leaving = $7 WHERE id = $8",
            params);
    });
}

Result<Partner> SqlStore::AddPartner(const Caller& caller, std::string_view id, const Partner& partner,
                                     const AuditEntry& audit) {
    std::optional<Partner> added;
    auto done = Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const bool is_person = partner.kind == PartnerKind::kPerson;
        const std::string member = is_person ? partner.person_id.value_or("") : partner.organisation_id.value_or("");
        const SqlValue member_key[] = {member};
        auto exists =
            Exists(*db_, is_person ? "SELECT 1 FROM people WHERE id = $1" : "SELECT 1 FROM organisations WHERE id = $1",
                   member_key);
        if (!exists) return std::unexpected(std::move(exists.error()));
        if (!*exists) {
            return Fail(ErrorCode::kInvalidArgument, is_person ? "Onbekende persoon" : "Onbekende organisatie",
                        is_person ? "person_id" : "organisation_id");
        }
        const SqlValue dup_key[] = {id, member};
        auto duplicate =
            Exists(*db_,
                   is_person ? "SELECT 1 FROM partners WHERE collaboration_id = $1 AND person_id = $2"
                             : "SELECT 1 FROM partners WHERE collaboration_id = $1 AND organisation_id = $2",
                   dup_key);
        if (!duplicate) return std::unexpected(std::move(duplicate.error()));
        if (*duplicate) return Fail(ErrorCode::kConflict, "Deze partner doet al mee aan de samenwerking");
        const std::string person_role = partner.person_role ? PersonRoleName(*partner.person_role) : "";
        const SqlValue params[] = {partner.id,
                                   id,
                                   PartnerKindName(partner.kind),
                                   Nullable(partner.organisation_id),
                                   Nullable(partner.person_id),
                                   partner.person_role ? SqlValue(std::string_view(person_role)) : SqlValue(),
                                   CollaborationRoleName(partner.role),
                                   partner.joined_at};
        auto inserted = db_->Exec(
            "INSERT INTO partners (id, collaboration_id, kind, organisation_id, person_id, person_role, role, "
            "joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            params);
        if (!inserted) return inserted;
        std::vector<Partner> found;
        const SqlValue key[] = {partner.id};
        auto read =
            db_->Exec(std::string(kPartnerColumns) + " WHERE p.id = $1", key, sql::AppendTo(found, &PartnerFromRow));
        if (!read) return read;
        if (!found.empty()) added = std::move(found.front());
        return {};
    });
    if (!done) return std::unexpected(std::move(done.error()));
    if (!added) return Fail(ErrorCode::kInternal, "partner: not found after adding it");
    return *added;
}

Result<void> SqlStore::RemovePartner(const Caller& caller, std::string_view id, std::string_view partner_id,
                                     const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        std::optional<std::string> role;
        std::int64_t coordinators = 0;
        const SqlValue params[] = {id, partner_id};
        auto ran = db_->Exec(
            "SELECT role, (SELECT COUNT(*) FROM partners WHERE collaboration_id = $1 AND role = 'coordinator') "
            "FROM partners WHERE collaboration_id = $1 AND id = $2",
            params, [&](const SqlRow& row) -> Result<void> {
                role = row.Text(0);
                coordinators = row.Integer(1).value_or(0);
                return {};
            });
        if (!ran) return ran;
        if (!role) return Fail(ErrorCode::kNotFound, "Partner niet gevonden");
        if (*role == "coordinator" && coordinators <= 1) {
            return Fail(ErrorCode::kConflict, "De laatste coördinator kan niet weg; maak eerst een ander coördinator");
        }
        return db_->Exec("DELETE FROM partners WHERE collaboration_id = $1 AND id = $2", params);
    });
}

Result<std::vector<EvaluationRound>> SqlStore::EvaluationRounds(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<EvaluationRound> rounds;
    const SqlValue params[] = {(*membership)->partner_id, id};
    auto ran = db_->Exec(
        "SELECT r.id, r.collaboration_id, r.title, r.opened_at, r.closed, "
        "(SELECT COUNT(*) FROM evaluation_responses x WHERE x.round_id = r.id), "
        "(SELECT COUNT(*) FROM evaluation_responses x WHERE x.round_id = r.id AND x.partner_id = $1) "
        "FROM evaluation_rounds r WHERE r.collaboration_id = $2 ORDER BY r.opened_at DESC, r.id DESC",
        params, sql::AppendTo(rounds, &RoundFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    return rounds;
}

Result<void> SqlStore::CreateEvaluationRound(const Caller& caller, const EvaluationRound& round,
                                             const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, round.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue params[] = {round.id, round.collaboration_id, round.title, round.opened_at};
        return db_->Exec(
            "INSERT INTO evaluation_rounds (id, collaboration_id, title, opened_at, closed) VALUES ($1, $2, $3, $4, 0)",
            params);
    });
}

Result<EvaluationRoundData> SqlStore::LoadEvaluationRound(const Caller& caller, std::string_view id,
                                                          std::string_view round_id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<EvaluationRound> rounds;
    const SqlValue params[] = {(*membership)->partner_id, id, round_id};
    auto ran = db_->Exec(
        "SELECT r.id, r.collaboration_id, r.title, r.opened_at, r.closed, "
        "(SELECT COUNT(*) FROM evaluation_responses x WHERE x.round_id = r.id), "
        "(SELECT COUNT(*) FROM evaluation_responses x WHERE x.round_id = r.id AND x.partner_id = $1) "
        "FROM evaluation_rounds r WHERE r.collaboration_id = $2 AND r.id = $3",
        params, sql::AppendTo(rounds, &RoundFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    if (rounds.empty()) return Fail(ErrorCode::kNotFound, "Evaluatieronde niet gevonden");
    EvaluationRoundData data;
    data.round = std::move(rounds.front());
    auto responses = LoadResponses(*db_, round_id);
    if (!responses) return std::unexpected(std::move(responses.error()));
    data.responses = std::move(*responses);
    std::optional<std::string> previous_id;
    const SqlValue before[] = {id, data.round.opened_at, round_id};
    auto previous = db_->Exec(
        "SELECT id FROM evaluation_rounds WHERE collaboration_id = $1 AND (opened_at < $2 OR (opened_at = $2 AND "
        "id < $3)) ORDER BY opened_at DESC, id DESC LIMIT 1",
        before, [&previous_id](const SqlRow& row) -> Result<void> {
            previous_id = row.Text(0);
            return {};
        });
    if (!previous) return std::unexpected(std::move(previous.error()));
    if (previous_id) {
        auto earlier = LoadResponses(*db_, *previous_id);
        if (!earlier) return std::unexpected(std::move(earlier.error()));
        data.previous = std::move(*earlier);
    }
    return data;
}

Result<void> SqlStore::SubmitEvaluationResponse(const Caller& caller, std::string_view id, std::string_view round_id,
                                                const EvaluationResponse& response, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto membership = RequireRole(*db_, caller, id, CollaborationRole::kPartner);
        if (!membership) return std::unexpected(std::move(membership.error()));
        std::optional<bool> closed;
        const SqlValue round_key[] = {id, round_id};
        auto ran = db_->Exec("SELECT closed FROM evaluation_rounds WHERE collaboration_id = $1 AND id = $2", round_key,
                             [&closed](const SqlRow& row) -> Result<void> {
                                 closed = row.Integer(0).value_or(0) != 0;
                                 return {};
                             });
        if (!ran) return ran;
        if (!closed) return Fail(ErrorCode::kNotFound, "Evaluatieronde niet gevonden");
        if (*closed) return Fail(ErrorCode::kConflict, "Deze evaluatieronde is gesloten");
        const SqlValue key[] = {round_id, membership->partner_id};
        if (auto r = db_->Exec("DELETE FROM evaluation_scores WHERE round_id = $1 AND partner_id = $2", key); !r)
            return r;
        if (auto r = db_->Exec("DELETE FROM evaluation_responses WHERE round_id = $1 AND partner_id = $2", key); !r) {
            return r;
        }
        const SqlValue head[] = {round_id, membership->partner_id, caller.person_id,
                                 std::int64_t{response.is_signed ? 1 : 0}, audit.at};
        auto inserted = db_->Exec(
            "INSERT INTO evaluation_responses (round_id, partner_id, person_id, signed, submitted_at) VALUES ($1, $2, "
            "$3, $4, $5)",
            head);
        if (!inserted) return inserted;
        for (const ElementScore& score : response.scores) {
            const SqlValue row[] = {round_id, membership->partner_id, EvaluationElementName(score.element),
                                    std::int64_t{score.score}, score.comment};
            auto added = db_->Exec(
                "INSERT INTO evaluation_scores (round_id, partner_id, element, score, comment) VALUES ($1, $2, $3, $4, "
                "$5)",
                row);
            if (!added) return added;
        }
        return {};
    });
}

Result<void> SqlStore::CloseEvaluationRound(const Caller& caller, std::string_view id, std::string_view round_id,
                                            const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {id, round_id};
        auto exists = Exists(*db_, "SELECT 1 FROM evaluation_rounds WHERE collaboration_id = $1 AND id = $2", key);
        if (!exists) return std::unexpected(std::move(exists.error()));
        if (!*exists) return Fail(ErrorCode::kNotFound, "Evaluatieronde niet gevonden");
        return db_->Exec("UPDATE evaluation_rounds SET closed = 1 WHERE collaboration_id = $1 AND id = $2", key);
    });
}

Result<void> SqlStore::AppendAudit(const AuditEntry& audit) { return Audited(*db_, audit, {}); }

Result<std::vector<AuditRecord>> SqlStore::Audit(const Caller& caller, const AuditQuery& query) {
    if (!caller.platform_admin) return Fail(ErrorCode::kForbidden, "Alleen platformbeheerders zien het auditlogboek");
    std::string text(kAuditColumns);
    std::vector<SqlValue> params;
    std::vector<std::string> conditions;
    auto add = [&](const std::string& value, std::string_view condition) {
        if (value.empty()) return;
        params.emplace_back(std::string_view(value));
        conditions.push_back(fmt::format("{} ${}", condition, params.size()));
    };
    add(query.person, "person_id =");
    add(query.object, "object_id =");
    add(query.from, "at >=");
    add(query.to, "at <=");
    for (std::size_t i = 0; i < conditions.size(); ++i) text += (i == 0 ? " WHERE " : " AND ") + conditions[i];
    const int limit = std::clamp(query.limit, 1, kMaxAuditLimit);
    text += fmt::format(" ORDER BY seq DESC LIMIT {}", limit);
    std::vector<AuditRecord> records;
    auto ran = db_->Exec(text, params, sql::AppendTo(records, &AuditFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    return records;
}

Result<void> SqlStore::ForEachAuditRecord(const std::function<Result<void>(const AuditRecord&)>& visit) {
    return db_->Exec(std::string(kAuditColumns) + " ORDER BY seq", {}, [&visit](const SqlRow& row) -> Result<void> {
        auto record = AuditFromRow(row);
        if (!record) return std::unexpected(std::move(record.error()));
        return visit(*record);
    });
}

}  // namespace kompas
