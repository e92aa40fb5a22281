// The embedded default: a Store in one SQLite file, in WAL mode so that the server and the CLI
// can share it (readers never wait for the writer; writers wait up to the busy timeout).
#pragma once

#include <filesystem>
#include <memory>

#include "store/sql_database.hpp"
#include "store/store.hpp"

namespace kompas {

// Opens (creating the file and its parent directory when absent) without migrating.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::filesystem::path& path);
// The connection alone, configured the same way, for a SqlStore over a wrapped database (tests
// inject failed writes there).
Result<std::unique_ptr<SqlDatabase>> OpenSqliteDatabase(const std::filesystem::path& path);

}  // namespace kompas
