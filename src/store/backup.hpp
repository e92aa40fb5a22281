// `kompas backup` and `kompas restore`: a consistent copy of the database while the server runs
// (SQLite's online backup API; pg_dump in custom format for PostgreSQL), in one file with a
// SHA-256 checksum, and bringing such a file back after checking that checksum.
//
// The file: a text header, an empty line, then the payload (the SQLite database file or the
// pg_dump archive):
//
//   KOMPAS-BACKUP 1
//   database: sqlite            (or postgresql)
//   created: 2026-12-06T10:00:00Z
//   size: 123456                (bytes of payload)
//   sha256: <64 hex digits>     (of the payload)
//
// The pseudonym key is never part of a backup: it is a file next to the database, not in it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kompas {

struct BackupInfo {
    std::string database;  // "sqlite" or "postgresql"
    std::string created;   // UTC, ISO 8601
    std::uint64_t size = 0;
    std::string sha256;
};

// Writes a backup of the database at `url` (sqlite:PATH or a PostgreSQL URL) to `to`, which must
// not exist yet. The file appears only when it is complete.
Result<BackupInfo> WriteBackup(std::string_view url, const std::filesystem::path& to);

// Checks a backup file's header, size and checksum without restoring anything.
Result<BackupInfo> CheckBackup(const std::filesystem::path& from);

// Checks `from`, then restores it into the database at `url`. A target that already holds
// tables (or that cannot be read as a database at all) is only overwritten with `force`.
Result<BackupInfo> RestoreBackup(const std::filesystem::path& from, std::string_view url, bool force);

}  // namespace kompas
