#include "store/store.hpp"

#include "store/postgres/postgres_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace kompas {
namespace {

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// A libpq keyword/value string begins with one of its keywords.
bool IsPostgresConnectionString(std::string_view url) {
    for (std::string_view prefix : {"postgresql://", "postgres://", "host=", "hostaddr=", "dbname=", "service="}) {
        if (StartsWith(url, prefix)) return true;
    }
    return false;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenStore(std::string_view url) {
    if (url.empty()) return Fail(ErrorCode::kInvalidArgument, "no database given (sqlite:PATH or postgresql://...)");
    if (IsPostgresConnectionString(url)) return OpenPostgresStore(url);
    if (StartsWith(url, "sqlite:")) url.remove_prefix(std::string_view("sqlite:").size());
    return OpenSqliteStore(std::filesystem::path(url));
}

}  // namespace kompas
