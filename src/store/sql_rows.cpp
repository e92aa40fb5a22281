#include "store/sql_rows.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <ctime>

namespace kompas::sql {
namespace {

std::unexpected<Error> Corrupt(std::string_view table, int column, std::string_view text) {
    return Fail(ErrorCode::kInternal,
                fmt::format("database: {} has an unexpected value '{}' in column {}", table, text, column + 1));
}

}  // namespace

std::string Placeholders(std::size_t rows, std::size_t columns) {
    std::string text;
    for (std::size_t row = 0; row < rows; ++row) {
        text += row == 0 ? "(" : ", (";
        for (std::size_t column = 0; column < columns; ++column) {
            text += fmt::format("{}${}", column == 0 ? "" : ", ", row * columns + column + 1);
        }
        text += ")";
    }
    return text;
}

std::array<SqlValue, 4> RegionParams(const Region& region) {
    return {region.code, region.name, RegionLevelName(region.level),
            region.parent.empty() ? SqlValue() : SqlValue(region.parent)};
}

std::array<SqlValue, 7> IndicatorParams(const Indicator& indicator) {
    return {indicator.key,
            indicator.title,
            indicator.unit,
            static_cast<std::int64_t>(indicator.decimals),
            DirectionName(indicator.direction),
            indicator.source,
            indicator.definition};
}

std::array<SqlValue, 7> ObservationParams(const Observation& observation) {
    return {observation.indicator,
            observation.region,
            observation.period,
            Nullable(observation.value),
            Nullable(observation.numerator),
            Nullable(observation.denominator),
            ObservationStatusName(observation.status)};
}

Result<Region> RegionFromRow(const SqlRow& row) {
    Region region{row.Text(0), row.Text(1), RegionLevel::kMunicipality, row.Text(3)};
    const std::string level = row.Text(2);
    const auto parsed = ParseRegionLevel(level);
    if (!parsed) return Corrupt("regions", 2, level);
    region.level = *parsed;
    return region;
}

Result<Indicator> IndicatorFromRow(const SqlRow& row) {
    Indicator indicator{row.Text(0), row.Text(1), row.Text(2), 0, Direction::kNeutral, row.Text(5), row.Text(6)};
    const auto decimals = row.Integer(3);
    if (!decimals || *decimals < 0 || *decimals > 15) return Corrupt("indicators", 3, row.Text(3));
    indicator.decimals = static_cast<int>(*decimals);
    const std::string direction = row.Text(4);
    const auto parsed = ParseDirection(direction);
    if (!parsed) return Corrupt("indicators", 4, direction);
    indicator.direction = *parsed;
    return indicator;
}

Result<Observation> ObservationFromRow(const SqlRow& row) {
    Observation observation{row.Text(0), row.Text(1), row.Text(2), row.Real(3), row.Real(4), row.Real(5)};
    for (int column = 3; column <= 5; ++column) {
        if (!row.IsNull(column) && !row.Real(column)) return Corrupt("observations", column, row.Text(column));
    }
    const std::string status = row.Text(6);
    const auto parsed = ParseObservationStatus(status);
    if (!parsed) return Corrupt("observations", 6, status);
    observation.status = *parsed;
    return observation;
}

std::string UtcNow() { return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::time(nullptr))); }

}  // namespace kompas::sql
