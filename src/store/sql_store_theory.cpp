// The SqlStore's theory of change (block 3A). Like the ambitions part: every change takes the one
// accounts write lock, checks the caller's partnership in SQL, checks that every id it links
// belongs to the same collaboration, makes the change and appends its audit record, all in one
// transaction. Who may change an assumption (its holder or the coordinator) is decided here too.
#include <string>

#include "store/sql_access.hpp"
#include "store/sql_store.hpp"

namespace kompas {
namespace {

// kInvalidArgument (field) unless `sql` ($1 collaboration, $2 the id) finds `item`.
Result<void> RequireIn(SqlDatabase& db, std::string_view sql, std::string_view id, std::string_view item,
                       const char* field, const char* message) {
    const SqlValue params[] = {id, item};
    auto found = Exists(db, sql, params);
    if (!found) return std::unexpected(std::move(found.error()));
    if (!*found) return Fail(ErrorCode::kInvalidArgument, message, field);
    return {};
}

// The links of an assumption, each checked against the collaboration.
Result<void> CheckLinks(SqlDatabase& db, const Assumption& assumption) {
    const std::string& id = assumption.collaboration_id;
    if (assumption.activity_id) {
        if (auto ok =
                RequireIn(db, "SELECT 1 FROM activities WHERE collaboration_id = $1 AND id = $2", id,
                          *assumption.activity_id, "activity_id", "Deze activiteit hoort niet bij deze samenwerking");
            !ok) {
            return ok;
        }
    }
    if (auto ok = RequireIn(db, "SELECT 1 FROM intermediate_outcomes WHERE collaboration_id = $1 AND id = $2", id,
                            assumption.intermediate_outcome_id, "intermediate_outcome_id",
                            "Dit tussenresultaat hoort niet bij deze samenwerking");
        !ok) {
        return ok;
    }
    return RequireIn(db, "SELECT 1 FROM societal_results WHERE collaboration_id = $1 AND id = $2", id,
                     assumption.result_id, "result_id", "Dit resultaat hoort niet bij deze samenwerking");
}

// The holder an assumption gets: the caller's own partnership, or (coordinator only) another
// partner of the collaboration.
Result<std::string> HolderFor(SqlDatabase& db, const Membership& membership, const Assumption& assumption,
                              const std::string& current) {
    const std::string& wanted = assumption.holder_partner_id;
    if (wanted.empty()) return current.empty() ? membership.partner_id : current;
    if (wanted == (current.empty() ? membership.partner_id : current)) return wanted;
    if (membership.role != CollaborationRole::kCoordinator) {
        return Fail(ErrorCode::kForbidden,
                    "Alleen de coördinator mag een veronderstelling vastleggen namens een andere partner");
    }
    if (auto ok = RequireIn(db, "SELECT 1 FROM partners WHERE collaboration_id = $1 AND id = $2",
                            assumption.collaboration_id, wanted, "holder_partner_id",
                            "Alleen partners van de samenwerking kunnen een veronderstelling hebben");
        !ok) {
        return std::unexpected(std::move(ok.error()));
    }
    return wanted;
}

// The holder of an existing assumption, after checking that the caller may change it.
Result<std::string> RequireEditable(SqlDatabase& db, const Membership& membership, std::string_view id,
                                    std::string_view assumption_id) {
    std::optional<std::string> holder;
    const SqlValue key[] = {id, assumption_id};
    auto ran = db.Exec("SELECT holder_partner_id FROM assumptions WHERE collaboration_id = $1 AND id = $2", key,
                       [&holder](const SqlRow& row) -> Result<void> {
                           holder = row.Text(0);
                           return {};
                       });
    if (!ran) return std::unexpected(std::move(ran.error()));
    if (!holder) return Fail(ErrorCode::kNotFound, "Veronderstelling niet gevonden");
    if (membership.role != CollaborationRole::kCoordinator && *holder != membership.partner_id) {
        return Fail(ErrorCode::kForbidden,
                    "Alleen de partner die deze veronderstelling heeft, of de coördinator, mag haar wijzigen");
    }
    return *holder;
}

constexpr std::string_view kPartnerName =
    "COALESCE(o.name, pe.name, '') FROM partners p LEFT JOIN organisations o ON o.id = p.organisation_id "
    "LEFT JOIN people pe ON pe.id = p.person_id";

}  // namespace

Result<TheoryRecords> SqlStore::LoadTheory(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    TheoryRecords records;
    records.my_partner_id = (*membership)->partner_id;
    records.my_role = (*membership)->role;
    const SqlValue params[] = {id};
    auto outcomes = db_->Exec(
        "SELECT id, collaboration_id, name, indicator, region FROM intermediate_outcomes WHERE collaboration_id = $1 "
        "ORDER BY name, id",
        params, [&records](const SqlRow& row) -> Result<void> {
            records.intermediate_outcomes.push_back(IntermediateOutcome{
                row.Text(0), row.Text(1), row.Text(2), OptionalText(row, 3), OptionalText(row, 4), std::nullopt});
            return {};
        });
    if (!outcomes) return std::unexpected(std::move(outcomes.error()));
    auto assumptions = db_->Exec(
        "SELECT a.id, a.collaboration_id, a.holder_partner_id, "
        "(SELECT " +
            std::string(kPartnerName) +
            " WHERE p.id = a.holder_partner_id), "
            "a.activity_id, act.name, a.intermediate_outcome_id, a.result_id, a.explanation, a.evidence_strength, "
            "a.evidence_source, a.open_questions, a.expected_direction, a.created_by, a.created_at, a.updated_at "
            "FROM assumptions a LEFT JOIN activities act ON act.id = a.activity_id "
            "WHERE a.collaboration_id = $1 ORDER BY a.created_at, a.id",
        params, [&records](const SqlRow& row) -> Result<void> {
            Assumption assumption;
            assumption.id = row.Text(0);
            assumption.collaboration_id = row.Text(1);
            assumption.holder_partner_id = row.Text(2);
            assumption.holder_name = row.Text(3);
            assumption.activity_id = OptionalText(row, 4);
            assumption.activity_name = OptionalText(row, 5);
            assumption.intermediate_outcome_id = row.Text(6);
            assumption.result_id = row.Text(7);
            assumption.explanation = row.Text(8);
            const auto strength = ParseEvidenceStrength(row.Text(9));
            if (!strength) return Fail(ErrorCode::kInternal, "database: unknown evidence strength " + row.Text(9));
            assumption.evidence = Evidence{*strength, row.Text(10)};
            assumption.open_questions = row.Text(11);
            if (!row.IsNull(12)) {
                assumption.expected_direction = ParseExpectedDirection(row.Text(12));
                if (!assumption.expected_direction) {
                    return Fail(ErrorCode::kInternal, "database: unknown expected direction " + row.Text(12));
                }
            }
            assumption.created_by = row.Text(13);
            assumption.created_at = row.Text(14);
            assumption.updated_at = row.Text(15);
            records.assumptions.push_back(std::move(assumption));
            return {};
        });
    if (!assumptions) return std::unexpected(std::move(assumptions.error()));
    auto activities = db_->Exec("SELECT id, name FROM activities WHERE collaboration_id = $1 ORDER BY name, id", params,
                                [&records](const SqlRow& row) -> Result<void> {
                                    records.activities.push_back(ActivityName{row.Text(0), row.Text(1)});
                                    return {};
                                });
    if (!activities) return std::unexpected(std::move(activities.error()));
    return records;
}

Result<void> SqlStore::CreateIntermediateOutcome(const Caller& caller, const IntermediateOutcome& outcome,
                                                 const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, outcome.collaboration_id, CollaborationRole::kPartner); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {outcome.collaboration_id, outcome.name};
        auto taken = Exists(
            *db_, "SELECT 1 FROM intermediate_outcomes WHERE collaboration_id = $1 AND LOWER(name) = LOWER($2)", key);
        if (!taken) return std::unexpected(std::move(taken.error()));
        if (*taken) {
            return Fail(ErrorCode::kConflict,
                        "Deze samenwerking heeft al een tussenresultaat met deze naam; kies dat uit de lijst", "name");
        }
        const SqlValue params[] = {outcome.id,
                                   outcome.collaboration_id,
                                   outcome.name,
                                   Nullable(outcome.indicator),
                                   Nullable(outcome.region),
                                   caller.person_id,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO intermediate_outcomes (id, collaboration_id, name, indicator, region, created_by, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7)",
            params);
    });
}

Result<void> SqlStore::CreateAssumption(const Caller& caller, const Assumption& assumption, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto membership = RequireRole(*db_, caller, assumption.collaboration_id, CollaborationRole::kPartner);
        if (!membership) return std::unexpected(std::move(membership.error()));
        auto holder = HolderFor(*db_, *membership, assumption, "");
        if (!holder) return std::unexpected(std::move(holder.error()));
        if (auto ok = CheckLinks(*db_, assumption); !ok) return ok;
        const std::optional<std::string> direction =
            assumption.expected_direction
                ? std::optional<std::string>(ExpectedDirectionName(*assumption.expected_direction))
                : std::nullopt;
        const SqlValue params[] = {assumption.id,
                                   assumption.collaboration_id,
                                   *holder,
                                   Nullable(assumption.activity_id),
                                   assumption.intermediate_outcome_id,
                                   assumption.result_id,
                                   assumption.explanation,
                                   EvidenceStrengthName(assumption.evidence.strength),
                                   assumption.evidence.source,
                                   assumption.open_questions,
                                   Nullable(direction),
                                   caller.person_id,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO assumptions (id, collaboration_id, holder_partner_id, activity_id, intermediate_outcome_id, "
            "result_id, explanation, evidence_strength, evidence_source, open_questions, expected_direction, "
            "created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)",
            params);
    });
}

Result<void> SqlStore::UpdateAssumption(const Caller& caller, const Assumption& assumption, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto membership = RequireRole(*db_, caller, assumption.collaboration_id, CollaborationRole::kPartner);
        if (!membership) return std::unexpected(std::move(membership.error()));
        auto current = RequireEditable(*db_, *membership, assumption.collaboration_id, assumption.id);
        if (!current) return std::unexpected(std::move(current.error()));
        auto holder = HolderFor(*db_, *membership, assumption, *current);
        if (!holder) return std::unexpected(std::move(holder.error()));
        if (auto ok = CheckLinks(*db_, assumption); !ok) return ok;
        const std::optional<std::string> direction =
            assumption.expected_direction
                ? std::optional<std::string>(ExpectedDirectionName(*assumption.expected_direction))
                : std::nullopt;
        const SqlValue params[] = {*holder,
                                   Nullable(assumption.activity_id),
                                   assumption.intermediate_outcome_id,
                                   assumption.result_id,
                                   assumption.explanation,
                                   EvidenceStrengthName(assumption.evidence.strength),
                                   assumption.evidence.source,
                                   assumption.open_questions,
                                   Nullable(direction),
                                   audit.at,
                                   assumption.collaboration_id,
                                   assumption.id};
        return db_->Exec(
            "UPDATE assumptions SET holder_partner_id = $1, activity_id = $2, intermediate_outcome_id = $3, "
            "result_id = $4, explanation = $5, evidence_strength = $6, evidence_source = $7, open_questions = $8, "
            "expected_direction = $9, updated_at = $10 WHERE collaboration_id = $11 AND id = $12",
            params);
    });
}

Result<void> SqlStore::DeleteAssumption(const Caller& caller, std::string_view id, std::string_view assumption_id,
                                        const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto membership = RequireRole(*db_, caller, id, CollaborationRole::kPartner);
        if (!membership) return std::unexpected(std::move(membership.error()));
        if (auto editable = RequireEditable(*db_, *membership, id, assumption_id); !editable) {
            return std::unexpected(std::move(editable.error()));
        }
        const SqlValue key[] = {id, assumption_id};
        return db_->Exec("DELETE FROM assumptions WHERE collaboration_id = $1 AND id = $2", key);
    });
}

}  // namespace kompas
