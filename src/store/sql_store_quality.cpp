// The SqlStore's provider quality, contract lots and effectiveness questions (block 4). Like the
// ambitions part: every change takes the one accounts write lock, checks access in SQL, makes the
// change and appends its audit record, all in one transaction. A provider's own record is not
// collaboration-scoped: who may read it is whoever shares a collaboration with it (checked here
// in SQL, never in a handler).
#include <map>
#include <set>

#include "store/sql_access.hpp"
#include "store/sql_store.hpp"

namespace kompas {
namespace {

constexpr std::string_view kNotFoundProvider = "Aanbieder niet gevonden";

// The caller's own organisation, or a collaboration in which the caller (or the caller's
// organisation) and the provider are both partners.
constexpr std::string_view kSharesCollaboration =
    "SELECT 1 FROM partners mine JOIN partners theirs ON theirs.collaboration_id = mine.collaboration_id "
    "WHERE theirs.organisation_id = $1 AND ((mine.organisation_id IS NOT NULL AND mine.organisation_id = $2) OR "
    "(mine.person_id IS NOT NULL AND mine.person_id = $3))";

constexpr std::string_view kProviderPartnerOf =
    "SELECT 1 FROM partners p JOIN organisations o ON o.id = p.organisation_id WHERE p.collaboration_id = $1 AND "
    "p.organisation_id = $2 AND o.kind = 'provider'";

// kNotFound unless `organisation_id` is a provider the caller may read.
Result<void> RequireReadable(SqlDatabase& db, const Caller& caller, std::string_view organisation_id) {
    const SqlValue key[] = {organisation_id};
    auto provider = Exists(db, "SELECT 1 FROM organisations WHERE id = $1 AND kind = 'provider'", key);
    if (!provider) return std::unexpected(std::move(provider.error()));
    if (!*provider) return Fail(ErrorCode::kNotFound, std::string(kNotFoundProvider));
    if (caller.platform_admin || caller.organisation_id == organisation_id) return {};
    const SqlValue params[] = {organisation_id, caller.organisation_id, caller.person_id};
    auto shares = Exists(db, kSharesCollaboration, params);
    if (!shares) return std::unexpected(std::move(shares.error()));
    if (!*shares) return Fail(ErrorCode::kNotFound, std::string(kNotFoundProvider));
    return {};
}

// kNotFound for those who may not read it, kForbidden for readers who may not change it.
Result<void> RequireEditable(SqlDatabase& db, const Caller& caller, std::string_view organisation_id) {
    if (auto readable = RequireReadable(db, caller, organisation_id); !readable) return readable;
    if (caller.platform_admin || caller.organisation_id == organisation_id) return {};
    return Fail(ErrorCode::kForbidden, "Alleen de aanbieder zelf legt zijn kwaliteitsvoorwaarden vast");
}

Result<void> WriteLotLinks(SqlDatabase& db, const ContractLot& lot) {
    const SqlValue key[] = {lot.id};
    for (const char* sql :
         {"DELETE FROM lot_conditions WHERE lot_id = $1", "DELETE FROM lot_providers WHERE lot_id = $1"}) {
        if (auto deleted = db.Exec(sql, key); !deleted) return deleted;
    }
    for (const auto& provider : lot.providers) {
        const SqlValue params[] = {lot.collaboration_id, provider};
        auto found = Exists(db, kProviderPartnerOf, params);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) {
            return Fail(ErrorCode::kInvalidArgument,
                        "Alleen aanbieders die partner zijn van de samenwerking kunnen in een perceel", "providers");
        }
    }
    std::vector<std::string> conditions;
    for (const auto condition : lot.required) conditions.emplace_back(QualityConditionName(condition));
    if (auto ok = InsertLinks(db, "INSERT INTO lot_conditions (lot_id, condition_key, position) VALUES ($1, $2, $3)",
                              lot.id, conditions);
        !ok) {
        return ok;
    }
    return InsertLinks(db, "INSERT INTO lot_providers (lot_id, organisation_id, position) VALUES ($1, $2, $3)", lot.id,
                       lot.providers);
}

}  // namespace

Result<std::vector<ConditionRecord>> SqlStore::ProviderConditions(const Caller& caller,
                                                                  std::string_view organisation_id) {
    if (auto readable = RequireReadable(*db_, caller, organisation_id); !readable) {
        return std::unexpected(std::move(readable.error()));
    }
    std::vector<ConditionRecord> records;
    const SqlValue params[] = {organisation_id};
    auto ran = db_->Exec(
        "SELECT c.condition_key, c.status, c.note, c.link, c.figure_value, c.figure_unit, COALESCE(pe.name, ''), "
        "c.confirmed_on FROM provider_conditions c LEFT JOIN people pe ON pe.id = c.confirmed_by "
        "WHERE c.organisation_id = $1 ORDER BY c.condition_key",
        params, [&records](const SqlRow& row) -> Result<void> {
            const auto condition = ParseQualityCondition(row.Text(0));
            const auto status = ParseConditionStatus(row.Text(1));
            if (!condition || !status) return Fail(ErrorCode::kInternal, "database: unknown condition or status");
            ConditionRecord record;
            record.condition = *condition;
            record.status = *status;
            record.note = row.Text(2);
            record.link = OptionalText(row, 3);
            if (auto value = row.Real(4)) record.figure = QualityFigure{*value, row.Text(5)};
            record.confirmed_by = row.Text(6);
            record.confirmed_on = row.Text(7);
            records.push_back(std::move(record));
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return records;
}

Result<bool> SqlStore::CanEditProviderConditions(const Caller& caller, std::string_view organisation_id) {
    auto editable = RequireEditable(*db_, caller, organisation_id);
    if (editable) return true;
    if (editable.error().code == ErrorCode::kForbidden) return false;
    return std::unexpected(std::move(editable.error()));
}

Result<void> SqlStore::PutProviderCondition(const Caller& caller, std::string_view organisation_id,
                                            const ConditionRecord& record, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto editable = RequireEditable(*db_, caller, organisation_id); !editable) return editable;
        const std::string confirmed_by = record.confirmed_by.value_or(caller.person_id);
        const std::string confirmed_on = record.confirmed_on.value_or("");
        const SqlValue figure_value = record.figure ? SqlValue(record.figure->value) : SqlValue();
        const SqlValue figure_unit = record.figure ? SqlValue(std::string_view(record.figure->unit)) : SqlValue();
        const SqlValue params[] = {organisation_id,
                                   QualityConditionName(record.condition),
                                   ConditionStatusName(record.status),
                                   record.note,
                                   Nullable(record.link),
                                   figure_value,
                                   figure_unit,
                                   confirmed_by,
                                   confirmed_on,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO provider_conditions (organisation_id, condition_key, status, note, link, figure_value, "
            "figure_unit, confirmed_by, confirmed_on, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
            "ON CONFLICT (organisation_id, condition_key) DO UPDATE SET status = excluded.status, "
            "note = excluded.note, link = excluded.link, figure_value = excluded.figure_value, "
            "figure_unit = excluded.figure_unit, confirmed_by = excluded.confirmed_by, "
            "confirmed_on = excluded.confirmed_on, updated_at = excluded.updated_at",
            params);
    });
}

Result<std::vector<ContractLot>> SqlStore::ContractLots(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<ContractLot> lots;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT id, collaboration_id, name, description FROM contract_lots WHERE collaboration_id = $1 "
        "ORDER BY name, id",
        params, [&lots](const SqlRow& row) -> Result<void> {
            lots.push_back(ContractLot{row.Text(0), row.Text(1), row.Text(2), row.Text(3), {}, {}});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    std::map<std::string, ContractLot*> by_id;
    for (auto& lot : lots) by_id[lot.id] = &lot;
    auto conditions = db_->Exec(
        "SELECT l.lot_id, l.condition_key FROM lot_conditions l JOIN contract_lots c ON c.id = l.lot_id "
        "WHERE c.collaboration_id = $1 ORDER BY l.lot_id, l.position",
        params, [&by_id](const SqlRow& row) -> Result<void> {
            const auto condition = ParseQualityCondition(row.Text(1));
            if (!condition) return Fail(ErrorCode::kInternal, "database: unknown condition " + row.Text(1));
            if (auto it = by_id.find(row.Text(0)); it != by_id.end()) it->second->required.push_back(*condition);
            return {};
        });
    if (!conditions) return std::unexpected(std::move(conditions.error()));
    auto providers = db_->Exec(
        "SELECT l.lot_id, l.organisation_id FROM lot_providers l JOIN contract_lots c ON c.id = l.lot_id "
        "WHERE c.collaboration_id = $1 ORDER BY l.lot_id, l.position",
        params, [&by_id](const SqlRow& row) -> Result<void> {
            if (auto it = by_id.find(row.Text(0)); it != by_id.end()) it->second->providers.push_back(row.Text(1));
            return {};
        });
    if (!providers) return std::unexpected(std::move(providers.error()));
    return lots;
}

Result<void> SqlStore::CreateContractLot(const Caller& caller, const ContractLot& lot, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, lot.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue params[] = {lot.id, lot.collaboration_id, lot.name, lot.description, audit.at};
        if (auto inserted = db_->Exec("INSERT INTO contract_lots (id, collaboration_id, name, description, created_at) "
                                      "VALUES ($1, $2, $3, $4, $5)",
                                      params);
            !inserted) {
            return inserted;
        }
        return WriteLotLinks(*db_, lot);
    });
}

Result<void> SqlStore::UpdateContractLot(const Caller& caller, const ContractLot& lot, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, lot.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {lot.collaboration_id, lot.id};
        auto found = Exists(*db_, "SELECT 1 FROM contract_lots WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Perceel niet gevonden");
        const SqlValue params[] = {lot.name, lot.description, lot.collaboration_id, lot.id};
        if (auto updated = db_->Exec(
                "UPDATE contract_lots SET name = $1, description = $2 WHERE collaboration_id = $3 AND id = $4", params);
            !updated) {
            return updated;
        }
        return WriteLotLinks(*db_, lot);
    });
}

Result<std::vector<EffectivenessConversation>> SqlStore::EffectivenessConversations(const Caller& caller,
                                                                                    std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<EffectivenessConversation> conversations;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT o.id, o.name, o.agb FROM partners p JOIN organisations o ON o.id = p.organisation_id "
        "WHERE p.collaboration_id = $1 AND o.kind = 'provider' ORDER BY o.name, o.id",
        params, [&conversations, id](const SqlRow& row) -> Result<void> {
            EffectivenessConversation conversation;
            conversation.collaboration_id = std::string(id);
            conversation.organisation_id = row.Text(0);
            conversation.name = row.Text(1);
            conversation.agb = OptionalText(row, 2);
            for (const auto question : kEffectivenessQuestions) {
                conversation.answers.push_back(EffectivenessAnswer{question, "", "", std::nullopt, std::nullopt});
            }
            conversations.push_back(std::move(conversation));
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    std::map<std::string, EffectivenessConversation*> by_id;
    for (auto& conversation : conversations) by_id[conversation.organisation_id] = &conversation;
    auto answers = db_->Exec(
        "SELECT a.organisation_id, a.question, a.answer, a.evidence, a.answered_on, COALESCE(pe.name, '') "
        "FROM effectiveness_answers a LEFT JOIN people pe ON pe.id = a.recorded_by WHERE a.collaboration_id = $1",
        params, [&by_id](const SqlRow& row) -> Result<void> {
            const auto question = ParseEffectivenessQuestion(row.Text(1));
            if (!question) return Fail(ErrorCode::kInternal, "database: unknown question " + row.Text(1));
            const auto it = by_id.find(row.Text(0));
            if (it == by_id.end()) return {};  // no longer a partner: not shown
            auto& answer = it->second->answers[static_cast<std::size_t>(*question)];
            answer.answer = row.Text(2);
            answer.evidence = row.Text(3);
            answer.answered_on = row.Text(4);
            answer.recorded_by = row.Text(5);
            return {};
        });
    if (!answers) return std::unexpected(std::move(answers.error()));
    return conversations;
}

Result<void> SqlStore::PutEffectivenessAnswer(const Caller& caller, std::string_view id,
                                              std::string_view organisation_id, const EffectivenessAnswer& answer,
                                              const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kPartner); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {id, organisation_id};
        auto found = Exists(*db_, kProviderPartnerOf, key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Deze aanbieder is geen partner van de samenwerking");
        const std::string recorded_by = answer.recorded_by.value_or(caller.person_id);
        const std::string answered_on = answer.answered_on.value_or("");
        const SqlValue params[] = {id,
                                   organisation_id,
                                   EffectivenessQuestionName(answer.question),
                                   answer.answer,
                                   answer.evidence,
                                   answered_on,
                                   recorded_by,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO effectiveness_answers (collaboration_id, organisation_id, question, answer, evidence, "
            "answered_on, recorded_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
            "ON CONFLICT (collaboration_id, organisation_id, question) DO UPDATE SET answer = excluded.answer, "
            "evidence = excluded.evidence, answered_on = excluded.answered_on, recorded_by = excluded.recorded_by, "
            "updated_at = excluded.updated_at",
            params);
    });
}

}  // namespace kompas
