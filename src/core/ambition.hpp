// Ambitions (maatschappelijke ambities), societal results (maatschappelijke resultaten) with a
// baseline and a target, signals from practice, and the honest progress of a result (blocks 1B
// and 2). Plain values and the pure helpers progress needs; access rules live in store/ and
// service/. JSON shapes: the schemas Ambition, SocietalResult, Signal, Progress and DashboardRow of
// docs/api/openapi.yaml.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/indicator.hpp"
#include "core/period.hpp"
#include "core/region.hpp"

namespace kompas {

// JSON: { "id", "collaboration_id", "title", "statement", "agreed_on", "agreed_by", "indicators",
//         "signals", "results" }
struct Ambition {
    std::string id;  // "amb_" + 16 hex characters
    std::string collaboration_id;
    std::string title;
    std::string statement;
    std::string agreed_on;                // YYYY-MM-DD
    std::vector<std::string> agreed_by;   // partner ids of the collaboration
    std::vector<std::string> indicators;  // indicator keys that motivate it
    std::vector<std::string> signals;     // signal ids that motivate it
    std::int64_t results = 0;             // societal results under it
};

// POST/PUT .../ambitions.
struct NewAmbition {
    std::string title;
    std::string statement;
    std::string agreed_on;
    std::vector<std::string> agreed_by;
    std::vector<std::string> indicators;
    std::vector<std::string> signals;
};

// JSON: { "value", "period" }
struct Baseline {
    double value = 0.0;
    std::string period;  // CBS period code, e.g. "2022JJ00"
};

// JSON: { "value", "year" }
struct Target {
    double value = 0.0;
    int year = 0;
};

// JSON: { "id", "collaboration_id", "ambition_id", "title", "indicator", "regions", "baseline",
//         "target", "agreed_by", "agreed_on" }
struct SocietalResult {
    std::string id;  // "res_" + 16 hex characters
    std::string collaboration_id;
    std::string ambition_id;
    std::string title;  // plain words: "In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg"
    std::string indicator;
    std::vector<std::string> regions;
    Baseline baseline;
    Target target;
    std::vector<std::string> agreed_by;
    std::string agreed_on;
};

// POST .../ambitions/{ambition_id}/results.
struct NewSocietalResult {
    std::string title;
    std::string indicator;
    std::vector<std::string> regions;
    Baseline baseline;
    Target target;
    std::vector<std::string> agreed_by;
    std::string agreed_on;
};

enum class SignalSource { kProfessional, kParent, kYoungPerson, kPartner, kOther };
// "professional", "parent", "young_person", "partner", "other".
const char* SignalSourceName(SignalSource source);
std::optional<SignalSource> ParseSignalSource(std::string_view name);

// JSON: { "id", "collaboration_id", "text", "source", "source_detail", "date", "region", "theme",
//         "ambition_id", "result_id", "created_by" }
struct Signal {
    std::string id;  // "sig_" + 16 hex characters
    std::string collaboration_id;
    std::string text;
    SignalSource source = SignalSource::kOther;
    std::string source_detail;
    std::string date;  // YYYY-MM-DD
    std::optional<std::string> region;
    std::string theme;
    std::optional<std::string> ambition_id;
    std::optional<std::string> result_id;
    std::string created_by;  // in the store the person id; read back as the person's name
};

// POST .../signals.
struct NewSignal {
    std::string text;
    SignalSource source = SignalSource::kOther;
    std::string source_detail;
    std::string date;
    std::optional<std::string> region;
    std::string theme;
    std::optional<std::string> ambition_id;
    std::optional<std::string> result_id;
};

// JSON: the Ambition's fields plus "results_list" and "signal_list".
struct AmbitionDetail {
    Ambition ambition;
    std::vector<SocietalResult> results;
    std::vector<Signal> signals;
};

// A closed interval on the scale of the value it belongs to. JSON: { "lower", "upper" }
struct ValueInterval {
    double lower = 0.0;
    double upper = 0.0;
};

// One observation in a progress series. JSON: { "period", "year", "value", "numerator",
// "denominator", "status", "interval" }
struct ProgressPoint {
    std::string period;
    double year = 0.0;  // the middle of the period
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    ObservationStatus status = ObservationStatus::kKnown;
    std::optional<ValueInterval> interval;  // 95 % Wilson, when the counts are known
};

// JSON: { "year", "value" }
struct PathPoint {
    double year = 0.0;
    double value = 0.0;
};

enum class ProgressStatus { kOnCourse, kBehind, kTargetReached, kCannotSay };
// "on_course", "behind", "target_reached", "cannot_say" (JSON: ProgressStatus in docs/api/openapi.yaml).
const char* ProgressStatusName(ProgressStatus status);
// Dutch: "op koers", "achter", "doel bereikt", "niet te zeggen".
const char* ProgressStatusLabel(ProgressStatus status);

// JSON: { "from", "to", "verdict", "interval", "text" }
struct ProgressChange {
    std::string from;     // period
    std::string to;       // period
    std::string verdict;  // "increase", "decrease", "within_normal_variation"
    std::optional<ValueInterval> interval;
    std::string text;  // Dutch
};

// JSON: { "result", "indicator", "region", "data_region", "level_note", "series", "path",
//         "status", "status_reason", "change", "signals" }
struct ResultProgress {
    SocietalResult result;
    Indicator indicator;
    Region region;
    Region data_region;  // differs from region when a higher level's figures are followed
    std::optional<std::string> level_note;
    std::vector<ProgressPoint> series;  // by period
    std::vector<PathPoint> path;
    ProgressStatus status = ProgressStatus::kCannotSay;
    std::string status_reason;
    std::optional<ProgressChange> change;
    std::vector<Signal> signals;
};

// JSON: { "result", "ambition_title", "indicator", "sparkline", "latest", "status", "status_reason" }
struct DashboardRow {
    SocietalResult result;
    std::string ambition_title;
    Indicator indicator;
    std::vector<std::optional<double>> sparkline;  // the series' values, oldest first
    std::optional<ProgressPoint> latest;
    ProgressStatus status = ProgressStatus::kCannotSay;
    std::string status_reason;
};

// The fractional year of a period's middle: 2024JJ00 → 2024.5, 2024KW01 → 2024.125,
// 2024MM01 → 2024 + 0.5/12.
double MidYear(const Period& period);

// The straight line from (baseline_year, baseline_value) to (target_year, target_value): one
// point per whole year from the baseline on, and the target itself last. Empty when
// target_year ≤ baseline_year or a number is not finite.
std::vector<PathPoint> StraightPath(double baseline_year, double baseline_value, double target_year,
                                    double target_value);

// The path's value at `year`: the baseline before it starts, the target after it ends.
double PathValue(double baseline_year, double baseline_value, double target_year, double target_value, double year);

}  // namespace kompas
