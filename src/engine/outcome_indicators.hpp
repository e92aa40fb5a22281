// The national outcome indicators of youth care (block 5; informatieprotocol Beleidsinformatie Jeugd
// v7, 3.7 and 4.2-4.5) for one provider or for the residents of one municipality, by help form and
// period, with small-count suppression for everything that is public; and the funnel plot that
// compares providers on one indicator. Pure computation on a finished TrajectoryTable; the HTTP
// layer turns the structs into the JSON of docs/api/openapi.yaml (OutcomeReport, Funnel).
//
// How the product fills the TrajectoryTable: help_form = id of the help form code ("01".."04",
// "11".."14", "00") in `help_forms`; reason 1..5 = EndReason 01..05 (0 while ongoing);
// without_help_youth / without_help_parent = the without-help answer 1..4 of the youth / the parent
// (0 none); satisfaction_youth / satisfaction_parent = 1..10 (0 none); client = dense id of the pseudonym;
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
//   client has no start s with end < s ≤ AddMonths(end, 12) (a start on the end day itself is a
//   transfer, not a re-entry); incomplete when AddMonths(end, 12) > reference_date for someone in the
//   population. Where the new start is looked for (ReentryBasis): in a municipality's report, anywhere
//   in the table (any provider, any municipality: the national definition); in a provider's own view,
//   only among that provider's own records, so that what a provider sees never depends on another
//   provider's records (else an upload of chosen records would tell whether a person has care elsewhere).
// Periods run from the earliest start year in the scope to the year of reference_date; a row is
// given for a (help form, period) with something started, ended or ongoing. Rows come period by
// period, help forms by code with the margin "all" last; provider rows period by period by AGB code.
//
// Suppression (municipality scope with `suppress`; a provider's own view is exact). Every figure
// rests on counts of trajectories or measurements, and each count is a cell: started, ended,
// ongoing, planned (also the no_reentry population), satisfaction measurements and without_help
// measurements are base counts (threshold 10); unplanned (ended − planned), without_help yes and no,
// no_reentry yes and no are numerators and complements (threshold 5). Primary: a base count of 1..9,
// a numerator or complement of 1..4, and a numerator or complement of 0 over a base of 1..19 (a
// share of 0 % or 100 %: MustSuppressProportion). A hidden base hides every figure built on it; a
// hidden numerator or complement hides the figure's count, share and interval but leaves its n.
// Then complementary suppression (outcome_suppression.hpp) over every sum a user can form from
// what is published, year and half-year downloads together: help forms add up to "all", providers
// add up to "all", H1 + H2 = year (not for ongoing: a year's ongoing is its H2's, one cell),
// ongoing(p) + ended(p) = ongoing(p − 1) + started(p) (stock and flow), and base = numerator +
// complement. Each provider knows its own figures, whole for its provider rows and as its own part
// of every help-form and "all" cell: a shown cell whose rest after one provider's part is small is
// hidden too (dominance), and every sum is checked as each provider sees it. The API says only
// whether a cell is hidden, never why, so no reason can narrow those bounds either.
// The pattern depends only on the municipality's own cells and the reference year: an upload that
// changes none of them changes no status. Both granularities are suppressed as one table, so the
// year and half-year downloads agree with each other.
// Not modelled: inequalities between families (measurements ≤ 2 × ended), sums across
// municipalities except the national funnel's check below, coalitions of providers, and an
// attacker who combines versions of the report before and after an upload that changed its cells.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/trajectory.hpp"
#include "engine/siphash.hpp"
#include "engine/suppression_memo.hpp"
#include "engine/trajectory_table.hpp"
#include "stats/funnel.hpp"
#include "stats/proportion.hpp"
#include "stats/suppression.hpp"

namespace kompas::engine {

inline constexpr std::int64_t kOutcomeMinCount = 10;   // base counts 1..9 are suppressed
inline constexpr std::int64_t kNumeratorMinCount = 5;  // numerators and complements 1..4 too
inline constexpr std::int64_t kExtremeMinBase = 20;    // and a share of 0 % or 100 % over 1..19

// The rule for a published share (stats/suppression.hpp): the funnel's points and the figures.
inline constexpr SuppressionRule kShareRule{kNumeratorMinCount, false, kOutcomeMinCount, kExtremeMinBase};

// Where a new start counts as re-entry: anywhere (municipality reports, the national definition),
// or only in the provider's own records (a provider's own view).
enum class ReentryBasis { kAllProviders, kOwnRecords };
const char* ReentryBasisName(ReentryBasis basis);  // "all_providers", "own_records"

enum class Granularity { kYear, kHalfYear };
std::optional<Granularity> ParseGranularity(std::string_view text);  // "year", "half_year"
const char* GranularityName(Granularity granularity);

// Figures. A hidden figure has every optional empty and `suppression` kPrimary (its own base count
// is 1..9) or kComplementary (hidden to protect another figure). A shown figure with a denominator
// (or n) of 0 has its counts but no share, interval or mean.
struct CountFigure {
    std::optional<std::int64_t> value;
    Suppression suppression = Suppression::kNone;
};
// `suppression` is the denominator's: hidden, every member is empty. `numerator_hidden`: the
// denominator is shown but the numerator is not (it or its complement is small, the share is 0 % or
// 100 % of a small base, or it is hidden to protect such a count): numerator, share and interval are
// empty. Which of these is not said.
struct ShareFigure {
    std::optional<std::int64_t> numerator;
    std::optional<std::int64_t> denominator;
    std::optional<double> share;       // numerator / denominator, 0..1
    std::optional<Interval> interval;  // 95 % Wilson
    Suppression suppression = Suppression::kNone;
    bool numerator_hidden = false;
};
// A mean score and the number of answers it is the mean of.
struct MeanFigure {
    std::optional<double> mean;
    std::optional<std::int64_t> n;
    Suppression suppression = Suppression::kNone;
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

// "Overige aanbieders": the providers whose started, ended and ongoing counts in the municipality
// stay below kOutcomeMinCount in every year, together (their own rows would be hidden throughout).
struct OtherProvidersRow {
    std::string period;
    OutcomeFigures figures;
};

struct OutcomeReport {
    ReentryBasis reentry_basis = ReentryBasis::kAllProviders;
    std::vector<OutcomeRow> rows;
    std::vector<ProviderRow> providers;              // municipality scope only
    std::vector<OtherProvidersRow> other_providers;  // municipality scope only
    std::size_t other_provider_count = 0;            // how many providers other_providers holds
};

// Where the suppression of a municipality is kept beyond this process (the store), under the
// fingerprint of its rows (ScopeKeeping): a restart, or a new scope cache after an upload that left a
// municipality's rows as they were, then finds it instead of computing it again. Thread-safe. A
// failure to read or write is only a miss: the suppression is then computed.
class KeptStatuses {
public:
    virtual ~KeptStatuses() = default;
    virtual std::optional<std::vector<Suppression>> Load(std::string_view municipality,
                                                         const TableFingerprint& key) = 0;
    virtual void Save(std::string_view municipality, const TableFingerprint& key,
                      std::span<const Suppression> statuses) = 0;
};

// A random key, drawn once per process.
SipKey ProcessSipKey();

// How a scope cache keeps suppression across caches. A municipality's suppression (which figures are
// hidden) depends only on its rows and the reference year, so it is kept under a fingerprint of those
// (SipHash-2-4 with `key`, outcome_indicators.cpp): in memory for the process, and in `kept` when
// given. `key` must be secret: whoever knows it could choose uploads whose fingerprint equals that of
// other rows, and be given a suppression that does not fit them. The server derives it from its
// pseudonym key, so that what it keeps is found again after a restart.
struct ScopeKeeping {
    SipKey key = ProcessSipKey();
    std::shared_ptr<KeptStatuses> kept;
};

// The suppressed municipality scopes of one table, kept: a municipality's report in both
// granularities, its funnels and the national funnel (which suppresses every municipality) all
// rest on the same suppression, so it is computed once per municipality and reference date and
// shared. Thread-safe: a scope asked for while another thread computes it is waited for, not
// computed twice. Scopes are kept within a memory budget (the smallest municipalities, cheapest to
// compute again, go first) and only for the latest reference date asked for.
class ScopeCache {
public:
    explicit ScopeCache(std::shared_ptr<const TrajectoryTable> table, std::size_t budget_bytes = std::size_t{256} << 20,
                        ScopeKeeping keeping = {});
    ~ScopeCache();
    ScopeCache(const ScopeCache&) = delete;
    ScopeCache& operator=(const ScopeCache&) = delete;

    const TrajectoryTable& table() const { return *table_; }

    // Suppresses the municipalities not yet kept for `reference` on `threads` threads (this one from
    // the largest down; the others, once the largest is done, from the smallest up), until all are
    // done or `stop` is set. For warming up after a start or an import.
    Result<void> Prepare(Day reference, std::size_t threads, const std::atomic<bool>* stop = nullptr);

    // How many scopes are kept, and their estimated size.
    std::size_t size() const;
    std::size_t bytes() const;

    // The memory budget; a smaller one lets go of scopes at once (the cheapest to compute again first).
    std::size_t budget() const;
    void SetBudget(std::size_t budget_bytes);

    struct State;  // in outcome_indicators.cpp
    State& state() const { return *state_; }

private:
    std::shared_ptr<const TrajectoryTable> table_;
    std::unique_ptr<State> state_;
};

// A code that is not in the table gives an empty report (the HTTP layer decides what is unknown).
// kInvalidArgument only for an internal inconsistency of the table (columns of different lengths).
// With a cache of this table, a suppressed municipality scope is taken from it (or kept in it).
Result<OutcomeReport> ComputeOutcomes(const TrajectoryTable& table, const OutcomeQuery& query,
                                      ScopeCache* cache = nullptr);

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
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    double share = 0.0;
    Interval interval;  // 95 % Wilson, as a table's share has
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
// municipality this needs every municipality's suppressed scope: they are taken from `cache` where
// kept, and the missing ones are computed on two threads (and kept).
Result<FunnelReport> ComputeFunnel(const TrajectoryTable& table, const FunnelQuery& query, ScopeCache* cache = nullptr);

}  // namespace kompas::engine
