// The SqlStore's municipal mergers: the list is replaced as a whole, recorded in the imports by
// its content hash like any other import.
#include <utility>

#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {

Result<ImportSummary> SqlStore::ReplaceSuccessions(const ImportRecord& record,
                                                   const std::vector<Succession>& successions) {
    if (record.format.empty() || record.content_hash.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "import: format and content hash are required");
    }
    auto transaction = WriteTransaction::Begin(*db_, "kompas:import:" + record.format + ":" + record.content_hash);
    if (!transaction) return std::unexpected(std::move(transaction.error()));

    const SqlValue key[] = {record.format, record.content_hash};
    auto seen = Exists(*db_, sql::kFindImport, key);
    if (!seen) return std::unexpected(std::move(seen.error()));
    if (*seen) return ImportSummary{.already_imported = true};

    if (auto deleted = db_->ExecScript("DELETE FROM successions"); !deleted) {
        return std::unexpected(std::move(deleted.error()));
    }
    for (const Succession& s : successions) {
        const SqlValue params[] = {s.old_code, s.new_code, s.date, s.share};
        auto inserted =
            db_->Exec("INSERT INTO successions (old_code, new_code, date, share) VALUES ($1, $2, $3, $4)", params);
        if (!inserted) return std::unexpected(std::move(inserted.error()));
    }

    const std::string now = sql::UtcNow();
    const std::int64_t zero = 0;
    const SqlValue params[] = {record.format, record.content_hash, record.source, now, zero, zero, zero};
    bool recorded = false;
    auto inserted = db_->Exec(sql::kInsertImport, params, [&recorded](const SqlRow&) -> Result<void> {
        recorded = true;
        return {};
    });
    if (!inserted) return std::unexpected(std::move(inserted.error()));
    if (!recorded) return ImportSummary{.already_imported = true};  // a concurrent import won
    if (auto committed = transaction->Commit(); !committed) return std::unexpected(std::move(committed.error()));
    return ImportSummary{.successions = static_cast<std::int64_t>(successions.size())};
}

Result<std::vector<Succession>> SqlStore::Successions() {
    std::vector<Succession> successions;
    auto ran = db_->Exec("SELECT old_code, new_code, date, share FROM successions ORDER BY date, new_code, old_code",
                         {}, [&successions](const SqlRow& row) -> Result<void> {
                             const auto share = row.Real(3);
                             if (!share)
                                 return Fail(ErrorCode::kInternal, "database: a succession's share is not a number");
                             successions.push_back(Succession{row.Text(0), row.Text(1), row.Text(2), *share});
                             return {};
                         });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return successions;
}

}  // namespace kompas
