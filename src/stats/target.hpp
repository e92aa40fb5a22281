// "Does a series move toward its target?" for a societal result with a baseline (nulmeting) and a
// target (streefwaarde). The answer is one of four statuses with a Dutch reason, and it is
// deliberately cautious: it says "kan niet zeggen" rather than claim progress the data do not carry.
//
// The path is the straight line from (baseline year, baseline value) to (target year, target
// value); before the baseline year it is the baseline value, after the target year the target value.
//
// The rules, in order, for the latest usable point after the baseline year (largest year; on a tie
// the later one in the input):
//  1. No usable point after the baseline year → kCannotSay. A point is usable when its value is
//     known: counts with denominator > 0, or else a finite value. Unknown values and zero
//     denominators are skipped, never read as 0.
//  2. The uncertainty of the latest point is an interval: Wilson (95 %) from the counts when known,
//     else value ± z·standard error when that is known, else none. When the interval contains both
//     the path value at that time and the baseline value, the data cannot tell progress from
//     standing still → kCannotSay.
//  3. The estimate (counts' proportion × scale when counts are known, else the value) at or beyond
//     the target in the good direction → kTargetReached; exactly on target counts. When the
//     interval still reaches values short of the target the reason says "binnen de onzekerheid".
//  4. The estimate at or beyond the path value → kOnCourse, with the same caveat when the interval
//     reaches values short of the path.
//  5. Otherwise the estimate is short of the path. kBehind only when there is no interval or the
//     whole interval is short of the path; an interval that contains the path → kCannotSay.
// Rules 3 and 4 follow the point estimate (with the caveat in words) while rule 5 demands the whole
// interval: a page may call a result "op koers" that is only probably so, but never "achter" unless
// the data leave no reasonable doubt.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/ambition.hpp"
#include "core/error.hpp"
#include "core/indicator.hpp"
#include "stats/proportion.hpp"

namespace kompas {

// One measurement. `year` is fractional (2024.5 is mid-2024). When numerator and denominator are
// both present they define the estimate (numerator / denominator × TargetQuestion::scale) and
// `value` is not used; otherwise `value`, with an optional standard error on its own scale.
struct SeriesPoint {
    double year = 0.0;
    std::optional<double> value;
    std::optional<double> standard_error;
    std::optional<std::int64_t> numerator;
    std::optional<std::int64_t> denominator;
};

// Baseline and target of a societal result; valid when the years and values are finite and
// target_year > baseline_year. baseline_value == target_value is allowed: "keep it at least there".
struct TargetPath {
    double baseline_value = 0.0;
    double baseline_year = 0.0;
    double target_value = 0.0;
    double target_year = 0.0;
};

struct TargetQuestion {
    TargetPath path;
    Direction direction = Direction::kNeutral;  // kNeutral has no good side: kInvalidArgument
    double scale = 1.0;                         // value units per proportion: 1 for a fraction, 100 for a percentage
    double confidence = 0.95;
};

struct TargetAssessment {
    ProgressStatus status = ProgressStatus::kCannotSay;
    std::string reason;  // Dutch, one or two sentences for a page
    // About the latest usable point; empty when there is none.
    std::optional<double> year;
    std::optional<double> estimate;
    std::optional<double> path_value;
    std::optional<Interval> interval;
    bool within_uncertainty = false;  // reached or on course only by the point estimate
};

// kInvalidArgument for non-finite numbers or target_year ≤ baseline_year.
Result<void> ValidateTargetPath(const TargetPath& path);

// The path value at `year` (see the file comment); kInvalidArgument for an invalid path or year.
Result<double> PathValueAt(const TargetPath& path, double year);

// The status of a series against its target, per the rules above. kInvalidArgument for an
// invalid path, a neutral direction, scale ≤ 0, confidence outside (0, 1), a non-finite year,
// value or standard error, a negative standard error, or counts with numerator < 0,
// numerator > denominator, denominator < 0 or only one of the two present.
Result<TargetAssessment> AssessTarget(std::span<const SeriesPoint> points, const TargetQuestion& question);

}  // namespace kompas
