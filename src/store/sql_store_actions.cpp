// The SqlStore's improvement actions and their status history (block 6). Like the activities
// part: every change takes the one accounts write lock, checks the caller's partnership in SQL,
// makes the change and appends its audit record, all in one transaction.
#include <map>
#include <vector>

#include "store/sql_access.hpp"
#include "store/sql_store.hpp"

namespace kompas {
namespace {

constexpr std::string_view kNotFoundAction = "Verbeteractie niet gevonden";

constexpr std::string_view kActionColumns =
    "SELECT a.id, a.collaboration_id, c.name, a.created_by_partner_id, a.title, a.description, a.owner_person_id, "
    "a.due_on, a.status, a.result_id, a.activity_id, a.indicator, a.region, a.organisation_id, a.created_at, "
    "a.updated_at, pe.name, o.name FROM improvement_actions a JOIN collaborations c ON c.id = a.collaboration_id "
    "JOIN people pe ON pe.id = a.owner_person_id JOIN organisations o ON o.id = pe.organisation_id ";

Result<ImprovementAction> ActionFromRow(const SqlRow& row) {
    ImprovementAction action;
    action.id = row.Text(0);
    action.collaboration_id = row.Text(1);
    action.collaboration_name = row.Text(2);
    action.created_by_partner_id = OptionalText(row, 3);
    NewImprovementAction& f = action.fields;
    f.title = row.Text(4);
    f.description = row.Text(5);
    f.owner_person_id = row.Text(6);
    f.due_on = row.Text(7);
    const auto status = ParseActionStatus(row.Text(8));
    if (!status) return Fail(ErrorCode::kInternal, "database: unknown action status " + row.Text(8));
    action.status = *status;
    f.about = ActionSubject{OptionalText(row, 9), OptionalText(row, 10), OptionalText(row, 11), OptionalText(row, 12),
                            OptionalText(row, 13)};
    action.created_at = row.Text(14);
    action.updated_at = row.Text(15);
    action.owner_name = row.Text(16);
    action.owner_organisation = row.Text(17);
    return action;
}

// The actions selected by `where` (over alias a) with their histories, by due date, id.
Result<std::vector<ImprovementAction>> LoadActions(SqlDatabase& db, std::string_view where,
                                                   std::span<const SqlValue> params) {
    std::vector<ImprovementAction> actions;
    std::map<std::string, std::size_t> index;
    auto ran = db.Exec(std::string(kActionColumns) + "WHERE " + std::string(where) + " ORDER BY a.due_on, a.id", params,
                       [&](const SqlRow& row) -> Result<void> {
                           auto action = ActionFromRow(row);
                           if (!action) return std::unexpected(std::move(action.error()));
                           index[action->id] = actions.size();
                           actions.push_back(std::move(*action));
                           return {};
                       });
    if (!ran) return std::unexpected(std::move(ran.error()));
    ran = db.Exec(
        "SELECT h.action_id, h.status, h.note, COALESCE(pe.name, ''), h.changed_at FROM action_status_changes h "
        "JOIN improvement_actions a ON a.id = h.action_id LEFT JOIN people pe ON pe.id = h.changed_by WHERE " +
            std::string(where) + " ORDER BY h.action_id, h.seq",
        params, [&](const SqlRow& row) -> Result<void> {
            const auto found = index.find(row.Text(0));
            if (found == index.end()) return {};
            const auto status = ParseActionStatus(row.Text(1));
            if (!status) return Fail(ErrorCode::kInternal, "database: unknown action status " + row.Text(1));
            actions[found->second].history.push_back(
                ActionStatusChange{*status, row.Text(2), row.Text(3), row.Text(4)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return actions;
}

// kInvalidArgument naming the field unless the owner may own an action of collaboration `id`, and
// the result and activity named belong to it.
Result<void> CheckActionLinks(SqlDatabase& db, std::string_view id, const NewImprovementAction& f) {
    const SqlValue owner[] = {id, std::string_view(f.owner_person_id)};
    auto found = Exists(db,
                        "SELECT 1 FROM partners p WHERE p.collaboration_id = $1 AND p.role IN ('coordinator', "
                        "'partner') AND (p.person_id = $2 OR p.organisation_id = (SELECT organisation_id FROM people "
                        "WHERE id = $2))",
                        owner);
    if (!found) return std::unexpected(std::move(found.error()));
    if (!*found) {
        return Fail(ErrorCode::kInvalidArgument,
                    "Het aanspreekpunt moet werken bij een partner van deze samenwerking, of zelf partner zijn",
                    "owner_person_id");
    }
    if (f.about.result_id) {
        const SqlValue key[] = {id, std::string_view(*f.about.result_id)};
        found = Exists(db, "SELECT 1 FROM societal_results WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) {
            return Fail(ErrorCode::kInvalidArgument, "Dit resultaat hoort niet bij deze samenwerking", "result_id");
        }
    }
    if (f.about.activity_id) {
        const SqlValue key[] = {id, std::string_view(*f.about.activity_id)};
        found = Exists(db, "SELECT 1 FROM activities WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) {
            return Fail(ErrorCode::kInvalidArgument, "Deze activiteit hoort niet bij deze samenwerking", "activity_id");
        }
    }
    return {};
}

// The values of title through organisation_id, in the column order of the INSERT and UPDATE below.
void AppendFieldValues(std::vector<SqlValue>& params, const NewImprovementAction& f) {
    params.insert(params.end(), {f.title, f.description, f.owner_person_id, f.due_on, Nullable(f.about.result_id),
                                 Nullable(f.about.activity_id), Nullable(f.about.indicator), Nullable(f.about.region),
                                 Nullable(f.about.organisation_id)});
}

struct ActionAccess {
    std::string owner_person_id;
    std::optional<std::string> created_by_partner_id;
};

// The owner and creator of action `action_id` of collaboration `id`; kNotFound when there is none.
Result<ActionAccess> FindAction(SqlDatabase& db, std::string_view id, std::string_view action_id) {
    std::optional<ActionAccess> access;
    const SqlValue params[] = {id, action_id};
    auto ran = db.Exec(
        "SELECT owner_person_id, created_by_partner_id FROM improvement_actions WHERE collaboration_id = $1 AND id = "
        "$2",
        params, [&](const SqlRow& row) -> Result<void> {
            access = ActionAccess{row.Text(0), OptionalText(row, 1)};
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    if (!access) return Fail(ErrorCode::kNotFound, std::string(kNotFoundAction));
    return *access;
}

Result<void> InsertChange(SqlDatabase& db, std::string_view action_id, const ActionStatusChange& change) {
    const SqlValue params[] = {action_id, ActionStatusName(change.status), change.note, change.changed_by,
                               change.changed_at};
    return db.Exec(
        "INSERT INTO action_status_changes (action_id, seq, status, note, changed_by, changed_at) VALUES ($1, "
        "(SELECT COALESCE(MAX(seq), 0) + 1 FROM action_status_changes WHERE action_id = $1), $2, $3, $4, $5)",
        params);
}

}  // namespace

Result<std::vector<ImprovementAction>> SqlStore::ImprovementActions(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    const SqlValue params[] = {id};
    return LoadActions(*db_, "a.collaboration_id = $1", params);
}

Result<std::vector<ImprovementAction>> SqlStore::OwnImprovementActions(const Caller& caller) {
    const SqlValue params[] = {caller.person_id, caller.organisation_id};
    return LoadActions(*db_,
                       "a.owner_person_id = $1 AND EXISTS (SELECT 1 FROM partners m WHERE m.collaboration_id = "
                       "a.collaboration_id AND (m.person_id = $1 OR m.organisation_id = $2))",
                       params);
}

Result<void> SqlStore::CreateImprovementAction(const Caller& caller, const ImprovementAction& action,
                                               const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto membership = RequireRole(*db_, caller, action.collaboration_id, CollaborationRole::kPartner);
        if (!membership) return std::unexpected(std::move(membership.error()));
        if (auto links = CheckActionLinks(*db_, action.collaboration_id, action.fields); !links) return links;
        std::vector<SqlValue> params{action.id, action.collaboration_id};
        AppendFieldValues(params, action.fields);
        params.insert(params.end(), {ActionStatusName(action.status), std::string_view(membership->partner_id),
                                     caller.person_id, audit.at, audit.at});
        if (auto inserted = db_->Exec(
                "INSERT INTO improvement_actions (id, collaboration_id, title, description, owner_person_id, due_on, "
                "result_id, activity_id, indicator, region, organisation_id, status, created_by_partner_id, "
                "created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
                "$14, $15, $16)",
                params);
            !inserted) {
            return inserted;
        }
        for (const auto& change : action.history) {
            if (auto inserted = InsertChange(*db_, action.id, change); !inserted) return inserted;
        }
        return {};
    });
}

Result<void> SqlStore::UpdateImprovementAction(const Caller& caller, const ImprovementAction& action,
                                               const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, action.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        if (auto found = FindAction(*db_, action.collaboration_id, action.id); !found) {
            return std::unexpected(std::move(found.error()));
        }
        if (auto links = CheckActionLinks(*db_, action.collaboration_id, action.fields); !links) return links;
        std::vector<SqlValue> params;
        AppendFieldValues(params, action.fields);
        params.insert(params.end(), {audit.at, action.collaboration_id, action.id});
        return db_->Exec(
            "UPDATE improvement_actions SET title = $1, description = $2, owner_person_id = $3, due_on = $4, "
            "result_id = $5, activity_id = $6, indicator = $7, region = $8, organisation_id = $9, updated_at = $10 "
            "WHERE collaboration_id = $11 AND id = $12",
            params);
    });
}

Result<void> SqlStore::DeleteImprovementAction(const Caller& caller, std::string_view id, std::string_view action_id,
                                               const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        if (auto found = FindAction(*db_, id, action_id); !found) return std::unexpected(std::move(found.error()));
        const SqlValue key[] = {action_id};
        if (auto done = db_->Exec("DELETE FROM action_status_changes WHERE action_id = $1", key); !done) return done;
        return db_->Exec("DELETE FROM improvement_actions WHERE id = $1", key);
    });
}

Result<void> SqlStore::ChangeActionStatus(const Caller& caller, std::string_view id, std::string_view action_id,
                                          const ActionStatusChange& change, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto membership = FindMembership(*db_, caller, id);
        if (!membership) return std::unexpected(std::move(membership.error()));
        if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
        auto action = FindAction(*db_, id, action_id);
        if (!action) return std::unexpected(std::move(action.error()));
        const bool allowed = (*membership)->role == CollaborationRole::kCoordinator ||
                             action->owner_person_id == caller.person_id ||
                             action->created_by_partner_id == (*membership)->partner_id;
        if (!allowed) {
            return Fail(ErrorCode::kForbidden,
                        "Alleen de coördinator, het aanspreekpunt en de partner die de actie vastlegde wijzigen de "
                        "status");
        }
        if (auto inserted = InsertChange(*db_, action_id, change); !inserted) return inserted;
        const SqlValue params[] = {ActionStatusName(change.status), change.changed_at, action_id};
        return db_->Exec("UPDATE improvement_actions SET status = $1, updated_at = $2 WHERE id = $3", params);
    });
}

Result<std::vector<ActionOwnerCandidate>> SqlStore::ActionOwnerCandidates(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<ActionOwnerCandidate> people;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT pe.id, pe.name, o.id, o.name FROM people pe JOIN organisations o ON o.id = pe.organisation_id "
        "WHERE EXISTS (SELECT 1 FROM partners p WHERE p.collaboration_id = $1 AND p.role IN ('coordinator', "
        "'partner') AND (p.person_id = pe.id OR p.organisation_id = pe.organisation_id)) ORDER BY pe.name, pe.id",
        params, [&](const SqlRow& row) -> Result<void> {
            people.push_back(ActionOwnerCandidate{row.Text(0), row.Text(1), row.Text(2), row.Text(3)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return people;
}

}  // namespace kompas
