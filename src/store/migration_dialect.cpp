#include <string>
#include <string_view>

#include "store/migrations.hpp"

namespace kompas {

std::string MigrationSqlFor(std::string_view sql, std::string_view dialect) {
    constexpr std::string_view kMarker = "-- dialect: ";
    std::string out;
    out.reserve(sql.size());
    bool keep = true;
    while (!sql.empty()) {
        const std::size_t end = sql.find('\n');
        std::string_view line = sql.substr(0, end);
        sql.remove_prefix(end == std::string_view::npos ? sql.size() : end + 1);
        std::string_view bare = line;
        if (bare.ends_with('\r')) bare.remove_suffix(1);
        if (bare.starts_with(kMarker)) {
            const std::string_view name = bare.substr(kMarker.size());
            keep = name == "all" || name == dialect;
        }
        if (keep) out += line;
        if (end != std::string_view::npos) out += '\n';
    }
    return out;
}

}  // namespace kompas
