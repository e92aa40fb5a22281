// The national outcome indicators of youth care (block 5; informatieprotocol Beleidsinformatie Jeugd
// v7, 3.7 and 4.2-4.5) for one provider or for the residents of one municipality, by help form and
// period, with small-count suppression for everything that is public; and the funnel plot that
// compares providers on one indicator. Pure computation on a finished TrajectoryTable; the HTTP
// layer turns the structs into the JSON of docs/dev/api-outcomes.md.
//
// How the product fills the TrajectoryTable: category = id of the help form code ("01".."04",
// "11".."14", "00") in `categories`; reason 1..5 = EndReason 01..05 (0 while ongoing); outcome /
// outcome2 = the without-help answer 1..4 of the youth / the parent (0 none); satisfaction /
// satisfaction2 = 1..10 of the youth / the parent (0 none); client = dense id of the pseudonym;
// `providers` holds AGB codes, `municipalities` GM codes.
//
// Definitions, for a period [first, last] (a year "2024" or a half year "2024-H1" / "2024-H2"):
// - started: start in the period; ended: end in the period; ongoing: start ≤ last and (no end or
//   end > last) — a stock at the period's last day, so a year's ongoing equals its H2's.
// - planned (uitval, 3.7): count = ended with reason 01, n = ended; share with a 95 % Wilson interval.
// - satisfaction (4.3): mean of every measurement (youth and parent each count, 4.5) of the
//   trajectories ended in the period; n = measurements.
// - without_help (4.4): share of the measurements (youth and parent) of the trajectories ended in
//   the period that answer 03 or 04; n = measurements; answers outside 1..4 are ignored.
// - no_reentry (4.2, criterion 3.2): population = ended in the period with reason 01; count = those whose
//   client has no start s with end < s ≤ AddMonths(end, 12) anywhere in the table (any provider,
//   any municipality; a start on the end day itself is a transfer, not a re-entry); incomplete when
//   AddMonths(end, 12) > reference_date for someone in the population.
// Periods run from the earliest start year in the scope to the year of reference_date; a row is
// given for a (help form, period) with something started, ended or ongoing. Rows come period by
// period, help forms by code with the margin "all" last; provider rows period by period by AGB code.
//
// Suppression (municipality scope with `suppress`; a provider's own view is exact): the figures
// form six families, each with its own base count per cell: started; ended (with planned);
// satisfaction measurements; without_help measurements; the no_reentry population; ongoing. A base
// count of 1..9 is hidden (primary) with every figure built on it; 0 is shown, as it singles out
// nobody. Then complementary suppression (outcome_suppression.hpp) over every sum a user can form
// from what is published, year and half-year downloads together: help forms add up to "all",
// providers add up to "all", H1 + H2 = year (not for ongoing: a year's ongoing is its H2's, one cell),
// and ongoing(p) + ended(p) = ongoing(p − 1) + started(p) (stock and flow, per help form and
// provider, per granularity). Provider cells are owned by their provider, so a provider cannot
// subtract its own figures either; and since the API publishes primary vs complementary, no hidden
// count can be pinned down with those bounds either. The planned count equals the no_reentry
// population, so planned is hidden as well when that population is. Both granularities are
// suppressed as one table, so the year and half-year downloads agree with each other.
// Not modelled: inequalities between families (measurements ≤ 2 × ended, no_reentry population ≤
// ended), numerators other than planned (published as they are), and sums across municipalities
// except the national funnel's check below.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/trajectory.hpp"
#include "engine/trajectory_table.hpp"
#include "stats/funnel.hpp"
#include "stats/proportion.hpp"
#include "stats/suppression.hpp"

namespace kompas::engine {

inline constexpr std::int64_t kOutcomeMinCount = 10;  // base counts 1..9 are suppressed

enum class Granularity { kYear, kHalfYear };
std::optional<Granularity> ParseGranularity(std::string_view text);  // "year", "half_year"
const char* GranularityName(Granularity granularity);

// Figures. A hidden figure has every optional empty and status kPrimary (its own base count is
// 1..9) or kComplementary (hidden to protect another figure). A shown figure with n = 0 has its
// count and n but no share, interval or mean.
struct CountFigure {
    std::optional<std::int64_t> value;
    CellStatus status = CellStatus::kShown;
};
struct ShareFigure {
    std::optional<std::int64_t> count;
    std::optional<std::int64_t> n;
    std::optional<double> share;       // count / n, 0..1
    std::optional<Interval> interval;  // 95 % Wilson
    CellStatus status = CellStatus::kShown;
};
struct MeanFigure {
    std::optional<double> mean;
    std::optional<std::int64_t> n;
    CellStatus status = CellStatus::kShown;
};
struct ReentryFigure : ShareFigure {
    bool incomplete = false;  // the 12 months after some end in the period have not all passed
};

struct OutcomeFigures {
    CountFigure started;
    CountFigure ended;
    CountFigure ongoing;
    ShareFigure planned;
    MeanFigure satisfaction;
    ShareFigure without_help;
    ReentryFigure no_reentry;
};

struct OutcomeRow {
    std::string help_form;        // "01".."14", "00", or "all"
    std::string help_form_label;  // HelpFormLabel(help_form); "Alle hulpvormen" for "all"
    std::string period;           // "2024", "2024-H1", "2024-H2"
    OutcomeFigures figures;
};

struct ProviderRow {
    std::string provider;  // AGB code; the name comes from the store
    std::string period;
    OutcomeFigures figures;  // margin: the "all" row of the same period
};

struct OutcomeQuery {
    enum class Scope { kProvider, kMunicipality };
    Scope scope = Scope::kMunicipality;
    std::string code;  // AGB code or GM code
    Granularity granularity = Granularity::kYear;
    Day reference_date = 0;     // today: the last year shown, and whether no_reentry is complete
    bool suppress = true;       // false for a provider's own view
    bool complementary = true;  // false only in tests (primary suppression alone)
};

struct OutcomeReport {
    std::vector<OutcomeRow> rows;
    std::vector<ProviderRow> providers;  // municipality scope only
};

// A code that is not in the table gives an empty report (the HTTP layer decides what is unknown).
// kInvalidArgument only for an internal inconsistency of the table (columns of different lengths).
Result<OutcomeReport> ComputeOutcomes(const TrajectoryTable& table, const OutcomeQuery& query);

enum class FunnelIndicator { kPlanned, kWithoutHelp, kNoReentry };
std::optional<FunnelIndicator> ParseFunnelIndicator(std::string_view text);  // "planned", ...
const char* FunnelIndicatorName(FunnelIndicator indicator);

struct FunnelQuery {
    FunnelIndicator indicator = FunnelIndicator::kPlanned;
    int year = 0;
    std::optional<std::string> municipality;  // GM code; none: all of the table
    Day reference_date = 0;
};

struct FunnelPoint {
    std::string provider;  // AGB code
    std::int64_t n = 0;
    std::int64_t count = 0;
    double share = 0.0;
    FunnelPosition position = FunnelPosition::kWithin;
};

struct FunnelReport {
    FunnelIndicator indicator = FunnelIndicator::kPlanned;
    int year = 0;
    std::optional<std::string> municipality;
    std::optional<double> rate;        // pooled over the points shown; none without points
    std::vector<FunnelPoint> points;   // by AGB code, never by share
    std::int64_t hidden = 0;           // providers with 0 < n left out (n < 10 or suppressed)
    bool incomplete = false;           // no_reentry: some point's 12-month window has not passed
    std::vector<FunnelLimits> limits;  // about 40 sizes from 10 to the largest n shown
};

// Per provider, the indicator over the trajectories of the year (of the municipality's residents,
// if given). Public, so: with a municipality, a provider is shown only when its figure is shown in
// that municipality's suppressed report (ComputeOutcomes); without one, also not when its national
// total would give away its one hidden municipality figure (or a small sum of hidden ones), by
// subtraction from the municipality reports. Providers with n < 10 are always left out. Without a
// municipality this suppresses every municipality's report (roughly 0.05-0.2 s each): callers
// should cache the result per table snapshot and day.
Result<FunnelReport> ComputeFunnel(const TrajectoryTable& table, const FunnelQuery& query);

}  // namespace kompas::engine
