// The little that the Store needs from a SQL database, so that one SqlStore runs on SQLite and
// PostgreSQL alike. Statements are written with $1, $2, ... placeholders, numbered in the order
// of their first appearance, which both databases accept.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "core/error.hpp"

namespace kompas {

// A statement parameter: NULL, text, integer or real. Text is borrowed, not copied: it must live
// until the statement has run.
using SqlValue = std::variant<std::monostate, std::string_view, std::int64_t, double>;

// One result row, valid only inside the RowHandler that receives it. Columns count from 0.
class SqlRow {
public:
    virtual ~SqlRow() = default;
    virtual bool IsNull(int column) const = 0;
    virtual std::string Text(int column) const = 0;                     // "" when NULL
    virtual std::optional<std::int64_t> Integer(int column) const = 0;  // nullopt when NULL or not a number
    virtual std::optional<double> Real(int column) const = 0;           // nullopt when NULL or not a number
};

using RowHandler = std::function<Result<void>(const SqlRow&)>;

// A statement prepared once and run many times, e.g. once per imported row. Belongs to the
// SqlDatabase that prepared it and must not outlive it. Not thread-safe.
class SqlStatement {
public:
    virtual ~SqlStatement() = default;
    virtual Result<void> Run(std::span<const SqlValue> params, const RowHandler& on_row = {}) = 0;
};

// One open connection. Not thread-safe: one per thread, like the Store that owns it.
class SqlDatabase {
public:
    virtual ~SqlDatabase() = default;

    // Runs one statement with parameters, passing each result row to `on_row`.
    virtual Result<void> Exec(std::string_view sql, std::span<const SqlValue> params = {},
                              const RowHandler& on_row = {}) = 0;
    // Runs one or more statements without parameters (a migration).
    virtual Result<void> ExecScript(std::string_view sql) = 0;
    virtual Result<std::unique_ptr<SqlStatement>> Prepare(std::string_view sql) = 0;

    // Opens a write transaction that excludes every other writer holding the same `lock`:
    // SQLite takes its one write lock at once (BEGIN IMMEDIATE), PostgreSQL an advisory lock
    // on the name for the length of the transaction.
    virtual Result<void> BeginWrite(std::string_view lock) = 0;

    // "sqlite" or "postgresql": which sections of a migration run (MigrationSqlFor).
    virtual std::string_view Dialect() const = 0;
};

}  // namespace kompas
