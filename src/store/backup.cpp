#include "store/backup.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <libpq-fe.h>
#include <sodium.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <vector>

#include "privacy/secrets.hpp"
#include "store/sql_rows.hpp"

extern char** environ;

namespace kompas {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "KOMPAS-BACKUP 1";
constexpr std::size_t kMaxHeader = 4096;

bool IsPostgres(std::string_view url) {
    for (std::string_view prefix : {"postgresql://", "postgres://", "host=", "hostaddr=", "dbname=", "service="}) {
        if (url.starts_with(prefix)) return true;
    }
    return false;
}

fs::path SqlitePath(std::string_view url) {
    if (url.starts_with("sqlite:")) url.remove_prefix(std::string_view("sqlite:").size());
    return fs::path(std::string(url));
}

std::string UtcNowText() { return sql::UtcNow(); }

// A temporary file next to `near`, removed when this goes out of scope unless released.
class TempFile {
public:
    explicit TempFile(const fs::path& near, std::string_view what)
        : path_(near.parent_path() / fmt::format(".{}.{}-{}", near.filename().string(), what, RandomHex(6))) {}
    ~TempFile() {
        if (path_.empty()) return;
        std::error_code ignored;
        fs::remove(path_, ignored);
        for (const char* suffix : {"-journal", "-wal", "-shm"}) fs::remove(path_.string() + suffix, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const fs::path& path() const { return path_; }
    void Release() { path_.clear(); }

private:
    fs::path path_;
};

// Creates an empty file only the owner may read: a backup holds everything the database holds.
Result<void> CreatePrivate(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Fail(ErrorCode::kUnavailable, fmt::format("Kan {} niet maken: {}", path.string(), std::strerror(errno)));
    }
    ::close(fd);
    return {};
}

using SqlitePtr = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

Result<SqlitePtr> OpenSqlite(const fs::path& path, int flags) {
    sqlite3* raw = nullptr;
    const int code = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    SqlitePtr db(raw, &sqlite3_close);
    if (code != SQLITE_OK) {
        return Fail(ErrorCode::kUnavailable, fmt::format("Kan de SQLite-database {} niet openen: {}", path.string(),
                                                         raw != nullptr ? sqlite3_errmsg(raw) : "geen geheugen"));
    }
    sqlite3_busy_timeout(db.get(), 10000);
    return db;
}

// Copies every page of `from` into `to` in one read transaction of `from` (a consistent state,
// while others keep writing in WAL mode).
Result<void> CopySqlite(sqlite3* from, sqlite3* to, std::string_view what) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (backup == nullptr) {
        return Fail(ErrorCode::kUnavailable, fmt::format("{}: {}", what, sqlite3_errmsg(to)));
    }
    int code = SQLITE_OK;
    do {
        code = sqlite3_backup_step(backup, -1);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) sqlite3_sleep(50);
    } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE) {
        return Fail(ErrorCode::kUnavailable, fmt::format("{}: {}", what, sqlite3_errstr(code)));
    }
    if (const int error = sqlite3_errcode(to); error != SQLITE_OK && error != SQLITE_DONE) {
        return Fail(ErrorCode::kUnavailable, fmt::format("{}: {}", what, sqlite3_errmsg(to)));
    }
    return {};
}

// "ok" from PRAGMA integrity_check, or its first complaint.
Result<void> CheckSqliteIntegrity(sqlite3* db, std::string_view what) {
    std::string first;
    auto collect = [](void* out, int, char** values, char**) -> int {
        auto* text = static_cast<std::string*>(out);
        if (text->empty() && values[0] != nullptr) *text = values[0];
        return 0;
    };
    if (sqlite3_exec(db, "PRAGMA integrity_check", collect, &first, nullptr) != SQLITE_OK) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("{} is geen leesbare SQLite-database: {}", what, sqlite3_errmsg(db)));
    }
    if (first != "ok") {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("{} is beschadigd (PRAGMA integrity_check: {})", what, first));
    }
    return {};
}

// Runs a program with these arguments (no shell) and waits for it.
Result<void> RunProgram(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (const int error = posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ); error != 0) {
        return Fail(ErrorCode::kUnavailable, fmt::format("Kan {} niet starten: {} (is het geïnstalleerd en staat het "
                                                         "in PATH?)",
                                                         args[0], std::strerror(error)));
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return Fail(ErrorCode::kUnavailable, fmt::format("{}: {}", args[0], std::strerror(errno)));
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return Fail(ErrorCode::kUnavailable, fmt::format("{} is mislukt (afsluitcode {}); zie de melding hierboven",
                                                         args[0], WIFEXITED(status) ? WEXITSTATUS(status) : -1));
    }
    return {};
}

class Sha256 {
public:
    Sha256() { crypto_hash_sha256_init(&state_); }
    void Add(const char* data, std::size_t size) {
        crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(data), size);
    }
    std::string Hex() {
        std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
        crypto_hash_sha256_final(&state_, digest.data());
        std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
        sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
        return std::string(hex.data());
    }

private:
    crypto_hash_sha256_state state_{};
};

// Copies `in` to `out` (when given) while hashing; returns the bytes copied.
Result<std::uint64_t> CopyHashing(std::istream& in, std::ostream* out, Sha256& hash, const fs::path& name) {
    std::vector<char> buffer(1 << 16);
    std::uint64_t total = 0;
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) break;
        hash.Add(buffer.data(), got);
        if (out != nullptr && !out->write(buffer.data(), static_cast<std::streamsize>(got))) {
            return Fail(ErrorCode::kUnavailable,
                        fmt::format("Kan niet schrijven naar {} (schijf vol?)", name.string()));
        }
        total += got;
    }
    if (in.bad()) return Fail(ErrorCode::kUnavailable, fmt::format("Kan {} niet lezen", name.string()));
    return total;
}

Result<void> SyncFile(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        return Fail(ErrorCode::kUnavailable,
                    fmt::format("Kan {} niet wegschrijven: {}", path.string(), std::strerror(error)));
    }
    ::close(fd);
    return {};
}

// Makes the payload of a backup in `payload`.
Result<void> DumpDatabase(std::string_view url, const fs::path& payload) {
    if (IsPostgres(url)) {
        return RunProgram({"pg_dump", "--format=custom", "--file=" + payload.string(), "--dbname=" + std::string(url)});
    }
    const fs::path source = SqlitePath(url);
    if (!fs::exists(source)) {
        return Fail(ErrorCode::kNotFound,
                    fmt::format("Er is geen database {}: niets om te back-uppen", source.string()));
    }
    auto from = OpenSqlite(source, SQLITE_OPEN_READWRITE);  // WAL readers may need to write -shm
    if (!from) return std::unexpected(std::move(from.error()));
    auto to = OpenSqlite(payload, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!to) return std::unexpected(std::move(to.error()));
    if (auto copied = CopySqlite(from->get(), to->get(), "De online back-up van SQLite is mislukt"); !copied) {
        return copied;
    }
    // One file, no WAL beside it: the payload is the whole database.
    sqlite3_exec(to->get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    return CheckSqliteIntegrity(to->get(), "De back-up");
}

struct Header {
    BackupInfo info;
    std::size_t length = 0;  // bytes of header, including the empty line
};

Result<Header> ReadHeader(std::istream& in, const fs::path& from) {
    auto damaged = [&from](std::string_view why) {
        return Fail(
            ErrorCode::kInvalidArgument,
            fmt::format("{} is geen bruikbare back-up van Kompas: {}. Er is niets teruggezet.", from.string(), why));
    };
    std::string text(kMaxHeader, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    const std::size_t end = text.find("\n\n");
    if (!text.starts_with(std::string(kMagic) + "\n") || end == std::string::npos || end <= kMagic.size()) {
        return damaged("de kop ontbreekt of is beschadigd");
    }
    Header header;
    header.length = end + 2;
    std::string_view rest = std::string_view(text).substr(kMagic.size() + 1, end - kMagic.size() - 1);
    bool has_size = false;
    while (!rest.empty()) {
        const std::size_t eol = rest.find('\n');
        const std::string_view line = rest.substr(0, eol);
        rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
        const std::size_t colon = line.find(": ");
        if (colon == std::string_view::npos) return damaged("een regel van de kop is onleesbaar");
        const std::string_view key = line.substr(0, colon);
        const std::string value(line.substr(colon + 2));
        if (key == "database") header.info.database = value;
        if (key == "created") header.info.created = value;
        if (key == "sha256") header.info.sha256 = value;
        if (key == "size") {
            try {
                std::size_t used = 0;
                header.info.size = std::stoull(value, &used);
                has_size = used == value.size();
            } catch (const std::exception&) {
                has_size = false;
            }
        }
    }
    if (header.info.database != "sqlite" && header.info.database != "postgresql") {
        return damaged("de kop noemt geen database (sqlite of postgresql)");
    }
    if (!has_size) return damaged("de kop noemt geen geldige grootte");
    if (header.info.sha256.size() != 64) return damaged("de kop noemt geen SHA-256-controlesom");
    return header;
}

// Checks `from` and, when `payload` is given, writes the payload there.
Result<BackupInfo> CheckAndExtract(const fs::path& from, const fs::path* payload) {
    std::ifstream in(from, std::ios::binary);
    if (!in) return Fail(ErrorCode::kNotFound, fmt::format("Kan het back-upbestand {} niet openen", from.string()));
    auto header = ReadHeader(in, from);
    if (!header) return std::unexpected(std::move(header.error()));
    in.clear();
    in.seekg(static_cast<std::streamoff>(header->length));
    std::ofstream out;
    if (payload != nullptr) {
        out.open(*payload, std::ios::binary | std::ios::trunc);
        if (!out) return Fail(ErrorCode::kUnavailable, fmt::format("Kan {} niet maken", payload->string()));
    }
    Sha256 hash;
    auto copied = CopyHashing(in, payload != nullptr ? &out : nullptr, hash, payload != nullptr ? *payload : from);
    if (!copied) return std::unexpected(std::move(copied.error()));
    if (payload != nullptr) {
        out.close();
        if (!out)
            return Fail(ErrorCode::kUnavailable,
                        fmt::format("Kan niet schrijven naar {} (schijf vol?)", payload->string()));
    }
    const std::string sum = hash.Hex();
    if (*copied != header->info.size) {
        return Fail(
            ErrorCode::kInvalidArgument,
            fmt::format("Het back-upbestand {} is beschadigd of onvolledig: {} bytes gegevens, de kop noemt {}. "
                        "Er is niets teruggezet.",
                        from.string(), *copied, header->info.size));
    }
    if (sum != header->info.sha256) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("Het back-upbestand {} is beschadigd: de SHA-256-controlesom klopt niet (verwacht {}, "
                                "berekend {}). Er is niets teruggezet.",
                                from.string(), header->info.sha256, sum));
    }
    return header->info;
}

using PgPtr = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using PgResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

// The number of tables in the target PostgreSQL database, outside the system schemas.
Result<long> CountPostgresTables(std::string_view url) {
    const std::string conninfo(url);
    PgPtr connection(PQconnectdb(conninfo.c_str()), &PQfinish);
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        return Fail(ErrorCode::kUnavailable,
                    fmt::format("Kan de PostgreSQL-database niet bereiken: {}", PQerrorMessage(connection.get())));
    }
    PgResultPtr result(PQexec(connection.get(),
                              "SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"),
                       &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        return Fail(ErrorCode::kUnavailable, fmt::format("PostgreSQL: {}", PQerrorMessage(connection.get())));
    }
    return std::stol(PQgetvalue(result.get(), 0, 0));
}

Result<void> RestorePostgres(const fs::path& payload, std::string_view url, bool force) {
    auto tables = CountPostgresTables(url);
    if (!tables) return std::unexpected(std::move(tables.error()));
    if (*tables > 0 && !force) {
        return Fail(ErrorCode::kConflict,
                    fmt::format("De PostgreSQL-database is niet leeg ({} tabellen). Gebruik --force "
                                "om haar te overschrijven met de back-up.",
                                *tables));
    }
    std::vector<std::string> args = {"pg_restore", "--single-transaction", "--exit-on-error", "--no-owner"};
    if (*tables > 0) {
        args.emplace_back("--clean");
        args.emplace_back("--if-exists");
    }
    args.push_back("--dbname=" + std::string(url));
    args.push_back(payload.string());
    return RunProgram(args);
}

// Whether the SQLite file at `path` holds anything: tables, or bytes that are no database.
bool SqliteHoldsSomething(const fs::path& path) {
    std::error_code error;
    if (!fs::exists(path, error) || fs::file_size(path, error) == 0) return false;
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    SqlitePtr db(raw, &sqlite3_close);
    long count = -1;
    auto read = [](void* out, int, char** values, char**) -> int {
        *static_cast<long*>(out) = values[0] != nullptr ? std::atol(values[0]) : -1;
        return 0;
    };
    if (sqlite3_exec(db.get(), "SELECT count(*) FROM sqlite_master", read, &count, nullptr) != SQLITE_OK) return true;
    return count != 0;
}

Result<void> RestoreSqlite(const fs::path& payload, std::string_view url, bool force) {
    const fs::path target = SqlitePath(url);
    {
        auto copy = OpenSqlite(payload, SQLITE_OPEN_READONLY);
        if (!copy) return std::unexpected(std::move(copy.error()));
        if (auto intact = CheckSqliteIntegrity(copy->get(), "De database in de back-up"); !intact) return intact;
    }
    if (SqliteHoldsSomething(target) && !force) {
        return Fail(ErrorCode::kConflict, fmt::format("De database {} is niet leeg. Gebruik --force om haar te "
                                                      "overschrijven met de back-up.",
                                                      target.string()));
    }
    // Page by page into the target, so that a connection that still has it open sees the
    // restored state rather than a file pulled away beneath it.
    auto from = OpenSqlite(payload, SQLITE_OPEN_READONLY);
    if (!from) return std::unexpected(std::move(from.error()));
    auto to = OpenSqlite(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    Result<void> copied =
        to ? CopySqlite(from->get(), to->get(), "Terugzetten") : Result<void>(std::unexpected(to.error()));
    if (copied) copied = CheckSqliteIntegrity(to->get(), "De teruggezette database");
    if (copied) return {};
    // The target is too damaged to write into: replace the file itself (and its WAL, which
    // belongs to the old file).
    if (to) to->reset();
    from->reset();
    std::error_code error;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) fs::remove(target.string() + suffix, error);
    fs::rename(payload, target, error);
    if (error) {
        return Fail(ErrorCode::kUnavailable, fmt::format("Kan {} niet vervangen: {} (eerder: {})", target.string(),
                                                         error.message(), copied.error().message));
    }
    return SyncFile(target);
}

}  // namespace

Result<BackupInfo> WriteBackup(std::string_view url, const fs::path& to) {
    if (auto ready = InitSodium(); !ready) return std::unexpected(ready.error());
    std::error_code error;
    if (fs::exists(to, error)) {
        return Fail(ErrorCode::kConflict,
                    fmt::format("{} bestaat al; kies een nieuwe naam voor de back-up", to.string()));
    }
    const fs::path target = fs::absolute(to, error);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), error);
    TempFile payload(target, "payload");
    if (auto made = CreatePrivate(payload.path()); !made) return std::unexpected(std::move(made.error()));
    if (auto dumped = DumpDatabase(url, payload.path()); !dumped) return std::unexpected(std::move(dumped.error()));

    BackupInfo info;
    info.database = IsPostgres(url) ? "postgresql" : "sqlite";
    info.created = UtcNowText();
    {
        std::ifstream in(payload.path(), std::ios::binary);
        Sha256 hash;
        auto size = CopyHashing(in, nullptr, hash, payload.path());
        if (!size) return std::unexpected(std::move(size.error()));
        info.size = *size;
        info.sha256 = hash.Hex();
    }
    TempFile partial(target, "partial");
    if (auto made = CreatePrivate(partial.path()); !made) return std::unexpected(std::move(made.error()));
    {
        std::ofstream out(partial.path(), std::ios::binary | std::ios::trunc);
        out << kMagic << "\n"
            << "database: " << info.database << "\n"
            << "created: " << info.created << "\n"
            << "size: " << info.size << "\n"
            << "sha256: " << info.sha256 << "\n\n";
        std::ifstream in(payload.path(), std::ios::binary);
        Sha256 again;
        auto copied = CopyHashing(in, &out, again, partial.path());
        if (!copied) return std::unexpected(std::move(copied.error()));
        out.close();
        if (!out)
            return Fail(ErrorCode::kUnavailable,
                        fmt::format("Kan niet schrijven naar {} (schijf vol?)", target.string()));
    }
    if (auto synced = SyncFile(partial.path()); !synced) return std::unexpected(std::move(synced.error()));
    fs::rename(partial.path(), target, error);
    if (error)
        return Fail(ErrorCode::kUnavailable, fmt::format("Kan {} niet maken: {}", target.string(), error.message()));
    partial.Release();
    return info;
}

Result<BackupInfo> CheckBackup(const fs::path& from) {
    if (auto ready = InitSodium(); !ready) return std::unexpected(ready.error());
    return CheckAndExtract(from, nullptr);
}

Result<BackupInfo> RestoreBackup(const fs::path& from, std::string_view url, bool force) {
    if (auto ready = InitSodium(); !ready) return std::unexpected(ready.error());
    std::error_code error;
    const fs::path near =
        IsPostgres(url) ? fs::temp_directory_path() / "kompas-restore" : fs::absolute(SqlitePath(url), error);
    if (near.has_parent_path()) fs::create_directories(near.parent_path(), error);
    TempFile payload(near, "restore");
    if (auto made = CreatePrivate(payload.path()); !made) return std::unexpected(std::move(made.error()));
    auto info = CheckAndExtract(from, &payload.path());
    if (!info) return info;
    const std::string kind = IsPostgres(url) ? "postgresql" : "sqlite";
    if (info->database != kind) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("{} is een back-up van een {}-database; de ingestelde database is {}. Er is niets "
                                "teruggezet.",
                                from.string(), info->database, kind));
    }
    auto restored =
        kind == "postgresql" ? RestorePostgres(payload.path(), url, force) : RestoreSqlite(payload.path(), url, force);
    if (!restored) return std::unexpected(std::move(restored.error()));
    return info;
}

}  // namespace kompas
