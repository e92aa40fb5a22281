// A write transaction that rolls back unless committed, shared by the SqlStore's source files.
#pragma once

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "store/sql_database.hpp"

namespace kompas {

namespace write_transaction_detail {
// The databases with an open WriteTransaction on this thread (a connection is used by one thread
// at a time, and a transaction never changes thread).
inline thread_local std::vector<const SqlDatabase*> open;
}  // namespace write_transaction_detail

// A write transaction that rolls back unless committed. Borrows the database. Not thread-safe.
// Begun while another WriteTransaction is open on the same database, it joins that one as a
// savepoint (on PostgreSQL still taking its own advisory lock): its changes are undone alone when it
// is not committed, and are kept only when the outer transaction commits. So an upload's audit
// record can be written in the import's own transaction, and a kill between the two cannot leave a
// stored upload without its record (issue 13, bench/chaos).
class WriteTransaction {
public:
    static Result<WriteTransaction> Begin(SqlDatabase& db, std::string_view lock) {
        auto& open = write_transaction_detail::open;
        if (std::find(open.begin(), open.end(), &db) != open.end()) {
            if (db.Dialect() == "postgresql") {
                const SqlValue params[] = {lock};
                auto locked = db.Exec("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", params, {});
                if (!locked) return std::unexpected(std::move(locked.error()));
            }
            if (auto saved = db.ExecScript("SAVEPOINT kompas_joined"); !saved) {
                return std::unexpected(std::move(saved.error()));
            }
            return WriteTransaction(db, true);
        }
        if (auto begun = db.BeginWrite(lock); !begun) return std::unexpected(std::move(begun.error()));
        open.push_back(&db);
        return WriteTransaction(db, false);
    }
    WriteTransaction(WriteTransaction&& other) noexcept
        : db_(std::exchange(other.db_, nullptr)), joined_(other.joined_) {}
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    ~WriteTransaction() {
        if (db_ == nullptr) return;
        if (joined_) {
            (void)db_->ExecScript("ROLLBACK TO SAVEPOINT kompas_joined; RELEASE SAVEPOINT kompas_joined");
        } else {
            Close(db_);
            (void)db_->ExecScript("ROLLBACK");  // the error that got us here matters more
        }
    }

    Result<void> Commit() {
        SqlDatabase* db = std::exchange(db_, nullptr);
        if (joined_) return db->ExecScript("RELEASE SAVEPOINT kompas_joined");
        Close(db);
        auto committed = db->ExecScript("COMMIT");
        if (!committed) (void)db->ExecScript("ROLLBACK");
        return committed;
    }

private:
    WriteTransaction(SqlDatabase& db, bool joined) : db_(&db), joined_(joined) {}
    static void Close(const SqlDatabase* db) {
        auto& open = write_transaction_detail::open;
        open.erase(std::remove(open.begin(), open.end(), db), open.end());
    }
    SqlDatabase* db_;
    bool joined_;
};

}  // namespace kompas
