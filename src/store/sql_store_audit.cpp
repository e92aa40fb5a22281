// The SqlStore's audit trail (block 0): appending a record outside another change, the platform
// admin's filtered view and the walk over the whole chain for verification.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "privacy/audit_chain.hpp"
#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

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

}  // namespace

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
