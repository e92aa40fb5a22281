// The SqlStore's evaluation rounds of a collaboration and their scored responses (block 0). Every
// change takes the one accounts write lock, checks the caller's partnership in SQL, makes the
// change and appends its audit record, all in one transaction.
#include <string>
#include <vector>

#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

Result<EvaluationRound> RoundFromRow(const SqlRow& row) {
    return EvaluationRound{row.Text(0),
                           row.Text(1),
                           row.Text(2),
                           row.Text(3),
                           row.Integer(4).value_or(0) != 0,
                           row.Integer(5).value_or(0),
                           row.Integer(6).value_or(0) > 0};
}

// $1 is the caller's partner id, for my_response_submitted.
constexpr std::string_view kRoundColumns =
    "SELECT r.id, r.collaboration_id, r.title, r.opened_at, r.closed, "
    "(SELECT COUNT(*) FROM evaluation_responses x WHERE x.round_id = r.id), "
    "(SELECT COUNT(*) FROM evaluation_responses x WHERE x.round_id = r.id AND x.partner_id = $1) "
    "FROM evaluation_rounds r";

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

Result<std::vector<EvaluationRound>> SqlStore::EvaluationRounds(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<EvaluationRound> rounds;
    const SqlValue params[] = {(*membership)->partner_id, id};
    auto ran =
        db_->Exec(std::string(kRoundColumns) + " WHERE r.collaboration_id = $2 ORDER BY r.opened_at DESC, r.id DESC",
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
    auto ran = db_->Exec(std::string(kRoundColumns) + " WHERE r.collaboration_id = $2 AND r.id = $3", params,
                         sql::AppendTo(rounds, &RoundFromRow));
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

}  // namespace kompas
