// The SqlStore's ambitions, societal results and signals (blocks 1B and 2). Like the collaborations
// part: every change takes the one accounts write lock, checks the caller's partnership in SQL,
// makes the change and appends its audit record, all in one transaction.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/text.hpp"
#include "privacy/audit_chain.hpp"
#include "store/sql_access.hpp"
#include "store/sql_history.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

// The members of a link table per owner, in position order.
Result<std::map<std::string, std::vector<std::string>>> LinkLists(SqlDatabase& db, std::string_view sql,
                                                                  std::string_view id) {
    std::map<std::string, std::vector<std::string>> lists;
    const SqlValue params[] = {id};
    auto ran = db.Exec(sql, params, [&lists](const SqlRow& row) -> Result<void> {
        lists[row.Text(0)].push_back(row.Text(1));
        return {};
    });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return lists;
}

// kInvalidArgument (field) unless every id is found by `sql` ($1 collaboration, $2 the id).
Result<void> RequireAllIn(SqlDatabase& db, std::string_view sql, std::string_view id,
                          const std::vector<std::string>& ids, const char* field, std::string_view message) {
    for (const auto& item : ids) {
        const SqlValue params[] = {id, item};
        auto found = Exists(db, sql, params);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kInvalidArgument, std::string(message), field);
    }
    return {};
}

constexpr std::string_view kPartnerOf = "SELECT 1 FROM partners WHERE collaboration_id = $1 AND id = $2";
constexpr std::string_view kSignalOf = "SELECT 1 FROM signals WHERE collaboration_id = $1 AND id = $2";

Result<void> WriteAmbitionLinks(SqlDatabase& db, const Ambition& ambition) {
    const SqlValue key[] = {ambition.id};
    for (const char* sql : {"DELETE FROM ambition_agreed_by WHERE ambition_id = $1",
                            "DELETE FROM ambition_indicators WHERE ambition_id = $1",
                            "DELETE FROM ambition_signals WHERE ambition_id = $1"}) {
        if (auto deleted = db.Exec(sql, key); !deleted) return deleted;
    }
    if (auto ok = RequireAllIn(db, kPartnerOf, ambition.collaboration_id, ambition.agreed_by, "agreed_by",
                               "Alleen partners van de samenwerking kunnen een ambitie onderschrijven");
        !ok) {
        return ok;
    }
    if (auto ok = RequireAllIn(db, kSignalOf, ambition.collaboration_id, ambition.signals, "signals",
                               "Dit signaal hoort niet bij deze samenwerking");
        !ok) {
        return ok;
    }
    for (const auto& key_text : ambition.indicators) {
        const SqlValue params[] = {key_text};
        auto found = Exists(db, "SELECT 1 FROM indicators WHERE key = $1", params);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kInvalidArgument, "Onbekende indicator " + key_text, "indicators");
    }
    if (auto ok =
            InsertLinks(db, "INSERT INTO ambition_agreed_by (ambition_id, partner_id, position) VALUES ($1, $2, $3)",
                        ambition.id, ambition.agreed_by);
        !ok) {
        return ok;
    }
    if (auto ok =
            InsertLinks(db, "INSERT INTO ambition_indicators (ambition_id, indicator, position) VALUES ($1, $2, $3)",
                        ambition.id, ambition.indicators);
        !ok) {
        return ok;
    }
    return InsertLinks(db, "INSERT INTO ambition_signals (ambition_id, signal_id, position) VALUES ($1, $2, $3)",
                       ambition.id, ambition.signals);
}

Result<Signal> SignalFromRow(const SqlRow& row) {
    const auto source = ParseSignalSource(row.Text(3));
    if (!source) return Fail(ErrorCode::kInternal, "database: unknown signal source " + row.Text(3));
    return Signal{row.Text(0),          row.Text(1),          row.Text(2),          *source,
                  row.Text(4),          row.Text(5),          OptionalText(row, 6), row.Text(7),
                  OptionalText(row, 8), OptionalText(row, 9), row.Text(10)};
}

}  // namespace

Result<std::vector<Ambition>> SqlStore::Ambitions(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<Ambition> ambitions;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT a.id, a.collaboration_id, a.title, a.statement, a.agreed_on, "
        "(SELECT COUNT(*) FROM societal_results r WHERE r.ambition_id = a.id) "
        "FROM ambitions a WHERE a.collaboration_id = $1 ORDER BY a.agreed_on, a.id",
        params, [&ambitions](const SqlRow& row) -> Result<void> {
            Ambition ambition;
            ambition.id = row.Text(0);
            ambition.collaboration_id = row.Text(1);
            ambition.title = row.Text(2);
            ambition.statement = row.Text(3);
            ambition.agreed_on = row.Text(4);
            ambition.results = row.Integer(5).value_or(0);
            ambitions.push_back(std::move(ambition));
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    auto agreed = LinkLists(*db_,
                            "SELECT l.ambition_id, l.partner_id FROM ambition_agreed_by l JOIN ambitions a ON a.id = "
                            "l.ambition_id WHERE a.collaboration_id = $1 ORDER BY l.ambition_id, l.position",
                            id);
    if (!agreed) return std::unexpected(std::move(agreed.error()));
    auto indicators = LinkLists(*db_,
                                "SELECT l.ambition_id, l.indicator FROM ambition_indicators l JOIN ambitions a ON "
                                "a.id = l.ambition_id WHERE a.collaboration_id = $1 ORDER BY l.ambition_id, l.position",
                                id);
    if (!indicators) return std::unexpected(std::move(indicators.error()));
    auto signals = LinkLists(*db_,
                             "SELECT l.ambition_id, l.signal_id FROM ambition_signals l JOIN ambitions a ON a.id = "
                             "l.ambition_id WHERE a.collaboration_id = $1 ORDER BY l.ambition_id, l.position",
                             id);
    if (!signals) return std::unexpected(std::move(signals.error()));
    for (auto& ambition : ambitions) {
        ambition.agreed_by = (*agreed)[ambition.id];
        ambition.indicators = (*indicators)[ambition.id];
        ambition.signals = (*signals)[ambition.id];
    }
    return ambitions;
}

Result<void> SqlStore::CreateAmbition(const Caller& caller, const Ambition& ambition, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, ambition.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue params[] = {ambition.id,        ambition.collaboration_id, ambition.title,
                                   ambition.statement, ambition.agreed_on,        audit.at};
        if (auto inserted =
                db_->Exec("INSERT INTO ambitions (id, collaboration_id, title, statement, agreed_on, created_at) "
                          "VALUES ($1, $2, $3, $4, $5, $6)",
                          params);
            !inserted) {
            return inserted;
        }
        return WriteAmbitionLinks(*db_, ambition);
    });
}

Result<void> SqlStore::UpdateAmbition(const Caller& caller, const Ambition& ambition, const ChangeNote& note,
                                      const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, ambition.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        auto current = Ambitions(caller, ambition.collaboration_id);
        if (!current) return std::unexpected(std::move(current.error()));
        const auto before = std::find_if(current->begin(), current->end(),
                                         [&ambition](const Ambition& item) { return item.id == ambition.id; });
        if (before == current->end()) return Fail(ErrorCode::kNotFound, "Ambitie niet gevonden");
        if (auto recorded = RecordHistory(*db_, ambition.collaboration_id, "ambition", ambition.id, note, audit.at,
                                          AmbitionChanges(*before, ambition));
            !recorded) {
            return recorded;
        }
        const SqlValue params[] = {ambition.title, ambition.statement, ambition.agreed_on, ambition.collaboration_id,
                                   ambition.id};
        if (auto updated = db_->Exec(
                "UPDATE ambitions SET title = $1, statement = $2, agreed_on = $3 WHERE collaboration_id = $4 AND "
                "id = $5",
                params);
            !updated) {
            return updated;
        }
        return WriteAmbitionLinks(*db_, ambition);
    });
}

Result<void> SqlStore::DeleteAmbition(const Caller& caller, std::string_view id, std::string_view ambition_id,
                                      const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {id, ambition_id};
        auto found = Exists(*db_, "SELECT 1 FROM ambitions WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Ambitie niet gevonden");
        const SqlValue owner[] = {ambition_id};
        auto has_results = Exists(*db_, "SELECT 1 FROM societal_results WHERE ambition_id = $1", owner);
        if (!has_results) return std::unexpected(std::move(has_results.error()));
        if (*has_results) {
            return Fail(ErrorCode::kConflict,
                        "Deze ambitie heeft nog maatschappelijke resultaten; verwijder die eerst");
        }
        for (const char* sql :
             {"UPDATE signals SET ambition_id = NULL WHERE ambition_id = $1",
              "DELETE FROM ambition_agreed_by WHERE ambition_id = $1",
              "DELETE FROM ambition_indicators WHERE ambition_id = $1",
              "DELETE FROM ambition_signals WHERE ambition_id = $1", "DELETE FROM ambitions WHERE id = $1"}) {
            if (auto done = db_->Exec(sql, owner); !done) return done;
        }
        return DeleteHistory(*db_, ambition_id);
    });
}

Result<std::vector<SocietalResult>> SqlStore::SocietalResults(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<SocietalResult> results;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT id, collaboration_id, ambition_id, title, indicator, baseline_value, baseline_period, target_value, "
        "target_year, agreed_on FROM societal_results WHERE collaboration_id = $1 "
        "ORDER BY ambition_id, agreed_on, id",
        params, [&results](const SqlRow& row) -> Result<void> {
            SocietalResult result;
            result.id = row.Text(0);
            result.collaboration_id = row.Text(1);
            result.ambition_id = row.Text(2);
            result.title = row.Text(3);
            result.indicator = row.Text(4);
            result.baseline = Baseline{row.Real(5).value_or(0.0), row.Text(6)};
            result.target = Target{row.Real(7).value_or(0.0), static_cast<int>(row.Integer(8).value_or(0))};
            result.agreed_on = row.Text(9);
            results.push_back(std::move(result));
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    auto regions = LinkLists(*db_,
                             "SELECT l.result_id, l.region FROM result_regions l JOIN societal_results r ON r.id = "
                             "l.result_id WHERE r.collaboration_id = $1 ORDER BY l.result_id, l.position",
                             id);
    if (!regions) return std::unexpected(std::move(regions.error()));
    auto agreed = LinkLists(*db_,
                            "SELECT l.result_id, l.partner_id FROM result_agreed_by l JOIN societal_results r ON "
                            "r.id = l.result_id WHERE r.collaboration_id = $1 ORDER BY l.result_id, l.position",
                            id);
    if (!agreed) return std::unexpected(std::move(agreed.error()));
    for (auto& result : results) {
        result.regions = (*regions)[result.id];
        result.agreed_by = (*agreed)[result.id];
    }
    return results;
}

Result<void> SqlStore::CreateSocietalResult(const Caller& caller, const SocietalResult& result,
                                            const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, result.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {result.collaboration_id, result.ambition_id};
        auto found = Exists(*db_, "SELECT 1 FROM ambitions WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Ambitie niet gevonden");
        if (auto ok = RequireAllIn(*db_, kPartnerOf, result.collaboration_id, result.agreed_by, "agreed_by",
                                   "Alleen partners van de samenwerking kunnen een resultaat onderschrijven");
            !ok) {
            return ok;
        }
        const SqlValue params[] = {result.id,
                                   result.collaboration_id,
                                   result.ambition_id,
                                   result.title,
                                   result.indicator,
                                   result.baseline.value,
                                   result.baseline.period,
                                   result.target.value,
                                   static_cast<std::int64_t>(result.target.year),
                                   result.agreed_on,
                                   audit.at};
        if (auto inserted = db_->Exec(
                "INSERT INTO societal_results (id, collaboration_id, ambition_id, title, indicator, baseline_value, "
                "baseline_period, target_value, target_year, agreed_on, created_at) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                params);
            !inserted) {
            return inserted;
        }
        if (auto ok = InsertLinks(*db_, "INSERT INTO result_regions (result_id, region, position) VALUES ($1, $2, $3)",
                                  result.id, result.regions);
            !ok) {
            return ok;
        }
        return InsertLinks(*db_, "INSERT INTO result_agreed_by (result_id, partner_id, position) VALUES ($1, $2, $3)",
                           result.id, result.agreed_by);
    });
}

Result<void> SqlStore::DeleteSocietalResult(const Caller& caller, std::string_view id, std::string_view result_id,
                                            const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue key[] = {id, result_id};
        auto found = Exists(*db_, "SELECT 1 FROM societal_results WHERE collaboration_id = $1 AND id = $2", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Resultaat niet gevonden");
        const SqlValue owner[] = {result_id};
        for (const char* sql :
             {"UPDATE signals SET result_id = NULL WHERE result_id = $1",
              "DELETE FROM result_regions WHERE result_id = $1", "DELETE FROM result_agreed_by WHERE result_id = $1",
              "DELETE FROM societal_results WHERE id = $1"}) {
            if (auto done = db_->Exec(sql, owner); !done) return done;
        }
        return DeleteHistory(*db_, result_id);
    });
}

Result<void> SqlStore::UpdateSocietalResult(const Caller& caller, const SocietalResult& result, const ChangeNote& note,
                                            const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, result.collaboration_id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        auto current = SocietalResults(caller, result.collaboration_id);
        if (!current) return std::unexpected(std::move(current.error()));
        const auto before = std::find_if(current->begin(), current->end(),
                                         [&result](const SocietalResult& item) { return item.id == result.id; });
        if (before == current->end()) return Fail(ErrorCode::kNotFound, "Resultaat niet gevonden");
        SocietalResult after = result;
        after.ambition_id = before->ambition_id;  // a result stays under its ambition
        const auto changes = ResultChanges(*before, after);
        if (NeedsReason(changes) && Trim(note.reason).empty()) {
            return Fail(ErrorCode::kInvalidArgument,
                        "Geef een reden: de indicator, de nulmeting of de streefwaarde verandert", "reason");
        }
        if (auto ok = RequireAllIn(*db_, kPartnerOf, after.collaboration_id, after.agreed_by, "agreed_by",
                                   "Alleen partners van de samenwerking kunnen een resultaat onderschrijven");
            !ok) {
            return ok;
        }
        const SqlValue params[] = {
            after.title,           after.indicator,        after.baseline.value,
            after.baseline.period, after.target.value,     static_cast<std::int64_t>(after.target.year),
            after.agreed_on,       after.collaboration_id, after.id};
        if (auto updated = db_->Exec(
                "UPDATE societal_results SET title = $1, indicator = $2, baseline_value = $3, baseline_period = $4, "
                "target_value = $5, target_year = $6, agreed_on = $7 WHERE collaboration_id = $8 AND id = $9",
                params);
            !updated) {
            return updated;
        }
        const SqlValue owner[] = {after.id};
        for (const char* sql :
             {"DELETE FROM result_regions WHERE result_id = $1", "DELETE FROM result_agreed_by WHERE result_id = $1"}) {
            if (auto done = db_->Exec(sql, owner); !done) return done;
        }
        if (auto ok = InsertLinks(*db_, "INSERT INTO result_regions (result_id, region, position) VALUES ($1, $2, $3)",
                                  after.id, after.regions);
            !ok) {
            return ok;
        }
        if (auto ok =
                InsertLinks(*db_, "INSERT INTO result_agreed_by (result_id, partner_id, position) VALUES ($1, $2, $3)",
                            after.id, after.agreed_by);
            !ok) {
            return ok;
        }
        return RecordHistory(*db_, after.collaboration_id, "societal_result", after.id, note, audit.at, changes);
    });
}

Result<std::vector<Signal>> SqlStore::Signals(const Caller& caller, std::string_view id) {
    auto membership = FindMembership(*db_, caller, id);
    if (!membership) return std::unexpected(std::move(membership.error()));
    if (!*membership) return Fail(ErrorCode::kNotFound, std::string(kNotFoundCollaboration));
    std::vector<Signal> signals;
    const SqlValue params[] = {id};
    auto ran = db_->Exec(
        "SELECT s.id, s.collaboration_id, s.text, s.source, s.source_detail, s.date, s.region, s.theme, "
        "s.ambition_id, s.result_id, COALESCE(pe.name, '') FROM signals s LEFT JOIN people pe ON pe.id = s.created_by "
        "WHERE s.collaboration_id = $1 ORDER BY s.date DESC, s.created_at DESC, s.id DESC",
        params, sql::AppendTo(signals, &SignalFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    return signals;
}

Result<void> SqlStore::CreateSignal(const Caller& caller, const Signal& signal, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, signal.collaboration_id, CollaborationRole::kPartner); !role) {
            return std::unexpected(std::move(role.error()));
        }
        if (signal.ambition_id) {
            const SqlValue key[] = {signal.collaboration_id, *signal.ambition_id};
            auto found = Exists(*db_, "SELECT 1 FROM ambitions WHERE collaboration_id = $1 AND id = $2", key);
            if (!found) return std::unexpected(std::move(found.error()));
            if (!*found) return Fail(ErrorCode::kInvalidArgument, "Onbekende ambitie", "ambition_id");
        }
        if (signal.result_id) {
            const SqlValue key[] = {signal.collaboration_id, *signal.result_id};
            auto found = Exists(*db_, "SELECT 1 FROM societal_results WHERE collaboration_id = $1 AND id = $2", key);
            if (!found) return std::unexpected(std::move(found.error()));
            if (!*found) return Fail(ErrorCode::kInvalidArgument, "Onbekend resultaat", "result_id");
        }
        const SqlValue params[] = {signal.id,
                                   signal.collaboration_id,
                                   signal.text,
                                   SignalSourceName(signal.source),
                                   signal.source_detail,
                                   signal.date,
                                   Nullable(signal.region),
                                   signal.theme,
                                   Nullable(signal.ambition_id),
                                   Nullable(signal.result_id),
                                   signal.created_by,
                                   audit.at};
        return db_->Exec(
            "INSERT INTO signals (id, collaboration_id, text, source, source_detail, date, region, theme, ambition_id, "
            "result_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            params);
    });
}

}  // namespace kompas
