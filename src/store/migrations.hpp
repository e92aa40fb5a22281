// The numbered schema migrations (migrations/NNNN_name.sql), embedded at build time by
// embed_migrations.cmake. The same SQL runs on SQLite and PostgreSQL.
#pragma once

#include <span>
#include <string_view>

namespace kompas {

struct Migration {
    int version;            // NNNN of the file name: 1, 2, ... without gaps
    std::string_view name;  // the rest of the file name, without ".sql"
    std::string_view sql;   // one or more statements
};

// All migrations, oldest first.
std::span<const Migration> Migrations();

}  // namespace kompas
