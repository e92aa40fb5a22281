// A write transaction that rolls back unless committed, shared by the SqlStore's source files.
#pragma once

#include <string_view>
#include <utility>

#include "store/sql_database.hpp"

namespace kompas {

// A write transaction that rolls back unless committed. Borrows the database. Not thread-safe.
class WriteTransaction {
public:
    static Result<WriteTransaction> Begin(SqlDatabase& db, std::string_view lock) {
        if (auto begun = db.BeginWrite(lock); !begun) return std::unexpected(std::move(begun.error()));
        return WriteTransaction(db);
    }
    WriteTransaction(WriteTransaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    ~WriteTransaction() {
        if (db_ != nullptr) (void)db_->ExecScript("ROLLBACK");  // the error that got us here matters more
    }

    Result<void> Commit() {
        SqlDatabase* db = std::exchange(db_, nullptr);
        auto committed = db->ExecScript("COMMIT");
        if (!committed) (void)db->ExecScript("ROLLBACK");
        return committed;
    }

private:
    explicit WriteTransaction(SqlDatabase& db) : db_(&db) {}
    SqlDatabase* db_;
};

}  // namespace kompas
