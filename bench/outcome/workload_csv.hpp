// Loads the benchmark workload's CSV (shared bench/outcome/gen.py) into a TrajectoryTable: the
// file is memory-mapped, split at line boundaries into one chunk per thread, parsed by hand and the
// chunks' dictionaries merged; Finish() is called before returning.
//
// The file is `trajectory_id,client,gemeente,provider,category,start_date,end_date,end_reason,goal,
// satisfaction,birth_year,sex` (that exact header, no quoting, LF or CRLF, blank lines skipped).
// Column mapping:
//   trajectory_id  not kept (rows keep the file order)
//   client         16 hex digits, parsed to an integer, then dense ids 0 .. client_count - 1 in the
//                  order of first appearance in the file
//   gemeente       -> municipality (dictionary `municipalities`, ids in order of first appearance)
//   provider       -> provider (dictionary `providers`)
//   category       -> help_form (dictionary `help_forms`; at most 256 distinct)
//   start_date     -> start_day: days since 1970-01-01; required, YYYY-MM-DD within 1900..2199
//   end_date       -> end_day: likewise, kNoDay when empty
//   end_reason     -> reason: 0 none, 1 PLAN, 2 CLIENT_STOP, 3 PROVIDER_STOP, 4 MOVED, 5 OTHER;
//                  a reason requires an end date
//   goal           -> without_help_youth: 0 none, 1 FULL, 2 PARTIAL, 3 NONE (the product's column
//                  for the youth's without-help answer holds the workload's goal; the codes differ)
//   satisfaction   -> satisfaction_youth: 0 none, else 1..10
//   birth_year, sex  not parsed (only the field count is checked)
// without_help_parent and satisfaction_parent are left EMPTY (the workload has no parent figures).
// Errors name the file, the 1-based line and the 1-based field: "file:line:field".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "engine/trajectory_table.hpp"

namespace kompas::bench {

inline constexpr std::uint8_t kReasonPlan = 1;
inline constexpr std::uint8_t kReasonClientStop = 2;
inline constexpr std::uint8_t kReasonProviderStop = 3;
inline constexpr std::uint8_t kReasonMoved = 4;
inline constexpr std::uint8_t kReasonOther = 5;

inline constexpr std::uint8_t kGoalFull = 1;
inline constexpr std::uint8_t kGoalPartial = 2;
inline constexpr std::uint8_t kGoalNone = 3;

// Reads the file at `path` with `threads` parser threads (1 or more); the result does not depend
// on the number of threads.
Result<engine::TrajectoryTable> LoadWorkloadCsv(const std::string& path, unsigned threads = 2);

// The same for CSV text in memory; `name` stands for the file in error messages.
Result<engine::TrajectoryTable> ParseWorkloadCsv(std::string_view text, std::string_view name, unsigned threads = 2);

}  // namespace kompas::bench
