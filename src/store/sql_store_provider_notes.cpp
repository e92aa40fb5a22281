// The SqlStore's part for what a provider does with its outcome figures: its aanspreekpunt for
// the outcome conversation and its own improvement actions. Every change takes the accounts write
// lock, checks in SQL that the caller belongs to the provider (or administers the platform), makes
// the change and appends its audit record, in one transaction. Reads are unscoped: the service
// decides who may read them.
#include "store/sql_access.hpp"
#include "store/sql_store.hpp"

namespace kompas {
namespace {

// kNotFound unless `organisation_id` is a provider; kForbidden unless the caller is one of its
// people or a platform administrator.
Result<void> RequireOwnProvider(SqlDatabase& db, const Caller& caller, std::string_view organisation_id) {
    const SqlValue key[] = {organisation_id};
    auto provider = Exists(db, "SELECT 1 FROM organisations WHERE id = $1 AND kind = 'provider'", key);
    if (!provider) return std::unexpected(std::move(provider.error()));
    if (!*provider) return Fail(ErrorCode::kNotFound, "Aanbieder niet gevonden");
    if (caller.platform_admin || caller.organisation_id == organisation_id) return {};
    return Fail(ErrorCode::kForbidden, "Alleen de aanbieder zelf legt dit vast");
}

}  // namespace

Result<std::optional<OutcomeContact>> SqlStore::OutcomeContactOf(std::string_view organisation_id) {
    std::optional<OutcomeContact> contact;
    const SqlValue params[] = {organisation_id};
    auto ran = db_->Exec(
        "SELECT c.name, c.role, c.email, c.phone, COALESCE(pe.name, ''), c.updated_at "
        "FROM provider_outcome_contacts c LEFT JOIN people pe ON pe.id = c.updated_by WHERE c.organisation_id = $1",
        params, [&contact](const SqlRow& row) -> Result<void> {
            contact = OutcomeContact{row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5)};
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return contact;
}

Result<void> SqlStore::PutOutcomeContact(const Caller& caller, std::string_view organisation_id,
                                         const OutcomeContact& contact, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto own = RequireOwnProvider(*db_, caller, organisation_id); !own) return own;
        const SqlValue key[] = {organisation_id};
        if (auto gone = db_->Exec("DELETE FROM provider_outcome_contacts WHERE organisation_id = $1", key); !gone) {
            return gone;
        }
        const SqlValue params[] = {organisation_id, contact.name,     contact.role, contact.email,
                                   contact.phone,   caller.person_id, audit.at};
        return db_->Exec(
            "INSERT INTO provider_outcome_contacts (organisation_id, name, role, email, phone, updated_by, "
            "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            params);
    });
}

Result<std::vector<ProviderAction>> SqlStore::ProviderActionsOf(std::string_view organisation_id) {
    std::vector<ProviderAction> actions;
    const SqlValue params[] = {organisation_id};
    auto ran = db_->Exec(
        "SELECT id, organisation_id, title, description, help_form, due_on, status, created_at, updated_at "
        "FROM provider_outcome_actions WHERE organisation_id = $1 ORDER BY due_on, id",
        params, [&actions](const SqlRow& row) -> Result<void> {
            const auto status = ParseActionStatus(row.Text(6));
            if (!status) return Fail(ErrorCode::kInternal, "database: unknown action status");
            ProviderAction action;
            action.id = row.Text(0);
            action.organisation_id = row.Text(1);
            action.fields = NewProviderAction{row.Text(2), row.Text(3), OptionalText(row, 4), row.Text(5), *status};
            action.created_at = row.Text(7);
            action.updated_at = row.Text(8);
            actions.push_back(std::move(action));
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return actions;
}

Result<void> SqlStore::CreateProviderAction(const Caller& caller, const ProviderAction& action,
                                            const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto own = RequireOwnProvider(*db_, caller, action.organisation_id); !own) return own;
        const SqlValue params[] = {action.id,
                                   action.organisation_id,
                                   action.fields.title,
                                   action.fields.description,
                                   Nullable(action.fields.help_form),
                                   action.fields.due_on,
                                   ActionStatusName(action.fields.status),
                                   caller.person_id,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO provider_outcome_actions (id, organisation_id, title, description, help_form, due_on, "
            "status, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
            params);
    });
}

Result<void> SqlStore::UpdateProviderAction(const Caller& caller, const ProviderAction& action,
                                            const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto own = RequireOwnProvider(*db_, caller, action.organisation_id); !own) return own;
        const SqlValue key[] = {action.id, action.organisation_id};
        auto found = Exists(*db_, "SELECT 1 FROM provider_outcome_actions WHERE id = $1 AND organisation_id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Verbeteractie niet gevonden");
        const SqlValue params[] = {action.fields.title,
                                   action.fields.description,
                                   Nullable(action.fields.help_form),
                                   action.fields.due_on,
                                   ActionStatusName(action.fields.status),
                                   audit.at,
                                   action.id};
        return db_->Exec(
            "UPDATE provider_outcome_actions SET title = $1, description = $2, help_form = $3, due_on = $4, "
            "status = $5, updated_at = $6 WHERE id = $7",
            params);
    });
}

}  // namespace kompas
