// The SqlStore's signals on an area's profile (issue 15): the signals of the caller's
// collaborations that concern a region, scoped in SQL by the caller's partnerships.
#include "core/ambition.hpp"
#include "store/sql_access.hpp"
#include "store/sql_store.hpp"

namespace kompas {

Result<std::vector<AreaSignal>> SqlStore::AreaSignals(const Caller& caller, std::string_view region) {
    std::vector<AreaSignal> signals;
    const std::string code(region);
    const SqlValue params[] = {caller.organisation_id, caller.person_id, code, code, code};
    auto ran = db_->Exec(
        "SELECT s.id, s.collaboration_id, s.text, s.source, s.source_detail, s.date, s.region, s.theme, "
        "s.ambition_id, s.result_id, COALESCE(pe.name, ''), c.name "
        "FROM signals s JOIN collaborations c ON c.id = s.collaboration_id "
        "LEFT JOIN people pe ON pe.id = s.created_by "
        "WHERE s.collaboration_id IN (SELECT p.collaboration_id FROM partners p WHERE "
        "(p.organisation_id IS NOT NULL AND p.organisation_id = $1) OR (p.person_id IS NOT NULL AND p.person_id = $2)) "
        "AND (s.region = $3 OR s.region IN (SELECT r.code FROM regions r WHERE r.parent = $4) "
        "OR s.region IN (SELECT r2.code FROM regions r2 JOIN regions r1 ON r2.parent = r1.code WHERE r1.parent = $5)) "
        "ORDER BY s.date DESC, s.created_at DESC, s.id DESC",
        params, [&signals](const SqlRow& row) -> Result<void> {
            const auto source = ParseSignalSource(row.Text(3));
            if (!source) return Fail(ErrorCode::kInternal, "database: unknown signal source " + row.Text(3));
            signals.push_back(AreaSignal{
                Signal{row.Text(0), row.Text(1), row.Text(2), *source, row.Text(4), row.Text(5), OptionalText(row, 6),
                       row.Text(7), OptionalText(row, 8), OptionalText(row, 9), row.Text(10)},
                row.Text(11)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return signals;
}

}  // namespace kompas
