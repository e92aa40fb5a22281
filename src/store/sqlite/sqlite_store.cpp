#include "store/sqlite/sqlite_store.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <charconv>
#include <climits>
#include <string>
#include <system_error>

#include "store/sql_store.hpp"
#include "store/storage_failure.hpp"

namespace kompas {
namespace {

constexpr int kBusyTimeoutMs = 10'000;

// Before SQLite's first use in the process; afterwards SQLite refuses, and keeps its defaults.
// Without memory statistics (which nothing reads) an allocation takes no process-wide mutex: that
// lock and unlock were a twentieth of a large CBS import.
void ConfigureSqliteOnce() {
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    (void)configured;
}

struct CloseDatabase {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct FinalizeStatement {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using DatabasePtr = std::unique_ptr<sqlite3, CloseDatabase>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

// Busy and I/O trouble may pass; a constraint is the input's fault; the rest is ours. A full disk
// and a failed read or write get a Dutch sentence for the person, then SQLite's own words.
std::unexpected<Error> SqliteError(sqlite3* db, int code) {
    ErrorCode kind = ErrorCode::kInternal;
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
        case SQLITE_IOERR:
        case SQLITE_FULL:
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
            kind = ErrorCode::kUnavailable;
            break;
        case SQLITE_CONSTRAINT:
            kind = ErrorCode::kInvalidArgument;
            break;
        default:
            break;
    }
    const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    const std::string detail = fmt::format("sqlite: {} (code {})", message, code);
    if ((code & 0xff) == SQLITE_FULL) return Fail(kind, StorageFailureMessage(kDiskFullMessage, detail));
    if ((code & 0xff) == SQLITE_IOERR && code != SQLITE_IOERR_NOMEM) {
        return Fail(kind, StorageFailureMessage(kIoErrorMessage, detail));
    }
    return Fail(kind, fmt::format("sqlite: {}", message));
}

// A row of the statement being stepped.
class SqliteRow final : public SqlRow {
public:
    explicit SqliteRow(sqlite3_stmt* statement) : statement_(statement) {}

    bool IsNull(int column) const override { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
    std::string Text(int column) const override {
        const auto* text = sqlite3_column_text(statement_, column);  // before _bytes, which it may change
        const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
        return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text), size);
    }
    std::string_view TextView(int column) const override {
        const auto* text = sqlite3_column_text(statement_, column);
        const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
        return text == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(text), size);
    }
    std::optional<std::int64_t> Integer(int column) const override {
        if (sqlite3_column_type(statement_, column) != SQLITE_INTEGER) return std::nullopt;
        return sqlite3_column_int64(statement_, column);
    }
    std::optional<double> Real(int column) const override {
        const int type = sqlite3_column_type(statement_, column);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) return std::nullopt;
        return sqlite3_column_double(statement_, column);
    }

private:
    sqlite3_stmt* statement_;
};

Result<void> Bind(sqlite3* db, sqlite3_stmt* statement, std::span<const SqlValue> params) {
    if (std::cmp_not_equal(params.size(), sqlite3_bind_parameter_count(statement))) {
        return Fail(ErrorCode::kInternal, fmt::format("sqlite: statement expects {} parameters, got {}",
                                                      sqlite3_bind_parameter_count(statement), params.size()));
    }
    for (int i = 1; const SqlValue& param : params) {
        int code = SQLITE_OK;
        if (const auto* text = std::get_if<std::string_view>(&param)) {
            if (text->size() > INT_MAX) return Fail(ErrorCode::kInvalidArgument, "sqlite: text parameter too long");
            code = sqlite3_bind_text(statement, i, text->data(), static_cast<int>(text->size()), SQLITE_STATIC);
        } else if (const auto* integer = std::get_if<std::int64_t>(&param)) {
            code = sqlite3_bind_int64(statement, i, *integer);
        } else if (const auto* real = std::get_if<double>(&param)) {
            code = sqlite3_bind_double(statement, i, *real);
        } else {
            code = sqlite3_bind_null(statement, i);
        }
        if (code != SQLITE_OK) return SqliteError(db, code);
        ++i;
    }
    return {};
}

// Binds, steps to the end and resets, so the statement holds no lock afterwards.
Result<void> RunStatement(sqlite3* db, sqlite3_stmt* statement, std::span<const SqlValue> params,
                          const RowHandler& on_row) {
    sqlite3_reset(statement);
    auto result = Bind(db, statement, params);
    while (result) {
        const int code = sqlite3_step(statement);
        if (code == SQLITE_DONE) break;
        if (code != SQLITE_ROW) {
            result = SqliteError(db, code);
        } else if (on_row) {
            result = on_row(SqliteRow(statement));
        }
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);  // bound text is borrowed
    return result;
}

Result<StatementPtr> PrepareStatement(sqlite3* db, std::string_view sql) {
    if (sql.size() > INT_MAX) return Fail(ErrorCode::kInternal, "sqlite: statement too long");
    sqlite3_stmt* raw = nullptr;
    const int code = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    StatementPtr statement(raw);
    if (code != SQLITE_OK) return SqliteError(db, code);
    if (statement == nullptr) return Fail(ErrorCode::kInternal, "sqlite: empty statement");
    // The shared SQL numbers parameters $1, $2, ... in order; binding goes by position.
    for (int i = 1; i <= sqlite3_bind_parameter_count(statement.get()); ++i) {
        const char* name = sqlite3_bind_parameter_name(statement.get(), i);
        if (name == nullptr || name != fmt::format("${}", i)) {
            return Fail(ErrorCode::kInternal, fmt::format("sqlite: parameter {} is not named ${}", i, i));
        }
    }
    return statement;
}

// A prepared statement; borrows the connection, which must outlive it. Not thread-safe.
class SqliteStatement final : public SqlStatement {
public:
    SqliteStatement(sqlite3* db, StatementPtr statement) : db_(db), statement_(std::move(statement)) {}
    Result<void> Run(std::span<const SqlValue> params, const RowHandler& on_row) override {
        return RunStatement(db_, statement_.get(), params, on_row);
    }

private:
    sqlite3* db_;
    StatementPtr statement_;
};

// One connection to one SQLite file, which it owns. Not thread-safe.
class SqliteDatabase final : public SqlDatabase {
public:
    explicit SqliteDatabase(DatabasePtr db) : db_(std::move(db)) {}

    Result<void> Exec(std::string_view sql, std::span<const SqlValue> params, const RowHandler& on_row) override {
        auto statement = PrepareStatement(db_.get(), sql);
        if (!statement) return std::unexpected(std::move(statement.error()));
        return RunStatement(db_.get(), statement->get(), params, on_row);
    }
    Result<void> ExecScript(std::string_view sql) override {
        const std::string script(sql);  // sqlite3_exec wants a terminated string
        const int code = sqlite3_exec(db_.get(), script.c_str(), nullptr, nullptr, nullptr);
        if (code != SQLITE_OK) return SqliteError(db_.get(), code);
        return {};
    }
    Result<std::unique_ptr<SqlStatement>> Prepare(std::string_view sql) override {
        auto statement = PrepareStatement(db_.get(), sql);
        if (!statement) return std::unexpected(std::move(statement.error()));
        return std::make_unique<SqliteStatement>(db_.get(), std::move(*statement));
    }
    // SQLite has one writer per file; IMMEDIATE takes its lock now rather than at the first write.
    Result<void> BeginWrite(std::string_view) override { return ExecScript("BEGIN IMMEDIATE"); }
    std::string_view Dialect() const override { return "sqlite"; }

private:
    DatabasePtr db_;
};

}  // namespace

Result<std::unique_ptr<SqlDatabase>> OpenSqliteDatabase(const std::filesystem::path& path) {
    ConfigureSqliteOnce();
    if (path.empty()) return Fail(ErrorCode::kInvalidArgument, "sqlite: no database file given");
    if (const auto parent = path.parent_path(); !parent.empty()) {
        std::error_code error;
        std::filesystem::create_directories(parent, error);
        if (error) {
            return Fail(ErrorCode::kUnavailable,
                        fmt::format("sqlite: cannot create directory {}: {}", parent.string(), error.message()));
        }
    }
    sqlite3* raw = nullptr;
    // NOMUTEX: a connection is used by one thread at a time (a Store is not thread-safe; the
    // server leases each from a pool), so SQLite's per-call locking is pure cost on every row.
    const int code =
        sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    DatabasePtr db(raw);  // closed on every path, even when opening failed
    if (code != SQLITE_OK) {
        return Fail(ErrorCode::kUnavailable, fmt::format("sqlite: cannot open {}: {}", path.string(),
                                                         db ? sqlite3_errmsg(db.get()) : sqlite3_errstr(code)));
    }
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
    auto database = std::make_unique<SqliteDatabase>(std::move(db));
    // A new database gets pages of 16 KiB instead of 4: a national import (6 million trajectories)
    // writes its table and checkpoints it faster, with fewer pages and index levels. The size holds
    // only for a file without tables, so an existing database keeps its own; it must be set before
    // the switch to WAL.
    auto configured = database->ExecScript("PRAGMA page_size=16384");
    // WAL lets readers (the server) go on while a writer (an import) works; NORMAL is durable
    // in WAL mode except for the last transactions before a power cut.
    std::string mode;
    if (configured)
        configured = database->Exec("PRAGMA journal_mode=WAL", {}, [&mode](const SqlRow& row) -> Result<void> {
            mode = row.Text(0);
            return {};
        });
    if (configured && mode != "wal" && mode != "memory") {
        configured = Fail(ErrorCode::kUnavailable, "sqlite: cannot switch to WAL mode (journal mode is " + mode + ")");
    }
    if (configured)
        configured =
            database->ExecScript("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536");
    if (!configured) {
        configured.error().message = fmt::format("{}: {}", path.string(), configured.error().message);
        return std::unexpected(std::move(configured.error()));
    }
    return database;
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::filesystem::path& path) {
    auto database = OpenSqliteDatabase(path);
    if (!database) return std::unexpected(std::move(database.error()));
    return std::make_unique<SqlStore>(std::move(*database));
}

}  // namespace kompas
