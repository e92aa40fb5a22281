// The SqlStore's activities, their decisions and the priority of results (blocks 3B and 4). Like
// the ambitions part: every change takes the one accounts write lock, checks the caller's
// partnership in SQL, makes the change and appends its audit record, all in one transaction.
#include <map>
#include <set>
#include <vector>

#include "store/sql_access.hpp"
#include "store/sql_store.hpp"

namespace kompas {
namespace {

constexpr std::string_view kNotFoundActivity = "Activiteit niet gevonden";

SqlValue NullableInteger(const std::optional<std::int64_t>& value) {
    return value ? SqlValue(*value) : SqlValue(std::monostate{});
}
SqlValue NullableInt(const std::optional<int>& value) {
    return value ? SqlValue(static_cast<std::int64_t>(*value)) : SqlValue(std::monostate{});
}
SqlValue NullableBool(const std::optional<bool>& value) {
    return value ? SqlValue(static_cast<std::int64_t>(*value ? 1 : 0)) : SqlValue(std::monostate{});
}
template <typename Enum>
SqlValue NullableName(const std::optional<Enum>& value, const char* (*name)(Enum)) {
    return value ? SqlValue(std::string_view(name(*value))) : SqlValue(std::monostate{});
}
template <typename Enum>
std::optional<Enum> OptionalEnum(const SqlRow& row, int column, std::optional<Enum> (*parse)(std::string_view)) {
    if (row.IsNull(column)) return std::nullopt;
    return parse(row.Text(column));
}
std::optional<bool> OptionalBool(const SqlRow& row, int column) {
    const auto value = row.Integer(column);
    if (!value) return std::nullopt;
    return *value != 0;
}
std::optional<int> OptionalInt(const SqlRow& row, int column) {
    const auto value = row.Integer(column);
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
}

// The values of the activity's own columns, in the column order of the INSERT and UPDATE below:
// name through monitoring_review_on. They borrow from `f`, which must outlive the statement.
void AppendFieldValues(std::vector<SqlValue>& params, const NewActivity& f) {
    const SqlValue none{std::monostate{}};
    params.insert(params.end(), {f.name,
                                 f.description,
                                 Nullable(f.actor_partner_id),
                                 f.actor_name,
                                 NullableName(f.actor_kind, ActorKindName),
                                 EchelonName(f.echelon),
                                 NullableName(f.kind, ActivityKindName),
                                 ActivityStatusName(f.status),
                                 NullableInt(f.age_from),
                                 NullableInt(f.age_to),
                                 Nullable(f.period_start),
                                 Nullable(f.period_end),
                                 NullableName(f.recognition, RecognitionName),
                                 NullableName(f.effect_ladder, EffectLadderStepName),
                                 NullableBool(f.checks.target_group_described),
                                 NullableBool(f.checks.goals_described),
                                 NullableBool(f.checks.approach_described),
                                 f.monitoring ? SqlValue(f.monitoring->what) : none,
                                 f.monitoring ? SqlValue(f.monitoring->who) : none,
                                 f.monitoring ? SqlValue(f.monitoring->review_on) : none});
}

constexpr std::string_view kActivityColumns =
    "SELECT a.id, a.collaboration_id, a.owner_partner_id, a.name, a.description, a.actor_partner_id, a.actor_name, "
    "a.actor_kind, a.echelon, a.kind, a.status, a.age_from, a.age_to, a.period_start, a.period_end, a.recognition, "
    "a.effect_ladder, a.target_group_described, a.goals_described, a.approach_described, a.monitoring_what, "
    "a.monitoring_who, a.monitoring_review_on, a.created_at, a.updated_at, COALESCE(o.name, pe.name, a.actor_name) "
    "FROM activities a LEFT JOIN partners p ON p.id = a.actor_partner_id "
    "LEFT JOIN organisations o ON o.id = p.organisation_id LEFT JOIN people pe ON pe.id = p.person_id ";

Result<Activity> ActivityFromRow(const SqlRow& row) {
    Activity activity;
    activity.id = row.Text(0);
    activity.collaboration_id = row.Text(1);
    activity.owner_partner_id = OptionalText(row, 2);
    NewActivity& fields = activity.fields;
    fields.name = row.Text(3);
    fields.description = row.Text(4);
    fields.actor_partner_id = OptionalText(row, 5);
    fields.actor_name = row.Text(6);
    fields.actor_kind = OptionalEnum(row, 7, ParseActorKind);
    const auto echelon = ParseEchelon(row.Text(8));
    const auto status = ParseActivityStatus(row.Text(10));
    if (!echelon || !status) return Fail(ErrorCode::kInternal, "database: unknown echelon or activity status");
    fields.echelon = *echelon;
    fields.kind = OptionalEnum(row, 9, ParseActivityKind);
    fields.status = *status;
    fields.age_from = OptionalInt(row, 11);
    fields.age_to = OptionalInt(row, 12);
    fields.period_start = OptionalText(row, 13);
    fields.period_end = OptionalText(row, 14);
    fields.recognition = OptionalEnum(row, 15, ParseRecognition);
    fields.effect_ladder = OptionalEnum(row, 16, ParseEffectLadderStep);
    fields.checks = QualityChecks{OptionalBool(row, 17), OptionalBool(row, 18), OptionalBool(row, 19)};
    if (!row.IsNull(20)) fields.monitoring = MonitoringAgreement{row.Text(20), row.Text(21), row.Text(22)};
    activity.created_at = row.Text(23);
    activity.updated_at = row.Text(24);
    activity.actor = row.Text(25);
    return activity;
}

// kInvalidArgument (field) unless `partner_id` is a partner of collaboration `id`.
Result<void> RequirePartnerOf(SqlDatabase& db, std::string_view id, std::string_view partner_id) {
    const SqlValue params[] = {id, partner_id};
    auto found = Exists(db, "SELECT 1 FROM partners WHERE collaboration_id = $1 AND id = $2", params);
    if (!found) return std::unexpected(std::move(found.error()));
    if (!*found) {
        return Fail(ErrorCode::kInvalidArgument,
                    "Wie de activiteit uitvoert moet een partner van deze samenwerking zijn", "actor_partner_id");
    }
    return {};
}

// Replaces the regions, years and result links of `activity`, checking that its results and
// actor belong to the collaboration.
Result<void> WriteActivityLists(SqlDatabase& db, const Activity& activity) {
    const NewActivity& fields = activity.fields;
    if (fields.actor_partner_id) {
        if (auto ok = RequirePartnerOf(db, activity.collaboration_id, *fields.actor_partner_id); !ok) return ok;
    }
    const SqlValue key[] = {activity.id};
    for (const char* sql :
         {"DELETE FROM activity_regions WHERE activity_id = $1", "DELETE FROM activity_years WHERE activity_id = $1",
          "DELETE FROM activity_results WHERE activity_id = $1"}) {
        if (auto deleted = db.Exec(sql, key); !deleted) return deleted;
    }
    if (auto inserted =
            InsertLinks(db, "INSERT INTO activity_regions (activity_id, region, position) VALUES ($1, $2, $3)",
                        activity.id, fields.regions);
        !inserted) {
        return inserted;
    }
    for (const auto& year : fields.years) {
        const SqlValue params[] = {activity.id,
                                   static_cast<std::int64_t>(year.year),
                                   NullableInteger(year.reach_planned),
                                   NullableInteger(year.reach_actual),
                                   NullableInteger(year.budget_planned),
                                   NullableInteger(year.budget_spent)};
        if (auto inserted =
                db.Exec("INSERT INTO activity_years (activity_id, year, reach_planned, reach_actual, budget_planned, "
                        "budget_spent) VALUES ($1, $2, $3, $4, $5, $6)",
                        params);
            !inserted) {
            return inserted;
        }
    }
    std::int64_t position = 0;
    std::set<std::string> seen;
    for (const auto& link : fields.results) {
        if (!seen.insert(link.result_id).second) continue;
        const SqlValue check[] = {activity.collaboration_id, std::string_view(link.result_id)};
        auto found = Exists(db, "SELECT 1 FROM societal_results WHERE collaboration_id = $1 AND id = $2", check);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) {
            return Fail(ErrorCode::kInvalidArgument, "Dit resultaat hoort niet bij deze samenwerking", "result_ids");
        }
        const SqlValue params[] = {activity.id, std::string_view(link.result_id), std::string_view(link.reason),
                                   position++};
        if (auto inserted = db.Exec(
                "INSERT INTO activity_results (activity_id, result_id, reason, position) VALUES ($1, $2, $3, $4)",
                params);
            !inserted) {
            return inserted;
        }
    }
    return {};
}

// The membership of a caller who may change activity `activity_id` of collaboration `id`: the
// coordinator, or the partner that recorded it. kNotFound for an unknown activity.
Result<Membership> RequireActivityEditor(SqlDatabase& db, const Caller& caller, std::string_view id,
                                         std::string_view activity_id) {
    auto membership = RequireRole(db, caller, id, CollaborationRole::kPartner);
    if (!membership) return membership;
    std::optional<std::string> owner;
    bool found = false;
    const SqlValue params[] = {id, activity_id};
    auto ran = db.Exec("SELECT owner_partner_id FROM activities WHERE collaboration_id = $1 AND id = $2", params,
                       [&](const SqlRow& row) -> Result<void> {
                           found = true;
                           owner = OptionalText(row, 0);
                           return {};
                       });
    if (!ran) return std::unexpected(std::move(ran.error()));
    if (!found) return Fail(ErrorCode::kNotFound, std::string(kNotFoundActivity));
    if (membership->role != CollaborationRole::kCoordinator && owner != membership->partner_id) {
        return Fail(ErrorCode::kForbidden,
                    "Alleen de coördinator en de partner die de activiteit vastlegde kunnen haar wijzigen");
    }
    return membership;
}

Result<void> ExpectMember(SqlDatabase& db, const Caller& caller, std::string_view id) {
    auto membership = FindMembership(db, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    return {};
}

}  // namespace

Result<std::vector<Activity>> SqlStore::Activities(const Caller& caller, std::string_view id) {
    if (auto member = ExpectMember(*db_, caller, id); !member) return std::unexpected(std::move(member.error()));
    std::vector<Activity> activities;
    std::map<std::string, std::size_t> index;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(std::string(kActivityColumns) + "WHERE a.collaboration_id = $1 ORDER BY a.name, a.id", params,
                         [&](const SqlRow& row) -> Result<void> {
                             auto activity = ActivityFromRow(row);
                             if (!activity) return std::unexpected(std::move(activity.error()));
                             index[activity->id] = activities.size();
                             activities.push_back(std::move(*activity));
                             return {};
                         });
    if (!ran) return std::unexpected(std::move(ran.error()));
    ran = db_->Exec(
        "SELECT l.activity_id, l.region FROM activity_regions l JOIN activities a ON a.id = l.activity_id "
        "WHERE a.collaboration_id = $1 ORDER BY l.activity_id, l.position",
        params, [&](const SqlRow& row) -> Result<void> {
            activities[index.at(row.Text(0))].fields.regions.push_back(row.Text(1));
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    ran = db_->Exec(
        "SELECT l.activity_id, l.year, l.reach_planned, l.reach_actual, l.budget_planned, l.budget_spent "
        "FROM activity_years l JOIN activities a ON a.id = l.activity_id WHERE a.collaboration_id = $1 "
        "ORDER BY l.activity_id, l.year",
        params, [&](const SqlRow& row) -> Result<void> {
            activities[index.at(row.Text(0))].fields.years.push_back(
                ActivityYear{static_cast<int>(row.Integer(1).value_or(0)), row.Integer(2), row.Integer(3),
                             row.Integer(4), row.Integer(5)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    ran = db_->Exec(
        "SELECT l.activity_id, l.result_id, l.reason FROM activity_results l JOIN activities a ON "
        "a.id = l.activity_id WHERE a.collaboration_id = $1 ORDER BY l.activity_id, l.position",
        params, [&](const SqlRow& row) -> Result<void> {
            activities[index.at(row.Text(0))].fields.results.push_back(ResultLink{row.Text(1), row.Text(2)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return activities;
}

Result<void> SqlStore::CreateActivity(const Caller& caller, const Activity& activity, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto membership = RequireRole(*db_, caller, activity.collaboration_id, CollaborationRole::kPartner);
        if (!membership) return std::unexpected(std::move(membership.error()));
        std::vector<SqlValue> params{activity.id, activity.collaboration_id, std::string_view(membership->partner_id)};
        AppendFieldValues(params, activity.fields);
        params.insert(params.end(), {caller.person_id, audit.at, audit.at});
        if (auto inserted = db_->Exec(
                "INSERT INTO activities (id, collaboration_id, owner_partner_id, name, description, actor_partner_id, "
                "actor_name, actor_kind, echelon, kind, status, age_from, age_to, period_start, period_end, "
                "recognition, effect_ladder, target_group_described, goals_described, approach_described, "
                "monitoring_what, monitoring_who, monitoring_review_on, created_by, created_at, updated_at) VALUES "
                "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, "
                "$22, $23, $24, $25, $26)",
                params);
            !inserted) {
            return inserted;
        }
        return WriteActivityLists(*db_, activity);
    });
}

Result<void> SqlStore::UpdateActivity(const Caller& caller, const Activity& activity, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto editor = RequireActivityEditor(*db_, caller, activity.collaboration_id, activity.id);
        if (!editor) return std::unexpected(std::move(editor.error()));
        std::vector<SqlValue> params;
        AppendFieldValues(params, activity.fields);
        params.insert(params.end(), {audit.at, activity.collaboration_id, activity.id});
        if (auto updated =
                db_->Exec("UPDATE activities SET name = $1, description = $2, actor_partner_id = $3, actor_name = $4, "
                          "actor_kind = $5, echelon = $6, kind = $7, status = $8, age_from = $9, age_to = $10, "
                          "period_start = $11, period_end = $12, recognition = $13, effect_ladder = $14, "
                          "target_group_described = $15, goals_described = $16, approach_described = $17, "
                          "monitoring_what = $18, monitoring_who = $19, monitoring_review_on = $20, updated_at = $21 "
                          "WHERE collaboration_id = $22 AND id = $23",
                          params);
            !updated) {
            return updated;
        }
        return WriteActivityLists(*db_, activity);
    });
}

Result<void> SqlStore::DeleteActivity(const Caller& caller, std::string_view id, std::string_view activity_id,
                                      const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        auto editor = RequireActivityEditor(*db_, caller, id, activity_id);
        if (!editor) return std::unexpected(std::move(editor.error()));
        const SqlValue key[] = {activity_id};
        for (const char* sql :
             {"DELETE FROM activity_regions WHERE activity_id = $1",
              "DELETE FROM activity_years WHERE activity_id = $1",
              "DELETE FROM activity_results WHERE activity_id = $1",
              "DELETE FROM activity_decisions WHERE activity_id = $1", "DELETE FROM activities WHERE id = $1"}) {
            if (auto done = db_->Exec(sql, key); !done) return done;
        }
        return {};
    });
}

Result<std::vector<ActivityDecision>> SqlStore::ActivityDecisions(const Caller& caller, std::string_view id) {
    if (auto member = ExpectMember(*db_, caller, id); !member) return std::unexpected(std::move(member.error()));
    std::vector<ActivityDecision> decisions;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT d.id, d.activity_id, d.decision, d.decided_on, d.reason, COALESCE(pe.name, '') FROM activity_decisions "
        "d JOIN activities a ON a.id = d.activity_id LEFT JOIN people pe ON pe.id = d.created_by "
        "WHERE a.collaboration_id = $1 ORDER BY d.decided_on DESC, d.created_at DESC, d.id",
        params, [&](const SqlRow& row) -> Result<void> {
            const auto kind = ParseActivityDecisionKind(row.Text(2));
            if (!kind) return Fail(ErrorCode::kInternal, "database: unknown activity decision " + row.Text(2));
            decisions.push_back(
                ActivityDecision{row.Text(0), row.Text(1), *kind, row.Text(3), row.Text(4), row.Text(5)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return decisions;
}

Result<void> SqlStore::CreateActivityDecision(const Caller& caller, std::string_view id,
                                              const ActivityDecision& decision, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {id, decision.activity_id};
        auto found = Exists(*db_, "SELECT 1 FROM activities WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, std::string(kNotFoundActivity));
        const SqlValue params[] = {decision.id,
                                   decision.activity_id,
                                   ActivityDecisionKindName(decision.decision),
                                   decision.decided_on,
                                   decision.reason,
                                   decision.decided_by,
                                   audit.at};
        if (auto inserted =
                db_->Exec("INSERT INTO activity_decisions (id, activity_id, decision, decided_on, reason, created_by, "
                          "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                          params);
            !inserted) {
            return inserted;
        }
        const auto status = StatusAfter(decision.decision);
        if (!status) return {};
        const SqlValue update[] = {ActivityStatusName(*status), audit.at, decision.activity_id};
        return db_->Exec("UPDATE activities SET status = $1, updated_at = $2 WHERE id = $3", update);
    });
}

Result<std::vector<ResultPriority>> SqlStore::ResultPriorities(const Caller& caller, std::string_view id) {
    if (auto member = ExpectMember(*db_, caller, id); !member) return std::unexpected(std::move(member.error()));
    std::vector<ResultPriority> priorities;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT p.result_id, p.priority, p.urgency FROM result_priorities p JOIN societal_results r ON "
        "r.id = p.result_id WHERE r.collaboration_id = $1 ORDER BY p.result_id",
        params, [&](const SqlRow& row) -> Result<void> {
            const auto priority = ParseLevel(row.Text(1));
            const auto urgency = ParseLevel(row.Text(2));
            if (!priority || !urgency) return Fail(ErrorCode::kInternal, "database: unknown priority or urgency");
            priorities.push_back(ResultPriority{row.Text(0), *priority, *urgency});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return priorities;
}

Result<void> SqlStore::SetResultPriority(const Caller& caller, std::string_view id, const ResultPriority& priority,
                                         const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {id, priority.result_id};
        auto found = Exists(*db_, "SELECT 1 FROM societal_results WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Resultaat niet gevonden");
        const SqlValue params[] = {priority.result_id, LevelName(priority.priority), LevelName(priority.urgency),
                                   caller.person_id, audit.at};
        return db_->Exec(
            "INSERT INTO result_priorities (result_id, priority, urgency, set_by, set_at) VALUES ($1, $2, $3, $4, $5) "
            "ON CONFLICT (result_id) DO UPDATE SET priority = excluded.priority, urgency = excluded.urgency, "
            "set_by = excluded.set_by, set_at = excluded.set_at",
            params);
    });
}

}  // namespace kompas
