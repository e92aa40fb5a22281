// The numbered schema migrations (migrations/NNNN_name.sql), embedded at build time by
// embed_migrations.cmake. The same SQL runs on SQLite and PostgreSQL, except in a migration
// that has "-- dialect: sqlite" / "-- dialect: postgresql" lines (see MigrationSqlFor).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace kompas {

struct Migration {
    int version;            // NNNN of the file name: 1, 2, ... without gaps
    std::string_view name;  // the rest of the file name, without ".sql"
    std::string_view sql;   // one or more statements
};

// All migrations, oldest first.
std::span<const Migration> Migrations();

// The part of a migration's SQL for one dialect ("sqlite" or "postgresql"). A line that is
// exactly "-- dialect: NAME" starts a section that runs only on NAME ("-- dialect: all" starts a
// section for both); lines before the first such line run on both. Lines of other dialects'
// sections become empty lines, so that line numbers in error messages still fit the file.
std::string MigrationSqlFor(std::string_view sql, std::string_view dialect);

}  // namespace kompas
