// The benchmark workload's queries Q1-Q4 (shared bench/outcome/workload.md) on a TrajectoryTable
// filled by workload_csv.hpp. Results are plain structs ordered like the SQL (by code name, then
// year); a group with fewer than 10 trajectories has all its figures empty, its count included.
// Percentages are 100.0 * numerator / denominator in double; a zero denominator gives no value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/trajectory_table.hpp"

namespace kompas::bench {

inline constexpr std::uint32_t kWorkloadMinCount = 10;  // smaller groups are suppressed
inline constexpr std::int32_t kReentryDays = 365;       // Q3's follow-up window after the end date

// The outcome figures of a group of ended trajectories (Q1, Q2, Q4).
struct WorkloadFigures {
    std::optional<std::int64_t> n_ended;
    std::optional<double> pct_plan;           // PLAN among the ends other than MOVED
    std::optional<double> pct_goal_full;      // FULL among the ends with a goal
    std::optional<double> mean_satisfaction;  // over the ends with a satisfaction
    std::optional<std::int64_t> n_satisfaction;
};

struct MunicipalityOutcomeRow {      // Q1 and Q4
    std::uint32_t municipality = 0;  // id in table.municipalities
    int end_year = 0;
    std::uint8_t category = 0;  // id in table.help_forms (the workload's category)
    WorkloadFigures figures;
};

struct ProviderOutcomeRow {      // Q2
    std::uint32_t provider = 0;  // id in table.providers
    int end_year = 0;
    WorkloadFigures figures;
};

struct ReentryRow {  // Q3
    std::uint32_t municipality = 0;
    int end_year = 0;
    std::optional<std::int64_t> n_plan_ended;
    std::optional<std::int64_t> n_reentry;
    std::optional<double> pct_reentry;
};

// Q1: outcomes per municipality x end year x category over the ended trajectories.
std::vector<MunicipalityOutcomeRow> OutcomesByMunicipality(const engine::TrajectoryTable& table, unsigned threads = 2);
// Q2: outcomes per provider x end year.
std::vector<ProviderOutcomeRow> OutcomesByProvider(const engine::TrajectoryTable& table, unsigned threads = 2);
// Q3: share of PLAN ends whose client starts again within (end, end + 365 days], per municipality x end year.
std::vector<ReentryRow> ReentryByMunicipality(const engine::TrajectoryTable& table, unsigned threads = 2);
// Q4: Q1 for one municipality code, from municipality_rows; empty for an unknown code.
std::vector<MunicipalityOutcomeRow> OutcomesOfMunicipality(const engine::TrajectoryTable& table,
                                                           std::string_view municipality);

// The results as CSV with DuckDB's header and column order (empty field = NULL).
std::string MunicipalityOutcomesCsv(const engine::TrajectoryTable& table,
                                    const std::vector<MunicipalityOutcomeRow>& rows);
std::string ProviderOutcomesCsv(const engine::TrajectoryTable& table, const std::vector<ProviderOutcomeRow>& rows);
std::string ReentryCsv(const engine::TrajectoryTable& table, const std::vector<ReentryRow>& rows);

}  // namespace kompas::bench
