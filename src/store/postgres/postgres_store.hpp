// The server option: a Store in a PostgreSQL database, for many organisations at once.
#pragma once

#include <memory>
#include <string_view>

#include "store/store.hpp"

namespace kompas {

// Connects with a libpq connection string ("postgresql://user@host:port/db" or "host=... dbname=...")
// without migrating.
Result<std::unique_ptr<Store>> OpenPostgresStore(std::string_view conninfo);

}  // namespace kompas
