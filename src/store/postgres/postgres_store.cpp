#include "store/postgres/postgres_store.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <charconv>
#include <climits>
#include <map>
#include <string>
#include <vector>

#include "store/sql_copy.hpp"
#include "store/sql_store.hpp"
#include "store/storage_failure.hpp"

namespace kompas {
namespace {

struct FinishConnection {
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
struct ClearResult {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ConnectionPtr = std::unique_ptr<PGconn, FinishConnection>;
using ResultPtr = std::unique_ptr<PGresult, ClearResult>;

std::string Trimmed(const char* text) {
    std::string message = text != nullptr ? text : "";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return message;
}

// By SQLSTATE class: a lost or overloaded server may come back; a broken constraint or bad
// data is the input's fault; the rest is ours.
ErrorCode KindOf(PGconn* connection, std::string_view sqlstate) {
    if (PQstatus(connection) == CONNECTION_BAD) return ErrorCode::kUnavailable;
    const std::string_view kind = sqlstate.substr(0, 2);
    if (kind == "23" || kind == "22") return ErrorCode::kInvalidArgument;
    if (kind == "08" || kind == "40" || kind == "53" || kind == "57") return ErrorCode::kUnavailable;
    return ErrorCode::kInternal;
}

std::unexpected<Error> PostgresError(PGconn* connection, const PGresult* result) {
    const char* primary = result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char* detail = result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    const char* sqlstate = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = primary != nullptr ? Trimmed(primary) : Trimmed(PQerrorMessage(connection));
    if (detail != nullptr) message += " (" + Trimmed(detail) + ")";
    const std::string_view state = sqlstate != nullptr ? sqlstate : "";
    // A full disk (53100) or a failed read or write (58030): a Dutch sentence, then the server's words.
    if (state == "53100" || state == "58030") {
        return Fail(
            ErrorCode::kUnavailable,
            StorageFailureMessage(state == "53100" ? kDiskFullMessage : kIoErrorMessage, "postgresql: " + message));
    }
    return Fail(KindOf(connection, state), "postgresql: " + message);
}

// Parameters in libpq's text format; libpq wants terminated strings, so text is copied.
class TextParams {
public:
    explicit TextParams(std::span<const SqlValue> params) {
        texts_.reserve(params.size());
        for (const SqlValue& param : params) {
            if (const auto* text = std::get_if<std::string_view>(&param)) {
                texts_.emplace_back(*text);
            } else if (const auto* integer = std::get_if<std::int64_t>(&param)) {
                texts_.push_back(fmt::format("{}", *integer));
            } else if (const auto* real = std::get_if<double>(&param)) {
                texts_.push_back(fmt::format("{}", *real));  // shortest text that reads back exactly
            } else {
                texts_.emplace_back();
            }
        }
        for (std::size_t i = 0; i < params.size(); ++i) {
            values_.push_back(std::holds_alternative<std::monostate>(params[i]) ? nullptr : texts_[i].c_str());
        }
    }
    int count() const { return static_cast<int>(values_.size()); }
    const char* const* values() const { return values_.data(); }

private:
    std::vector<std::string> texts_;
    std::vector<const char*> values_;
};

// A row of a result in text format.
class PostgresRow final : public SqlRow {
public:
    PostgresRow(const PGresult* result, int row) : result_(result), row_(row) {}

    bool IsNull(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
    std::string Text(int column) const override {
        if (IsNull(column)) return {};
        return std::string(PQgetvalue(result_, row_, column),
                           static_cast<std::size_t>(PQgetlength(result_, row_, column)));
    }
    std::string_view TextView(int column) const override {
        if (IsNull(column)) return {};
        return std::string_view(PQgetvalue(result_, row_, column),
                                static_cast<std::size_t>(PQgetlength(result_, row_, column)));
    }
    std::optional<std::int64_t> Integer(int column) const override { return Parse<std::int64_t>(column); }
    std::optional<double> Real(int column) const override { return Parse<double>(column); }

private:
    template <typename T>
    std::optional<T> Parse(int column) const {
        if (IsNull(column)) return std::nullopt;
        const char* begin = PQgetvalue(result_, row_, column);
        const char* end = begin + PQgetlength(result_, row_, column);
        T value{};
        const auto [stop, error] = std::from_chars(begin, end, value);
        if (error != std::errc() || stop != end) return std::nullopt;
        return value;
    }

    const PGresult* result_;
    int row_;
};

Result<void> Check(PGconn* connection, ResultPtr result, const RowHandler& on_row) {
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return PostgresError(connection, result.get());
    if (!on_row) return {};
    for (int row = 0; row < PQntuples(result.get()); ++row) {
        if (auto handled = on_row(PostgresRow(result.get(), row)); !handled) return handled;
    }
    return {};
}

// A server-side prepared statement, kept for the life of the connection that it borrows.
class PostgresStatement final : public SqlStatement {
public:
    PostgresStatement(PGconn* connection, std::string name) : connection_(connection), name_(std::move(name)) {}
    Result<void> Run(std::span<const SqlValue> params, const RowHandler& on_row) override {
        const TextParams text(params);
        return Check(
            connection_,
            ResultPtr(PQexecPrepared(connection_, name_.c_str(), text.count(), text.values(), nullptr, nullptr, 0)),
            on_row);
    }

private:
    PGconn* connection_;
    std::string name_;
};

// One connection, which it owns, with the statements prepared on it by SQL text so that every
// import after the first reuses them. Not thread-safe.
class PostgresDatabase final : public SqlDatabase, public SqlCopy {
public:
    explicit PostgresDatabase(ConnectionPtr connection) : connection_(std::move(connection)) {}

    Result<void> Exec(std::string_view sql, std::span<const SqlValue> params, const RowHandler& on_row) override {
        const std::string text(sql);
        const TextParams values(params);
        return Check(connection_.get(),
                     ResultPtr(PQexecParams(connection_.get(), text.c_str(), values.count(), nullptr, values.values(),
                                            nullptr, nullptr, 0)),
                     on_row);
    }
    Result<void> ExecScript(std::string_view sql) override {
        const std::string text(sql);
        return Check(connection_.get(), ResultPtr(PQexec(connection_.get(), text.c_str())), {});
    }
    Result<std::unique_ptr<SqlStatement>> Prepare(std::string_view sql) override {
        std::string text(sql);
        auto found = prepared_.find(text);
        if (found == prepared_.end()) {
            std::string name = fmt::format("kompas_{}", prepared_.size() + 1);
            auto prepared = Check(connection_.get(),
                                  ResultPtr(PQprepare(connection_.get(), name.c_str(), text.c_str(), 0, nullptr)), {});
            if (!prepared) return std::unexpected(std::move(prepared.error()));
            found = prepared_.emplace(std::move(text), std::move(name)).first;
        }
        return std::make_unique<PostgresStatement>(connection_.get(), found->second);
    }
    // Writers of the same lock name queue on an advisory lock that the transaction's end releases.
    Result<void> BeginWrite(std::string_view lock) override {
        auto begun = ExecScript("BEGIN");
        const SqlValue params[] = {lock};
        if (begun) begun = Exec("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", params, {});
        if (!begun) (void)ExecScript("ROLLBACK");
        return begun;
    }
    Result<void> CopyBegin(std::string_view sql) override {
        const std::string text(sql);
        ResultPtr result(PQexec(connection_.get(), text.c_str()));
        if (!result || PQresultStatus(result.get()) != PGRES_COPY_IN)
            return PostgresError(connection_.get(), result.get());
        return {};
    }
    Result<void> CopyData(std::string_view rows) override {
        if (rows.size() > INT_MAX) return Fail(ErrorCode::kInternal, "postgresql: COPY data too large");
        if (PQputCopyData(connection_.get(), rows.data(), static_cast<int>(rows.size())) != 1) {
            return PostgresError(connection_.get(), nullptr);
        }
        return {};
    }
    Result<void> CopyEnd() override {
        if (PQputCopyEnd(connection_.get(), nullptr) != 1) return PostgresError(connection_.get(), nullptr);
        Result<void> result;
        // The COPY's own result, then nothing more.
        while (PGresult* raw = PQgetResult(connection_.get())) {
            ResultPtr next(raw);
            if (result && PQresultStatus(next.get()) != PGRES_COMMAND_OK)
                result = PostgresError(connection_.get(), next.get());
        }
        return result;
    }
    std::string_view Dialect() const override { return "postgresql"; }

private:
    ConnectionPtr connection_;
    std::map<std::string, std::string, std::less<>> prepared_;  // SQL text -> statement name
};

}  // namespace

Result<std::unique_ptr<SqlDatabase>> OpenPostgresDatabase(std::string_view conninfo) {
    const std::string text(conninfo);
    ConnectionPtr connection(PQconnectdb(text.c_str()));
    if (connection == nullptr) return Fail(ErrorCode::kInternal, "postgresql: out of memory");
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        return Fail(ErrorCode::kUnavailable,
                    "postgresql: cannot connect: " + Trimmed(PQerrorMessage(connection.get())));
    }
    if (PQsetClientEncoding(connection.get(), "UTF8") != 0) {
        return Fail(ErrorCode::kInternal, "postgresql: " + Trimmed(PQerrorMessage(connection.get())));
    }
    auto database = std::make_unique<PostgresDatabase>(std::move(connection));
    if (auto quiet = database->ExecScript("SET client_min_messages = warning"); !quiet) {
        return std::unexpected(std::move(quiet.error()));
    }
    return database;
}

Result<std::unique_ptr<Store>> OpenPostgresStore(std::string_view conninfo) {
    auto database = OpenPostgresDatabase(conninfo);
    if (!database) return std::unexpected(std::move(database.error()));
    return std::make_unique<SqlStore>(std::move(*database));
}

}  // namespace kompas
