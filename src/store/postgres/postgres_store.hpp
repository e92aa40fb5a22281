// The server option: a Store in a PostgreSQL database, for many organisations at once.
#pragma once

#include <memory>
#include <string_view>

#include "store/sql_database.hpp"
#include "store/store.hpp"

namespace kompas {

// Connects with a libpq connection string ("postgresql://user@host:port/db" or "host=... dbname=...")
// without migrating.
Result<std::unique_ptr<Store>> OpenPostgresStore(std::string_view conninfo);
// The connection alone, for a SqlStore over a wrapped database (tests inject failed writes there).
Result<std::unique_ptr<SqlDatabase>> OpenPostgresDatabase(std::string_view conninfo);

}  // namespace kompas
