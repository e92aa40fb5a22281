// The SqlStore's quality dialogues (block 6). Like the actions part: every change takes the one
// accounts write lock, checks the caller's partnership in SQL, makes the change and appends its
// audit record, all in one transaction.
#include <map>
#include <vector>

#include "store/sql_access.hpp"
#include "store/sql_store.hpp"

namespace kompas {
namespace {

constexpr std::string_view kNotFoundDialogue = "Kwaliteitsdialoog niet gevonden";

Result<void> Ok() { return {}; }

// The dialogues of collaboration `id` with participants, items and answers, by held_on, id.
Result<std::vector<Dialogue>> LoadDialogues(SqlDatabase& db, std::string_view id) {
    std::vector<Dialogue> dialogues;
    std::map<std::string, std::size_t> index;
    const SqlValue params[] = {id};
    auto ran = db.Exec(
        "SELECT id, collaboration_id, title, held_on, status, created_at, updated_at FROM dialogues WHERE "
        "collaboration_id = $1 ORDER BY held_on, id",
        params, [&](const SqlRow& row) -> Result<void> {
            Dialogue dialogue;
            dialogue.id = row.Text(0);
            dialogue.collaboration_id = row.Text(1);
            dialogue.fields.title = row.Text(2);
            dialogue.fields.held_on = row.Text(3);
            const auto status = ParseDialogueStatus(row.Text(4));
            if (!status) return Fail(ErrorCode::kInternal, "database: unknown dialogue status " + row.Text(4));
            dialogue.fields.status = *status;
            dialogue.created_at = row.Text(5);
            dialogue.updated_at = row.Text(6);
            index[dialogue.id] = dialogues.size();
            dialogues.push_back(std::move(dialogue));
            return Ok();
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    ran = db.Exec(
        "SELECT dp.dialogue_id, dp.partner_id, COALESCE(o.name, pe.name, dp.name), dp.role FROM dialogue_participants "
        "dp JOIN dialogues d ON d.id = dp.dialogue_id LEFT JOIN partners p ON p.id = dp.partner_id LEFT JOIN "
        "organisations o ON o.id = p.organisation_id LEFT JOIN people pe ON pe.id = p.person_id WHERE "
        "d.collaboration_id = $1 ORDER BY dp.dialogue_id, dp.seq",
        params, [&](const SqlRow& row) -> Result<void> {
            const auto found = index.find(row.Text(0));
            if (found == index.end()) return Ok();
            const auto role = ParseParticipantRole(row.Text(3));
            if (!role) return Fail(ErrorCode::kInternal, "database: unknown participant role " + row.Text(3));
            dialogues[found->second].fields.participants.push_back(
                DialogueParticipant{OptionalText(row, 1), row.Text(2), *role});
            return Ok();
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    std::map<std::string, std::pair<std::size_t, std::size_t>> items;  // item id -> (dialogue, item)
    ran = db.Exec(
        "SELECT i.id, i.dialogue_id, i.position, i.kind, i.indicator, i.region, i.result_id, i.municipality, "
        "i.figure, i.help_form, i.round_id, i.signal_id, i.created_at, i.organisation_id FROM dialogue_items i JOIN "
        "dialogues d ON d.id "
        "= i.dialogue_id WHERE d.collaboration_id = $1 ORDER BY i.dialogue_id, i.position, i.id",
        params, [&](const SqlRow& row) -> Result<void> {
            const auto found = index.find(row.Text(1));
            if (found == index.end()) return Ok();
            const auto kind = ParseAgendaKind(row.Text(3));
            if (!kind) return Fail(ErrorCode::kInternal, "database: unknown agenda kind " + row.Text(3));
            AgendaItem item;
            item.id = row.Text(0);
            item.dialogue_id = row.Text(1);
            item.position = static_cast<int>(row.Integer(2).value_or(0));
            item.subject = AgendaSubject{*kind,
                                         OptionalText(row, 4),
                                         OptionalText(row, 5),
                                         OptionalText(row, 6),
                                         OptionalText(row, 7),
                                         OptionalText(row, 8),
                                         OptionalText(row, 9),
                                         OptionalText(row, 10),
                                         OptionalText(row, 11),
                                         OptionalText(row, 13)};
            item.created_at = row.Text(12);
            auto& list = dialogues[found->second].items;
            items[item.id] = {found->second, list.size()};
            list.push_back(std::move(item));
            return Ok();
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    ran = db.Exec(
        "SELECT a.id, a.item_id, a.question, a.text, a.explanation_status, a.evidence, a.partner_id, "
        "COALESCE(pe.name, ''), a.created_at, a.updated_at FROM dialogue_answers a JOIN dialogue_items i ON i.id = "
        "a.item_id JOIN dialogues d ON d.id = i.dialogue_id LEFT JOIN people pe ON pe.id = a.created_by WHERE "
        "d.collaboration_id = $1 ORDER BY a.item_id, a.seq",
        params, [&](const SqlRow& row) -> Result<void> {
            const auto found = items.find(row.Text(1));
            if (found == items.end()) return Ok();
            const auto question = ParseDialogueQuestion(row.Text(2));
            const auto status = ParseExplanationStatus(row.Text(4));
            if (!question || !status) return Fail(ErrorCode::kInternal, "database: unknown answer kind");
            DialogueAnswer answer{row.Text(0), row.Text(1),          *question,   row.Text(3), *status,
                                  row.Text(5), OptionalText(row, 6), row.Text(7), row.Text(8), row.Text(9)};
            dialogues[found->second.first].items[found->second.second].answers.push_back(std::move(answer));
            return Ok();
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return dialogues;
}

Result<void> RequireDialogue(SqlDatabase& db, std::string_view id, std::string_view dialogue_id) {
    const SqlValue key[] = {id, dialogue_id};
    auto found = Exists(db, "SELECT 1 FROM dialogues WHERE collaboration_id = $1 AND id = $2", key);
    if (!found) return std::unexpected(std::move(found.error()));
    if (!*found) return Fail(ErrorCode::kNotFound, std::string(kNotFoundDialogue));
    return Ok();
}

// Checks that partner participants are partners of `id`, then writes the participants afresh.
Result<void> WriteParticipants(SqlDatabase& db, const Dialogue& dialogue) {
    for (const auto& participant : dialogue.fields.participants) {
        if (!participant.partner_id) continue;
        const SqlValue key[] = {std::string_view(dialogue.collaboration_id), std::string_view(*participant.partner_id)};
        auto found = Exists(db, "SELECT 1 FROM partners WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) {
            return Fail(ErrorCode::kInvalidArgument, "Een deelnemer is geen partner van deze samenwerking",
                        "participants");
        }
    }
    const SqlValue key[] = {std::string_view(dialogue.id)};
    if (auto done = db.Exec("DELETE FROM dialogue_participants WHERE dialogue_id = $1", key); !done) return done;
    std::int64_t seq = 0;
    for (const auto& participant : dialogue.fields.participants) {
        const SqlValue row[] = {std::string_view(dialogue.id), ++seq, Nullable(participant.partner_id),
                                std::string_view(participant.name), ParticipantRoleName(participant.role)};
        if (auto done = db.Exec(
                "INSERT INTO dialogue_participants (dialogue_id, seq, partner_id, name, role) VALUES ($1, $2, $3, "
                "$4, $5)",
                row);
            !done) {
            return done;
        }
    }
    return Ok();
}

// kInvalidArgument naming the field unless the result, round or signal belongs to `id`.
Result<void> CheckSubjectLinks(SqlDatabase& db, std::string_view id, const AgendaSubject& subject) {
    const struct {
        const std::optional<std::string>& value;
        const char* sql;
        const char* message;
        const char* field;
    } links[] = {
        {subject.result_id, "SELECT 1 FROM societal_results WHERE collaboration_id = $1 AND id = $2",
         "Dit resultaat hoort niet bij deze samenwerking", "result_id"},
        {subject.round_id, "SELECT 1 FROM evaluation_rounds WHERE collaboration_id = $1 AND id = $2",
         "Deze evaluatieronde hoort niet bij deze samenwerking", "round_id"},
        {subject.signal_id, "SELECT 1 FROM signals WHERE collaboration_id = $1 AND id = $2",
         "Dit signaal hoort niet bij deze samenwerking", "signal_id"},
        {subject.organisation_id,
         "SELECT 1 FROM partners p JOIN organisations o ON o.id = p.organisation_id WHERE p.collaboration_id = $1 AND "
         "p.organisation_id = $2 AND o.kind = 'provider'",
         "Kies een aanbieder die partner is van deze samenwerking", "organisation_id"},
    };
    for (const auto& link : links) {
        if (!link.value) continue;
        const SqlValue key[] = {id, std::string_view(*link.value)};
        auto found = Exists(db, link.sql, key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kInvalidArgument, link.message, link.field);
    }
    return Ok();
}

}  // namespace

Result<std::vector<Dialogue>> SqlStore::Dialogues(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    return LoadDialogues(*db_, id);
}

Result<void> SqlStore::CreateDialogue(const Caller& caller, const Dialogue& dialogue, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, dialogue.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue params[] = {std::string_view(dialogue.id),
                                   std::string_view(dialogue.collaboration_id),
                                   std::string_view(dialogue.fields.title),
                                   std::string_view(dialogue.fields.held_on),
                                   DialogueStatusName(dialogue.fields.status),
                                   caller.person_id,
                                   audit.at,
                                   audit.at};
        if (auto done = db_->Exec(
                "INSERT INTO dialogues (id, collaboration_id, title, held_on, status, created_by, created_at, "
                "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                params);
            !done) {
            return done;
        }
        return WriteParticipants(*db_, dialogue);
    });
}

Result<void> SqlStore::UpdateDialogue(const Caller& caller, const Dialogue& dialogue, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, dialogue.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        if (auto found = RequireDialogue(*db_, dialogue.collaboration_id, dialogue.id); !found) return found;
        const SqlValue params[] = {std::string_view(dialogue.fields.title), std::string_view(dialogue.fields.held_on),
                                   DialogueStatusName(dialogue.fields.status), audit.at, std::string_view(dialogue.id)};
        if (auto done = db_->Exec(
                "UPDATE dialogues SET title = $1, held_on = $2, status = $3, updated_at = $4 WHERE id = $5", params);
            !done) {
            return done;
        }
        return WriteParticipants(*db_, dialogue);
    });
}

Result<void> SqlStore::AddAgendaItem(const Caller& caller, std::string_view id, const AgendaItem& item,
                                     const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        if (auto found = RequireDialogue(*db_, id, item.dialogue_id); !found) return found;
        if (auto links = CheckSubjectLinks(*db_, id, item.subject); !links) return links;
        const AgendaSubject& s = item.subject;
        const SqlValue params[] = {std::string_view(item.id),  std::string_view(item.dialogue_id),
                                   AgendaKindName(s.kind),     Nullable(s.indicator),
                                   Nullable(s.region),         Nullable(s.result_id),
                                   Nullable(s.municipality),   Nullable(s.figure),
                                   Nullable(s.help_form),      Nullable(s.round_id),
                                   Nullable(s.signal_id),      audit.at,
                                   Nullable(s.organisation_id)};
        return db_->Exec(
            "INSERT INTO dialogue_items (id, dialogue_id, position, kind, indicator, region, result_id, municipality, "
            "figure, help_form, round_id, signal_id, created_at, organisation_id) VALUES ($1, $2, (SELECT "
            "COALESCE(MAX(position), 0) + 1 FROM dialogue_items WHERE dialogue_id = $2), $3, $4, $5, $6, $7, $8, $9, "
            "$10, $11, $12, $13)",
            params);
    });
}

Result<void> SqlStore::AddDialogueAnswer(const Caller& caller, std::string_view id, std::string_view dialogue_id,
                                         const DialogueAnswer& answer, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto membership = RequireRole(*db_, caller, id, CollaborationRole::kPartner);
        if (!membership) return std::unexpected(std::move(membership.error()));
        if (auto found = RequireDialogue(*db_, id, dialogue_id); !found) return found;
        const SqlValue key[] = {dialogue_id, std::string_view(answer.item_id)};
        auto item = Exists(*db_, "SELECT 1 FROM dialogue_items WHERE dialogue_id = $1 AND id = $2", key);
        if (!item) return std::unexpected(std::move(item.error()));
        if (!*item) return Fail(ErrorCode::kNotFound, "Agendapunt niet gevonden");
        const SqlValue params[] = {std::string_view(answer.id),
                                   std::string_view(answer.item_id),
                                   DialogueQuestionName(answer.question),
                                   std::string_view(answer.text),
                                   ExplanationStatusName(answer.explanation_status),
                                   std::string_view(answer.evidence),
                                   std::string_view(membership->partner_id),
                                   caller.person_id,
                                   audit.at,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO dialogue_answers (id, item_id, seq, question, text, explanation_status, evidence, partner_id, "
            "created_by, created_at, updated_at) VALUES ($1, $2, (SELECT COALESCE(MAX(seq), 0) + 1 FROM "
            "dialogue_answers WHERE item_id = $2), $3, $4, $5, $6, $7, $8, $9, $10)",
            params);
    });
}

Result<void> SqlStore::MarkDialogueAnswer(const Caller& caller, std::string_view id, std::string_view dialogue_id,
                                          std::string_view answer_id, ExplanationStatus status,
                                          std::string_view evidence, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kPartner); !role) {
            return std::unexpected(std::move(role.error()));
        }
        if (auto found = RequireDialogue(*db_, id, dialogue_id); !found) return found;
        const SqlValue key[] = {dialogue_id, answer_id};
        auto answer = Exists(*db_,
                             "SELECT 1 FROM dialogue_answers a JOIN dialogue_items i ON i.id = a.item_id WHERE "
                             "i.dialogue_id = $1 AND a.id = $2",
                             key);
        if (!answer) return std::unexpected(std::move(answer.error()));
        if (!*answer) return Fail(ErrorCode::kNotFound, "Antwoord niet gevonden");
        const SqlValue params[] = {ExplanationStatusName(status), evidence, audit.at, answer_id};
        return db_->Exec(
            "UPDATE dialogue_answers SET explanation_status = $1, evidence = $2, updated_at = $3 WHERE id = $4",
            params);
    });
}

Result<std::vector<FollowUpQuestion>> SqlStore::FollowUpQuestions(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<FollowUpQuestion> questions;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT q.id, q.collaboration_id, q.text, q.dialogue_id, q.item_id, COALESCE(pe.name, ''), q.created_at FROM "
        "follow_up_questions q LEFT JOIN people pe ON pe.id = q.created_by WHERE q.collaboration_id = $1 ORDER BY "
        "q.seq",
        params, [&](const SqlRow& row) -> Result<void> {
            questions.push_back(FollowUpQuestion{row.Text(0), row.Text(1), row.Text(2), OptionalText(row, 3),
                                                 OptionalText(row, 4), row.Text(5), row.Text(6)});
            return Ok();
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return questions;
}

Result<void> SqlStore::AddFollowUpQuestion(const Caller& caller, const FollowUpQuestion& question,
                                           const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, question.collaboration_id, CollaborationRole::kPartner); !role) {
            return std::unexpected(std::move(role.error()));
        }
        if (question.dialogue_id) {
            const SqlValue key[] = {std::string_view(question.collaboration_id),
                                    std::string_view(*question.dialogue_id)};
            auto found = Exists(*db_, "SELECT 1 FROM dialogues WHERE collaboration_id = $1 AND id = $2", key);
            if (!found) return std::unexpected(std::move(found.error()));
            if (!*found) {
                return Fail(ErrorCode::kInvalidArgument, "Deze dialoog hoort niet bij deze samenwerking",
                            "dialogue_id");
            }
        }
        if (question.item_id) {
            const SqlValue key[] = {std::string_view(question.collaboration_id), std::string_view(*question.item_id)};
            auto found = Exists(*db_,
                                "SELECT 1 FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id WHERE "
                                "d.collaboration_id = $1 AND i.id = $2",
                                key);
            if (!found) return std::unexpected(std::move(found.error()));
            if (!*found) {
                return Fail(ErrorCode::kInvalidArgument, "Dit agendapunt hoort niet bij deze samenwerking", "item_id");
            }
        }
        const SqlValue params[] = {std::string_view(question.id),
                                   std::string_view(question.collaboration_id),
                                   std::string_view(question.text),
                                   Nullable(question.dialogue_id),
                                   Nullable(question.item_id),
                                   caller.person_id,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO follow_up_questions (id, collaboration_id, seq, text, dialogue_id, item_id, created_by, "
            "created_at) VALUES ($1, $2, (SELECT COALESCE(MAX(seq), 0) + 1 FROM follow_up_questions WHERE "
            "collaboration_id = $2), $3, $4, $5, $6, $7)",
            params);
    });
}

}  // namespace kompas
