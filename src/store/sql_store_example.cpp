// The SqlStore's mark on the demo's worked example collaboration (issue 15): a row in
// example_collaborations says that the collaboration's aims, targets and answers are made up.
#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"

namespace kompas {

Result<std::optional<std::string>> SqlStore::ExampleCollaboration() {
    std::optional<std::string> id;
    auto ran = db_->Exec("SELECT collaboration_id FROM example_collaborations ORDER BY created_at, collaboration_id",
                         {}, [&id](const SqlRow& row) -> Result<void> {
                             if (!id) id = row.Text(0);
                             return {};
                         });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return id;
}

Result<void> SqlStore::MarkExampleCollaboration(std::string_view id, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const SqlValue params[] = {id, audit.at};
        return db_->Exec("INSERT INTO example_collaborations (collaboration_id, created_at) VALUES ($1, $2)", params);
    });
}

}  // namespace kompas
