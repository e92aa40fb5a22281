// What the SQLite and PostgreSQL stores share: the SQL text, and the mapping between core
// types and statement parameters and result rows. Stored names are core's lower-case names.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/indicator.hpp"
#include "core/region.hpp"
#include "store/sql_database.hpp"

namespace kompas::sql {

inline constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at TEXT NOT NULL)";
inline constexpr std::string_view kSelectMigrations = "SELECT version FROM schema_migrations ORDER BY version";
inline constexpr std::string_view kInsertMigration =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)";

inline constexpr std::string_view kPutRegion =
    "INSERT INTO regions (code, name, level, parent) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO UPDATE SET "
    "name = excluded.name, level = excluded.level, parent = excluded.parent";
inline constexpr std::string_view kEnsureRegion =
    "INSERT INTO regions (code, name, level, parent) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING";
inline constexpr std::string_view kPutIndicator =
    "INSERT INTO indicators (key, title, unit, decimals, direction, source, definition) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO UPDATE SET title = excluded.title, "
    "unit = excluded.unit, decimals = excluded.decimals, direction = excluded.direction, "
    "source = excluded.source, definition = excluded.definition";
inline constexpr std::string_view kEnsureIndicator =
    "INSERT INTO indicators (key, title, unit, decimals, direction, source, definition) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO NOTHING";
// An upsert of observations: kInsertObservations, one or more "($1, ..., $7)", kObservationConflict.
inline constexpr std::string_view kInsertObservations =
    "INSERT INTO observations (indicator, region, period, value, numerator, denominator, status) VALUES ";
inline constexpr std::string_view kObservationConflict =
    " ON CONFLICT (indicator, region, period) DO UPDATE SET "
    "value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator, "
    "status = excluded.status";

// The trajectory records (SqlTrajectoryWriter): an upsert is kInsertTrajectories, one or more
// "($1, ..., $14)", kTrajectoryConflict and what the kind of change overwrites (a whole record:
// kWholeUpdate).
inline constexpr std::string_view kTrajectoryColumns =
    "provider, client, help_form, start_day, municipality, birth_year, sex, referrer, end_day, reason, "
    "satisfaction_youth, satisfaction_parent, without_help_youth, without_help_parent";
inline constexpr std::string_view kInsertTrajectories =
    "INSERT INTO trajectories (provider, client, help_form, start_day, municipality, birth_year, sex, "
    "referrer, end_day, reason, satisfaction_youth, satisfaction_parent, without_help_youth, "
    "without_help_parent) VALUES ";
inline constexpr std::string_view kTrajectoryConflict =
    " ON CONFLICT (provider, client, help_form, start_day) DO UPDATE SET ";
inline constexpr std::string_view kWholeUpdate =
    "municipality = excluded.municipality, birth_year = excluded.birth_year, sex = excluded.sex, "
    "referrer = excluded.referrer, end_day = excluded.end_day, reason = excluded.reason, "
    "satisfaction_youth = excluded.satisfaction_youth, satisfaction_parent = excluded.satisfaction_parent, "
    "without_help_youth = excluded.without_help_youth, without_help_parent = excluded.without_help_parent";

inline constexpr std::string_view kFindImport = "SELECT 1 FROM imports WHERE format = $1 AND content_hash = $2";
// Returns a row only when this transaction recorded the import: nothing when another won the race.
inline constexpr std::string_view kInsertImport =
    "INSERT INTO imports (format, content_hash, source, imported_at, regions, indicators, observations) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (format, content_hash) DO NOTHING RETURNING 1";

inline constexpr std::string_view kRegionColumns = "SELECT code, name, level, parent FROM regions";
inline constexpr std::string_view kIndicatorColumns =
    "SELECT key, title, unit, decimals, direction, source, definition FROM indicators";
inline constexpr std::string_view kObservationColumns =
    "SELECT indicator, region, period, value, numerator, denominator, status FROM observations";
inline constexpr std::string_view kCounts =
    "SELECT (SELECT COUNT(*) FROM regions), (SELECT COUNT(*) FROM indicators), "
    "(SELECT COUNT(*) FROM observations), (SELECT COUNT(*) FROM imports)";

// "($1, ..., $c), ($c+1, ..., $2c), ...": the parameters of `rows` rows of `columns` values, for a
// multi-row INSERT ... VALUES.
std::string Placeholders(std::size_t rows, std::size_t columns);

// Parameters in the column order of the statements above. They borrow from the argument.
std::array<SqlValue, 4> RegionParams(const Region& region);
std::array<SqlValue, 7> IndicatorParams(const Indicator& indicator);
std::array<SqlValue, 7> ObservationParams(const Observation& observation);

// Rows in the column order of k*Columns; a value the code does not know is an internal error.
Result<Region> RegionFromRow(const SqlRow& row);
Result<Indicator> IndicatorFromRow(const SqlRow& row);
Result<Observation> ObservationFromRow(const SqlRow& row);

// A handler that appends each row, mapped by `from_row`, to `out`.
template <typename T>
RowHandler AppendTo(std::vector<T>& out, Result<T> (*from_row)(const SqlRow&)) {
    return [&out, from_row](const SqlRow& row) -> Result<void> {
        auto item = from_row(row);
        if (!item) return std::unexpected(std::move(item.error()));
        out.push_back(std::move(*item));
        return {};
    };
}

// A nullable real parameter.
inline SqlValue Nullable(const std::optional<double>& value) { return value ? SqlValue(*value) : SqlValue(); }

// "2024-05-01T12:00:00Z": when a migration or import was recorded.
std::string UtcNow();

}  // namespace kompas::sql
