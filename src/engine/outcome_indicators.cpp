#include "engine/outcome_indicators.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <span>
#include <thread>

#include "engine/outcome_suppression.hpp"
#include "engine/siphash.hpp"
#include "engine/suppression_memo.hpp"

namespace kompas::engine {
namespace {

constexpr double kZ95 = 1.959963984540054;  // TwoSidedZ(0.95)
constexpr std::uint8_t kReasonPlanned = static_cast<std::uint8_t>(EndReason::kPlanned);

// Years first_year .. last_year, each as three periods in a row: the year, its H1, its H2.
struct Periods {
    int first_year = 0;
    int last_year = -1;

    std::size_t size() const {
        return last_year < first_year ? 0 : 3 * static_cast<std::size_t>(last_year - first_year + 1);
    }
    bool Contains(int year) const { return first_year <= year && year <= last_year; }
    static bool IsYear(std::size_t p) { return p % 3 == 0; }
    int Year(std::size_t p) const { return first_year + static_cast<int>(p / 3); }
    std::size_t YearIndex(int year) const { return 3 * static_cast<std::size_t>(year - first_year); }
    std::size_t HalfIndex(Day day) const { return YearIndex(YearOf(day)) + (MonthOf(day) <= 6 ? 1 : 2); }
    Day LastDay(std::size_t p) const {
        return p % 3 == 1 ? DayFromCivil(Year(p), 6, 30) : DayFromCivil(Year(p), 12, 31);
    }
    std::string Label(std::size_t p) const {
        std::string label = std::to_string(Year(p));
        if (p % 3 == 1) label += "-H1";
        if (p % 3 == 2) label += "-H2";
        return label;
    }
    bool InGranularity(std::size_t p, Granularity g) const { return IsYear(p) == (g == Granularity::kYear); }
};

// Counts of one group and period. 32 bits: a count never exceeds the trajectories of the table
// (or twice that, for measurements; ten times, for a sum of scores), far below 2^31, and half the
// width keeps a large municipality's tallies twice as compact.
struct Tally {
    std::int32_t started = 0;
    std::int32_t ended = 0;
    std::int32_t ongoing = 0;
    std::int32_t planned = 0;
    std::int32_t satisfaction_n = 0;
    std::int32_t satisfaction_sum = 0;
    std::int32_t without_help_n = 0;
    std::int32_t without_help_count = 0;  // answers 03 and 04
    std::int32_t reentry_n = 0;           // ended with reason 01
    std::int32_t reentry_count = 0;       // ... without a new start within 12 months
    bool reentry_incomplete = false;

    Tally& operator+=(const Tally& t) {
        started += t.started;
        ended += t.ended;
        ongoing += t.ongoing;
        planned += t.planned;
        satisfaction_n += t.satisfaction_n;
        satisfaction_sum += t.satisfaction_sum;
        without_help_n += t.without_help_n;
        without_help_count += t.without_help_count;
        reentry_n += t.reentry_n;
        reentry_count += t.reentry_count;
        reentry_incomplete = reentry_incomplete || t.reentry_incomplete;
        return *this;
    }
};

bool Involved(const Tally& t) { return t.started > 0 || t.ended > 0 || t.ongoing > 0; }

// Everything one end contributes to a tally, computed once per trajectory.
struct EndContribution {
    bool planned = false;
    bool no_reentry = false;
    bool incomplete = false;
    std::int32_t satisfaction_n = 0;
    std::int32_t satisfaction_sum = 0;
    std::int32_t without_help_n = 0;
    std::int32_t without_help_count = 0;

    void AddTo(Tally& t) const {
        ++t.ended;
        t.satisfaction_n += satisfaction_n;
        t.satisfaction_sum += satisfaction_sum;
        t.without_help_n += without_help_n;
        t.without_help_count += without_help_count;
        if (planned) {
            ++t.planned;
            ++t.reentry_n;
            if (no_reentry) ++t.reentry_count;
            t.reentry_incomplete = t.reentry_incomplete || incomplete;
        }
    }
};

// Where a new start is looked for: every trajectory of the table, or only the given rows (a provider's own).
class ReentryLookup {
public:
    explicit ReentryLookup(const TrajectoryTable& table) : table_(table) {}
    ReentryLookup(const TrajectoryTable& table, std::span<const std::uint32_t> own_rows) : table_(table), own_(true) {
        starts_.reserve(own_rows.size());
        for (const std::uint32_t i : own_rows) starts_.emplace_back(table.client[i], table.start_day[i]);
        std::sort(starts_.begin(), starts_.end());
    }
    ReentryBasis basis() const { return own_ ? ReentryBasis::kOwnRecords : ReentryBasis::kAllProviders; }
    // Whether row i's end is followed by no new start within 12 months.
    bool NoReentry(std::size_t i) const {
        if (!own_ && table_.no_reentry.size() == table_.size()) return table_.no_reentry[i] != 0;  // Finish()
        const Day end = table_.end_day[i];
        return !HasStartIn(table_.client[i], end, AddMonths(end, 12));
    }
    // Whether client c has a trajectory starting in (after, until].
    bool HasStartIn(std::uint32_t c, Day after, Day until) const {
        if (!own_) return table_.HasStartIn(c, after, until);
        const auto it = std::upper_bound(starts_.begin(), starts_.end(), std::pair{c, after});
        return it != starts_.end() && it->first == c && it->second <= until;
    }

private:
    const TrajectoryTable& table_;
    bool own_ = false;
    std::vector<std::pair<std::uint32_t, Day>> starts_;  // (client, start) of the own rows, sorted
};

EndContribution EndOf(const TrajectoryTable& table, std::size_t i, Day reference, const ReentryLookup& reentry) {
    EndContribution c;
    // without_help_parent and satisfaction_parent may be empty columns (the workload's tables).
    const std::uint8_t satisfaction_parent = table.satisfaction_parent.empty() ? 0 : table.satisfaction_parent[i];
    const std::uint8_t without_help_parent = table.without_help_parent.empty() ? 0 : table.without_help_parent[i];
    for (const std::uint8_t s : {table.satisfaction_youth[i], satisfaction_parent}) {
        if (s >= 1 && s <= 10) {
            ++c.satisfaction_n;
            c.satisfaction_sum += s;
        }
    }
    for (const std::uint8_t w : {table.without_help_youth[i], without_help_parent}) {
        if (w >= 1 && w <= 4) {
            ++c.without_help_n;
            if (w >= 3) ++c.without_help_count;
        }
    }
    if (table.reason[i] == kReasonPlanned) {
        c.planned = true;
        c.no_reentry = reentry.NoReentry(i);
        c.incomplete = AddMonths(table.end_day[i], 12) > reference;
    }
    return c;
}

// Tallies per group × period. Groups: the help forms used in the scope (by code), then the margin
// "all", then (when by_provider) the providers used in the scope (by AGB code), then, after
// FoldSmallProviders, "overige aanbieders": the small providers together.
// With providers, also each provider's part of each help form: what it knows of a help-form cell. They
// are kept per owner: the providers with a row of their own (0 .. providers − 1), then the folded ones
// (providers + k), each knowing its own tallies and parts whatever is published. Only the (owner, help
// form) pairs that occur have tallies: a slot of one tally per period.
struct Aggregation {
    static constexpr std::uint32_t kNoSlot = ~std::uint32_t{0};

    Periods periods;
    std::vector<std::uint32_t> help_forms;  // dictionary ids, by code
    std::vector<std::uint32_t> providers;   // dictionary ids, by code: the providers with a row of their own
    std::vector<Tally> tallies;             // tallies[group * periods.size() + period]
    std::vector<std::uint32_t> pair_slots;  // [owner * help_forms + help_form]: a slot, or kNoSlot
    std::vector<Tally> pair_tallies;        // [slot * periods + period]
    std::vector<std::uint32_t> folded;      // dictionary ids, by code: the providers in "overige aanbieders"
    std::vector<Tally> folded_tallies;      // [folded * periods + period]; after Compact(), years only
    bool compact = false;                   // Compact() has run

    std::size_t AllGroup() const { return help_forms.size(); }
    std::size_t ProviderGroup(std::size_t local) const { return help_forms.size() + 1 + local; }
    bool HasOthers() const { return !folded.empty(); }
    std::size_t OthersGroup() const { return help_forms.size() + 1 + providers.size(); }
    std::size_t groups() const { return help_forms.size() + 1 + providers.size() + (HasOthers() ? 1 : 0); }
    // After the suppression, keep only what the figures and the funnels read: no parts per help form,
    // and of a folded provider only its years (a funnel is by year).
    void Compact() {
        pair_slots = {};
        pair_tallies = {};
        std::vector<Tally> years;
        years.reserve(folded_tallies.size() / 3);
        for (std::size_t i = 0; i < folded_tallies.size(); i += 3) years.push_back(folded_tallies[i]);
        folded_tallies = std::move(years);
        compact = true;
    }
    std::size_t owners() const { return providers.size() + folded.size(); }
    Tally& at(std::size_t group, std::size_t period) { return tallies[group * periods.size() + period]; }
    const Tally& at(std::size_t group, std::size_t period) const { return tallies[group * periods.size() + period]; }
    // The owner's tallies of one help form (one per period), or an empty span where it has none.
    std::span<const Tally> Pair(std::size_t owner, std::size_t help_form) const {
        const std::uint32_t slot = pair_slots[owner * help_forms.size() + help_form];
        if (slot == kNoSlot) return {};
        return std::span(pair_tallies).subspan(slot * periods.size(), periods.size());
    }
    Tally& PairAt(std::size_t owner, std::size_t help_form, std::size_t period) {
        std::uint32_t& slot = pair_slots[owner * help_forms.size() + help_form];
        if (slot == kNoSlot) {
            slot = static_cast<std::uint32_t>(pair_tallies.size() / periods.size());
            pair_tallies.resize(pair_tallies.size() + periods.size());
        }
        return pair_tallies[slot * periods.size() + period];
    }
    const Tally& FoldedTally(std::size_t k, std::size_t period) const {
        if (compact) return folded_tallies[k * (periods.size() / 3) + period / 3];  // a year's
        return folded_tallies[k * periods.size() + period];
    }
};

// Local indices, in code order, of the dictionary ids used by `rows` in `column`.
std::vector<std::uint32_t> UsedIds(std::span<const std::uint32_t> rows, const Dictionary& dictionary, auto column_of,
                                   std::vector<std::uint32_t>& local_of) {
    std::vector<char> used(dictionary.size(), 0);
    for (const std::uint32_t i : rows) used[column_of(i)] = 1;
    std::vector<std::uint32_t> ids;
    for (std::uint32_t id = 0; id < used.size(); ++id) {
        if (used[id]) ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end(),
              [&](std::uint32_t a, std::uint32_t b) { return dictionary.Name(a) < dictionary.Name(b); });
    local_of.assign(dictionary.size(), 0);
    for (std::uint32_t k = 0; k < ids.size(); ++k) local_of[ids[k]] = k;
    return ids;
}

// A fingerprint of the rows an aggregation is made of, as far as its tallies depend on them: a
// multiset hash (the sum of a keyed hash per row, two lanes), so that the order of the rows does not
// matter. Per row: the provider's and help form's codes (not their ids, which differ between loads),
// start, end, reason, the four answers and whether a planned end was followed by a new start. The
// key is secret (ScopeKeeping), so an uploader cannot choose rows whose sums collide.
class RowFingerprint {
public:
    RowFingerprint(const SipKey& key, const TrajectoryTable& table) : key_(key), table_(table) {}
    // The code hashes of the dictionary ids used, before the rows.
    void Codes(std::span<const std::uint32_t> provider_ids, std::span<const std::uint32_t> help_form_ids) {
        provider_hash_.assign(table_.providers.size(), 0);
        help_form_hash_.assign(table_.help_forms.size(), 0);
        for (const std::uint32_t id : provider_ids) provider_hash_[id] = CodeHash(table_.providers.Name(id));
        for (const std::uint32_t id : help_form_ids) help_form_hash_[id] = CodeHash(table_.help_forms.Name(id));
    }
    void Row(std::size_t i, bool no_reentry) {
        const auto answer = [](const std::vector<std::uint8_t>& column, std::size_t k) -> std::uint64_t {
            return column.empty() ? 0 : column[k];
        };
        const std::uint64_t days = static_cast<std::uint32_t>(table_.start_day[i]) |
                                   std::uint64_t{static_cast<std::uint32_t>(table_.end_day[i])} << 32;
        const std::uint64_t codes = answer(table_.satisfaction_youth, i) | answer(table_.satisfaction_parent, i) << 8 |
                                    answer(table_.without_help_youth, i) << 16 |
                                    answer(table_.without_help_parent, i) << 24 |
                                    std::uint64_t{table_.reason[i]} << 32 | std::uint64_t{no_reentry} << 40;
        const std::array<std::uint64_t, 4> words = {provider_hash_[table_.provider[i]],
                                                    help_form_hash_[table_.help_form[i]], days, codes};
        sum_.high += SipHash24(key_, words);
        sum_.low += SipHash24({key_[1], key_[0]}, words);
        ++rows_;
    }
    // With what else the tallies depend on: the reference year (the periods) and the revision of this
    // code (a build whose suppression differs never takes another build's kept statuses).
    TableFingerprint Done(int reference_year) const {
        const std::array<std::uint64_t, 5> words = {sum_.high, sum_.low, rows_,
                                                    static_cast<std::uint64_t>(reference_year),
                                                    CodeHash(KOMPAS_SUPPRESSION_REVISION)};
        return {SipHash24(key_, words), SipHash24({key_[1], key_[0]}, words)};
    }

private:
    std::uint64_t CodeHash(std::string_view code) const {
        std::vector<std::uint64_t> words((code.size() + 8) / 8, 0);
        for (std::size_t k = 0; k < code.size(); ++k)
            words[k / 8] |= std::uint64_t{static_cast<unsigned char>(code[k])} << (8 * (k % 8));
        words.back() |= std::uint64_t{0x80} << (8 * (code.size() % 8));  // the end, so "A" differs from "A\0"
        return SipHash24(key_, words);
    }

    const SipKey& key_;
    const TrajectoryTable& table_;
    std::vector<std::uint64_t> provider_hash_, help_form_hash_;
    TableFingerprint sum_;
    std::uint64_t rows_ = 0;
};

// With `parts`, also each provider's part of each help form (for the suppression). With
// `fingerprint`, also the fingerprint of the rows (by_provider only).
Aggregation Aggregate(const TrajectoryTable& table, std::span<const std::uint32_t> rows, bool by_provider,
                      Day reference, const ReentryLookup& reentry, bool parts = true,
                      RowFingerprint* fingerprint = nullptr) {
    Aggregation a;
    if (rows.empty()) return a;
    int first_year = YearOf(table.start_day[rows[0]]);
    for (const std::uint32_t i : rows) first_year = std::min(first_year, YearOf(table.start_day[i]));
    a.periods = Periods{first_year, YearOf(reference)};
    std::vector<std::uint32_t> help_form_local, provider_local;
    a.help_forms = UsedIds(
        rows, table.help_forms, [&](std::uint32_t i) { return table.help_form[i]; }, help_form_local);
    if (by_provider) {
        a.providers = UsedIds(
            rows, table.providers, [&](std::uint32_t i) { return table.provider[i]; }, provider_local);
        if (fingerprint) fingerprint->Codes(a.providers, a.help_forms);
    }
    const std::size_t period_count = a.periods.size();
    a.tallies.assign(a.groups() * period_count, Tally{});
    const bool with_parts = by_provider && parts;
    if (with_parts) {
        a.pair_slots.assign(a.providers.size() * a.help_forms.size(), Aggregation::kNoSlot);
        // Room for every pair at once: only what is used is ever touched, and the tallies are never moved.
        a.pair_tallies.reserve(std::min(a.pair_slots.size(), rows.size()) * period_count);
    }
    if (period_count == 0) return a;

    const std::size_t half_count = 2 * (period_count / 3);
    const auto half_period = [](std::size_t h) { return 3 * (h / 2) + 1 + h % 2; };
    for (const std::uint32_t i : rows) {
        const std::size_t help_form = help_form_local[table.help_form[i]];
        std::array<std::size_t, 3> groups = {help_form, a.AllGroup(), 0};
        const std::size_t group_count = by_provider ? 3 : 2;
        const std::size_t provider = by_provider ? provider_local[table.provider[i]] : 0;
        if (by_provider) groups[2] = a.ProviderGroup(provider);
        const auto add = [&](std::size_t period, auto&& change) {
            for (std::size_t k = 0; k < group_count; ++k) change(a.at(groups[k], period));
            if (with_parts) change(a.PairAt(provider, help_form, period));
        };
        const Day start = table.start_day[i];
        const Day end = table.end_day[i];
        const bool counted_end = end != kNoDay && a.periods.Contains(YearOf(end));
        const EndContribution c = counted_end ? EndOf(table, i, reference, reentry) : EndContribution{};
        if (fingerprint) fingerprint->Row(i, c.no_reentry);
        if (!a.periods.Contains(YearOf(start))) continue;  // starts after the reference year
        for (const std::size_t p : {a.periods.YearIndex(YearOf(start)), a.periods.HalfIndex(start)}) {
            add(p, [](Tally& t) { ++t.started; });
        }
        // Ongoing at the end of each half year from the start's on, until the end; a year's is its H2's.
        const std::size_t first_half = 2 * static_cast<std::size_t>(YearOf(start) - first_year) + (MonthOf(start) > 6);
        for (std::size_t h = first_half; h < half_count; ++h) {
            const std::size_t p = half_period(h);
            if (end != kNoDay && end <= a.periods.LastDay(p)) break;
            add(p, [](Tally& t) { ++t.ongoing; });
            if (p % 3 == 2) add(p - 2, [](Tally& t) { ++t.ongoing; });
        }
        if (counted_end) {
            for (const std::size_t p : {a.periods.YearIndex(YearOf(end)), a.periods.HalfIndex(end)}) {
                add(p, [&](Tally& t) { c.AddTo(t); });
            }
        }
    }
    return a;
}

// A provider whose started, ended and ongoing counts stay below kOutcomeMinCount in every year
// would have a row of hidden cells only. Such providers are published together as "overige
// aanbieders", as CBS does: the page is shorter, and the suppression has a few rows to protect
// instead of thousands (docs/privacy.md). Each folded provider still knows its own part of that
// row and of every help-form cell, and the suppression treats it so.
void FoldSmallProviders(Aggregation& a) {
    const std::size_t period_count = a.periods.size();
    const std::size_t help_forms = a.help_forms.size();
    std::vector<char> small(a.providers.size(), 0);
    for (std::size_t v = 0; v < a.providers.size(); ++v) {
        small[v] = 1;
        for (std::size_t p = 0; p < period_count; p += 3) {  // the years
            const Tally& t = a.at(a.ProviderGroup(v), p);
            if (t.started >= kOutcomeMinCount || t.ended >= kOutcomeMinCount || t.ongoing >= kOutcomeMinCount) {
                small[v] = 0;
            }
        }
    }
    if (std::find(small.begin(), small.end(), 1) == small.end()) return;
    // The owners in their new order, shown providers first: the pair tallies stay where they are.
    std::vector<std::uint32_t> shown, folded, new_slots;
    for (std::size_t v = 0; v < a.providers.size(); ++v)
        (small[v] ? folded : shown).push_back(static_cast<std::uint32_t>(v));
    new_slots.reserve(a.pair_slots.size());
    for (const auto* list : {&shown, &folded}) {
        if (a.pair_slots.empty()) break;  // aggregated without the parts
        for (const std::uint32_t v : *list) {
            const auto row = a.pair_slots.begin() + static_cast<std::ptrdiff_t>(v * help_forms);
            new_slots.insert(new_slots.end(), row, row + static_cast<std::ptrdiff_t>(help_forms));
        }
    }
    std::vector<Tally> tallies((help_forms + 2 + shown.size()) * period_count);
    std::copy(a.tallies.begin(), a.tallies.begin() + static_cast<std::ptrdiff_t>((help_forms + 1) * period_count),
              tallies.begin());
    std::vector<std::uint32_t> providers, folded_ids;
    for (const std::uint32_t v : shown) {
        const auto from = a.tallies.begin() + static_cast<std::ptrdiff_t>(a.ProviderGroup(v) * period_count);
        std::copy(from, from + static_cast<std::ptrdiff_t>(period_count),
                  tallies.begin() + static_cast<std::ptrdiff_t>((help_forms + 1 + providers.size()) * period_count));
        providers.push_back(a.providers[v]);
    }
    const std::size_t others = help_forms + 1 + providers.size();
    std::vector<Tally> folded_tallies;
    folded_tallies.reserve(folded.size() * period_count);
    for (const std::uint32_t v : folded) {
        const auto from = a.tallies.begin() + static_cast<std::ptrdiff_t>(a.ProviderGroup(v) * period_count);
        folded_tallies.insert(folded_tallies.end(), from, from + static_cast<std::ptrdiff_t>(period_count));
        for (std::size_t p = 0; p < period_count; ++p)
            tallies[others * period_count + p] += from[static_cast<std::ptrdiff_t>(p)];
        folded_ids.push_back(a.providers[v]);
    }
    a.tallies = std::move(tallies);
    a.pair_slots = std::move(new_slots);
    a.providers = std::move(providers);
    a.folded = std::move(folded_ids);
    a.folded_tallies = std::move(folded_tallies);
}

// --- Suppression -------------------------------------------------------------------------------

// The counts a row's figures rest on. Bases first (threshold 10), then numerators and complements
// (threshold 5). kPlanned is both: the numerator of `planned` and the base of `no_reentry`.
enum Family : std::size_t {
    kStarted,
    kEnded,
    kOngoing,
    kPlanned,
    kSatisfaction,
    kWithoutHelp,
    kUnplanned,
    kWithoutHelpYes,
    kWithoutHelpNo,
    kNoReentryYes,
    kNoReentryNo,
    kFamilies
};

bool IsNumerator(std::size_t family) { return family >= kUnplanned; }
std::int64_t Threshold(std::size_t family) { return IsNumerator(family) ? kNumeratorMinCount : kOutcomeMinCount; }

std::int64_t FamilyCount(const Tally& t, std::size_t family) {
    switch (family) {
        case kStarted:
            return t.started;
        case kEnded:
            return t.ended;
        case kOngoing:
            return t.ongoing;
        case kPlanned:
            return t.planned;
        case kSatisfaction:
            return t.satisfaction_n;
        case kWithoutHelp:
            return t.without_help_n;
        case kUnplanned:
            return t.ended - t.planned;
        case kWithoutHelpYes:
            return t.without_help_count;
        case kWithoutHelpNo:
            return t.without_help_n - t.without_help_count;
        case kNoReentryYes:
            return t.reentry_count;
        default:
            return t.reentry_n - t.reentry_count;
    }
}

// Base = numerator + complement, per row: ended = planned + unplanned, and so on.
struct Split {
    std::size_t base, numerator, complement;
};
constexpr std::array<Split, 3> kSplits = {Split{kEnded, kPlanned, kUnplanned},
                                          Split{kWithoutHelp, kWithoutHelpYes, kWithoutHelpNo},
                                          Split{kPlanned, kNoReentryYes, kNoReentryNo}};

// Whether a numerator or complement of 0 must be hidden: a share of 0 % or 100 % over a small base.
bool ExtremeShare(const Tally& t, std::size_t family) {
    for (const Split& split : kSplits) {
        if (family != split.numerator && family != split.complement) continue;
        const std::int64_t base = FamilyCount(t, split.base);
        return FamilyCount(t, family) == 0 && base > 0 && MustSuppressProportion(0, base, kShareRule);
    }
    return false;
}

// Cell ids of the constraint table: family × group × period, where a year's ongoing is its H2's.
struct CellIndex {
    std::size_t groups = 0;
    std::size_t periods = 0;

    std::uint32_t operator()(std::size_t family, std::size_t group, std::size_t period) const {
        if (family == kOngoing && Periods::IsYear(period)) period += 2;
        return static_cast<std::uint32_t>((family * groups + group) * periods + period);
    }
    std::size_t size() const { return kFamilies * groups * periods; }
};

using Statuses = std::vector<Suppression>;

// What each owner knows of the cells it does not own: a provider with a row of its own its part of
// every help-form and "all" cell, a folded provider also its part of "overige aanbieders". Read owner
// by owner, so that each cell's parts come out ordered by owner; only the pairs that occur are read.
void AddParts(const Aggregation& a, const CellIndex& cell, ConstraintTable& table) {
    const std::size_t period_count = a.periods.size();
    // Two passes in the same order: the first counts the parts per cell, the second puts them in
    // place, so that each cell's parts come out ordered by owner without a list to sort.
    const auto each_part = [&](auto&& visit) {
        const auto add = [&](std::uint32_t owner, std::size_t group, std::size_t p, const Tally& t) {
            if (!Involved(t)) return;  // every count rests on something started, ended or ongoing
            for (std::size_t f = 0; f < kFamilies; ++f) {
                if (f == kOngoing && Periods::IsYear(p)) continue;  // shared with H2: no cell of its own
                const std::int64_t count = FamilyCount(t, f);
                if (count > 0) visit(cell(f, group, p), CellPart{static_cast<std::int32_t>(owner), count});
            }
        };
        for (std::uint32_t owner = 0; owner < a.owners(); ++owner) {
            const bool folded = owner >= a.providers.size();
            for (std::size_t h = 0; h < a.help_forms.size(); ++h) {
                const std::span<const Tally> pair = a.Pair(owner, h);
                for (std::size_t p = 0; p < pair.size(); ++p) add(owner, h, p, pair[p]);
            }
            for (std::size_t p = 0; p < period_count; ++p) {
                const Tally& own =
                    folded ? a.FoldedTally(owner - a.providers.size(), p) : a.at(a.ProviderGroup(owner), p);
                add(owner, a.AllGroup(), p, own);
                if (folded) add(owner, a.OthersGroup(), p, own);
            }
        }
    };
    table.part_offsets.assign(table.counts.size() + 1, 0);
    each_part([&](std::uint32_t id, const CellPart&) { ++table.part_offsets[id + 1]; });
    for (std::size_t i = 1; i < table.part_offsets.size(); ++i) table.part_offsets[i] += table.part_offsets[i - 1];
    table.parts.resize(table.part_offsets.back());
    std::vector<std::uint32_t> next(table.part_offsets.begin(), table.part_offsets.end() - 1);
    each_part([&](std::uint32_t id, const CellPart& part) { table.parts[next[id]++] = part; });
}

// Every cell's count, threshold and rule, and what each provider knows of it: its provider rows
// whole, and its own part of each help-form and "all" cell.
ConstraintTable Cells(const Aggregation& a) {
    const std::size_t period_count = a.periods.size();
    const CellIndex cell{a.groups(), period_count};
    ConstraintTable table;
    table.counts.assign(cell.size(), 0);
    table.owners.assign(cell.size(), kNoOwner);
    table.min_counts.assign(cell.size(), kOutcomeMinCount);
    table.forced.assign(cell.size(), 0);
    // The API says only "hidden", never why: no reader gets bounds from a label (so no cell needs
    // zero_may_be_primary either).
    table.unlabelled.assign(cell.size(), 1);
    table.known.assign(cell.size(), 0);
    table.follows.assign(cell.size(), -1);
    for (std::size_t f = 0; f < kFamilies; ++f) {
        for (std::size_t g = 0; g < a.groups(); ++g) {
            for (std::size_t p = 0; p < period_count; ++p) {
                if (f == kOngoing && Periods::IsYear(p)) continue;  // the H2 cell stands for it
                const std::uint32_t id = cell(f, g, p);
                const Tally& t = a.at(g, p);
                table.counts[id] = FamilyCount(t, f);
                table.min_counts[id] = Threshold(f);
                table.forced[id] = ExtremeShare(t, f) ? 1 : 0;
                const bool others = a.HasOthers() && g == a.OthersGroup();
                if (g > a.AllGroup() && !others) table.owners[id] = static_cast<std::int32_t>(g - a.AllGroup() - 1);
                // A row with nothing started, ended or ongoing is left out of the report: its 0s are public.
                if (!Involved(t)) table.known[id] = 1;
                // A count of measurements is shown only with the ended count it is about (MakeFigures).
                if (f == kSatisfaction || f == kWithoutHelp)
                    table.follows[id] = static_cast<std::int32_t>(cell(kEnded, g, p));
            }
        }
    }
    if (a.owners() > 0) AddParts(a, cell, table);
    auto& eqs = table.equations;
    for (std::size_t f = 0; f < kFamilies; ++f) {
        for (std::size_t p = 0; p < period_count; ++p) {
            if (f == kOngoing && Periods::IsYear(p)) continue;  // the same equation as its H2's
            // Help forms add up to "all"; so do providers.
            LinearEquation forms{{cell(f, a.AllGroup(), p)}, {}};
            for (std::size_t g = 0; g < a.help_forms.size(); ++g) forms.rhs.push_back(cell(f, g, p));
            eqs.push_back(std::move(forms));
            if (!a.providers.empty() || a.HasOthers()) {
                LinearEquation providers{{cell(f, a.AllGroup(), p)}, {}};
                for (std::size_t v = 0; v < a.providers.size(); ++v) {
                    providers.rhs.push_back(cell(f, a.ProviderGroup(v), p));
                }
                if (a.HasOthers()) providers.rhs.push_back(cell(f, a.OthersGroup(), p));
                eqs.push_back(std::move(providers));
            }
        }
    }
    for (std::size_t g = 0; g < a.groups(); ++g) {
        for (std::size_t p = 0; p < period_count; ++p) {
            for (const Split& split : kSplits) {
                eqs.push_back({{cell(split.base, g, p)}, {cell(split.numerator, g, p), cell(split.complement, g, p)}});
            }
        }
        for (std::size_t y = 0; y < period_count; y += 3) {
            // H1 + H2 = year, for the flows.
            for (std::size_t f = 0; f < kFamilies; ++f) {
                if (f != kOngoing) eqs.push_back({{cell(f, g, y)}, {cell(f, g, y + 1), cell(f, g, y + 2)}});
            }
            // Stock and flow: ongoing(p) + ended(p) = ongoing(p − 1) + started(p), by year and by half
            // year; before the first year nothing was ongoing.
            const auto flow = [&](std::size_t p, std::optional<std::size_t> previous) {
                LinearEquation eq{{cell(kOngoing, g, p), cell(kEnded, g, p)}, {cell(kStarted, g, p)}};
                if (previous) eq.rhs.push_back(cell(kOngoing, g, *previous));
                eqs.push_back(std::move(eq));
            };
            flow(y, y == 0 ? std::nullopt : std::optional<std::size_t>(y - 3));
            flow(y + 1, y == 0 ? std::nullopt : std::optional<std::size_t>(y - 1));
            flow(y + 2, y + 1);
        }
    }
    return table;
}

Result<Statuses> Suppress(const Aggregation& a, bool complementary) {
    return SuppressConstraintTable(Cells(a), {kOutcomeMinCount, complementary});
}

// A municipality's suppression, kept by what it rests on (suppression_memo.hpp): after an upload
// only the municipalities whose cells it changed are suppressed again.
Result<Statuses> SuppressKept(const Aggregation& a) {
    return SuppressionMemo::Shared().Suppress(Cells(a), {kOutcomeMinCount, true});
}

// --- Figures -----------------------------------------------------------------------------------

bool Hidden(Suppression suppression) { return suppression != Suppression::kNone; }

CountFigure MakeCount(std::int64_t value, Suppression suppression) {
    CountFigure f;
    f.suppression = suppression;
    if (!Hidden(suppression)) f.value = value;
    return f;
}

void FillShare(ShareFigure& f, std::int64_t numerator, std::int64_t denominator, Suppression suppression,
               bool numerator_hidden) {
    f.suppression = suppression;
    if (Hidden(suppression)) return;
    f.denominator = denominator;
    f.numerator_hidden = numerator_hidden;
    if (numerator_hidden) return;
    f.numerator = numerator;
    if (denominator > 0) {
        f.share = static_cast<double>(numerator) / static_cast<double>(denominator);
        f.interval = WilsonIntervalZ(numerator, denominator, kZ95);
    }
}

MeanFigure MakeMean(std::int64_t sum, std::int64_t n, Suppression suppression) {
    MeanFigure f;
    f.suppression = suppression;
    if (Hidden(suppression)) return f;
    f.n = n;
    if (n > 0) f.mean = static_cast<double>(sum) / static_cast<double>(n);
    return f;
}

std::array<Suppression, kFamilies> AllShown() {
    std::array<Suppression, kFamilies> s;
    s.fill(Suppression::kNone);
    return s;
}

// Whether a share's count is hidden: its numerator or its complement is.
bool CountHidden(const std::array<Suppression, kFamilies>& status, const Split& split) {
    return Hidden(status[split.numerator]) || Hidden(status[split.complement]);
}

// `status[f]` is the status of family f's cell; all kShown when nothing is suppressed.
OutcomeFigures MakeFigures(const Tally& t, const std::array<Suppression, kFamilies>& status) {
    OutcomeFigures f;
    f.started = MakeCount(t.started, status[kStarted]);
    f.ended = MakeCount(t.ended, status[kEnded]);
    f.ongoing = MakeCount(t.ongoing, status[kOngoing]);
    // Every figure about the ended trajectories rests on them: when their count is hidden, so is each
    // of these, whatever its own base (two measurements per trajectory can make 10 out of 5
    // trajectories, and the no_reentry population, 0 or not, is the planned count of a hidden group).
    const auto ended_or = [&status](std::size_t family) {
        return Hidden(status[kEnded]) ? status[kEnded] : status[family];
    };
    FillShare(f.planned, t.planned, t.ended, status[kEnded], CountHidden(status, kSplits[0]));
    f.satisfaction = MakeMean(t.satisfaction_sum, t.satisfaction_n, ended_or(kSatisfaction));
    FillShare(f.without_help, t.without_help_count, t.without_help_n, ended_or(kWithoutHelp),
              CountHidden(status, kSplits[1]));
    // The no_reentry population is the planned count: hidden with it.
    FillShare(f.no_reentry, t.reentry_count, t.reentry_n, ended_or(kPlanned), CountHidden(status, kSplits[2]));
    f.no_reentry.incomplete = t.reentry_incomplete;
    return f;
}

// The rows of a scope and its suppression.
struct Scoped {
    Aggregation aggregation;
    Statuses statuses;  // empty: nothing suppressed

    std::array<Suppression, kFamilies> StatusOf(std::size_t group, std::size_t period) const {
        std::array<Suppression, kFamilies> s = AllShown();
        if (statuses.empty()) return s;
        const CellIndex cell{aggregation.groups(), aggregation.periods.size()};
        for (std::size_t f = 0; f < kFamilies; ++f) s[f] = statuses[cell(f, group, period)];
        return s;
    }
    OutcomeFigures FiguresOf(std::size_t group, std::size_t period) const {
        return MakeFigures(aggregation.at(group, period), StatusOf(group, period));
    }
};

Result<void> CheckColumns(const TrajectoryTable& t) {
    const std::size_t n = t.size();
    const bool ok =
        t.client.size() == n && t.municipality.size() == n && t.provider.size() == n && t.help_form.size() == n &&
        t.end_day.size() == n && t.reason.size() == n && t.without_help_youth.size() == n &&
        (t.without_help_parent.size() == n || t.without_help_parent.empty()) && t.satisfaction_youth.size() == n &&
        (t.satisfaction_parent.size() == n || t.satisfaction_parent.empty());
    if (!ok) {
        return Fail(ErrorCode::kInvalidArgument, "de kolommen van de trajectentabel verschillen in lengte", "table");
    }
    if (n > 0 && t.client_offsets.size() != std::size_t{t.client_count} + 1) {
        return Fail(ErrorCode::kInvalidArgument, "de trajectentabel is niet afgemaakt (Finish)", "table");
    }
    return {};
}

std::vector<std::uint32_t> MunicipalityRows(const TrajectoryTable& t, std::uint32_t m) {
    if (t.municipality_offsets.size() == t.municipalities.size() + 1) {
        return {t.municipality_rows.begin() + t.municipality_offsets[m],
                t.municipality_rows.begin() + t.municipality_offsets[m + 1]};
    }
    std::vector<std::uint32_t> rows;  // Finish() not run: scan
    for (std::uint32_t i = 0; i < t.size(); ++i) {
        if (t.municipality[i] == m) rows.push_back(i);
    }
    return rows;
}

Result<Scoped> ScopeMunicipality(const TrajectoryTable& table, std::uint32_t m, Day reference, bool suppress,
                                 bool complementary) {
    Scoped s;
    const std::vector<std::uint32_t> rows = MunicipalityRows(table, m);
    s.aggregation = Aggregate(table, rows, /*by_provider=*/true, reference, ReentryLookup(table));
    if (suppress) {
        FoldSmallProviders(s.aggregation);  // part of the disclosure control: an exact view lists every provider
        auto statuses = complementary ? SuppressKept(s.aggregation) : Suppress(s.aggregation, complementary);
        if (!statuses) return std::unexpected(statuses.error());
        s.statuses = std::move(*statuses);
    }
    s.aggregation.Compact();
    return s;
}

using SharedScope = std::shared_ptr<const Scoped>;

std::size_t BytesOf(const Scoped& s) {
    const Aggregation& a = s.aggregation;
    return sizeof(Scoped) + (a.tallies.size() + a.folded_tallies.size()) * sizeof(Tally) + s.statuses.size() +
           (a.help_forms.size() + a.providers.size() + a.folded.size()) * sizeof(std::uint32_t);
}

// The key of a municipality's statuses in the memo by rows: its rows' fingerprint and its code. Two
// municipalities whose rows are the same have the same statuses, but each must be computed once here
// to be kept under its own code as well (keeping->kept).
TableFingerprint MemoKeyOf(const TableFingerprint& rows, std::string_view code) {
    std::uint64_t h = 14695981039346656037ULL;  // FNV-1a
    for (const char c : code) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return {rows.high ^ h, rows.low + h};
}

// Municipality m's suppressed scope. With `keeping`: first the rows are aggregated without the
// providers' parts and fingerprinted; when a suppression is kept under that fingerprint (in memory,
// else in keeping->kept) it is used, and only otherwise are the parts aggregated and the
// suppression computed (and kept).
Result<SharedScope> ComputeScope(const TrajectoryTable& table, std::uint32_t m, Day reference,
                                 const ScopeKeeping* keeping) {
    if (!keeping) {
        auto scoped = ScopeMunicipality(table, m, reference, /*suppress=*/true, /*complementary=*/true);
        if (!scoped) return std::unexpected(scoped.error());
        return std::make_shared<const Scoped>(std::move(*scoped));
    }
    const std::vector<std::uint32_t> rows = MunicipalityRows(table, m);
    const ReentryLookup reentry(table);
    RowFingerprint fingerprint(keeping->key, table);
    auto scoped = std::make_shared<Scoped>();
    scoped->aggregation =
        Aggregate(table, rows, /*by_provider=*/true, reference, reentry, /*parts=*/false, &fingerprint);
    FoldSmallProviders(scoped->aggregation);
    const TableFingerprint key = fingerprint.Done(YearOf(reference));
    const std::string_view code = table.municipalities.Name(m);
    const std::size_t cells = CellIndex{scoped->aggregation.groups(), scoped->aggregation.periods.size()}.size();
    const TableFingerprint memo_key = MemoKeyOf(key, code);
    Statuses statuses;
    if (auto found = SuppressionMemo::ByRows().Find(memo_key); found && found->size() == cells) {
        statuses = std::move(*found);
    } else if (keeping->kept) {
        if (auto loaded = keeping->kept->Load(code, key); loaded && loaded->size() == cells) {
            statuses = std::move(*loaded);
            SuppressionMemo::ByRows().Keep(memo_key, statuses);
        }
    }
    if (statuses.size() != cells || cells == 0) {
        Aggregation whole = Aggregate(table, rows, /*by_provider=*/true, reference, reentry);
        FoldSmallProviders(whole);
        auto computed = SuppressKept(whole);
        if (!computed) return std::unexpected(computed.error());
        statuses = std::move(*computed);
        SuppressionMemo::ByRows().Keep(memo_key, statuses);
        if (keeping->kept) keeping->kept->Save(code, key, statuses);
    }
    scoped->statuses = std::move(statuses);
    scoped->aggregation.Compact();
    return scoped;
}

std::size_t RowCount(const TrajectoryTable& table, std::uint32_t m) {
    if (table.municipality_offsets.size() == table.municipalities.size() + 1) {
        return table.municipality_offsets[m + 1] - table.municipality_offsets[m];
    }
    return MunicipalityRows(table, m).size();
}

}  // namespace

struct ScopeCache::State {
    using Future = std::shared_future<Result<SharedScope>>;
    struct Entry {
        Future future;
        std::uint64_t used = 0;
        std::size_t bytes = 0;  // 0 while computing
        std::size_t rows = 0;   // what it costs to compute again, roughly
    };
    mutable std::mutex mutex;
    Day day = 0;
    std::map<std::uint32_t, Entry> entries;  // by municipality id, for `day`
    std::uint64_t clock = 0;
    std::size_t bytes = 0;
    std::size_t budget = 0;

    ScopeKeeping keeping;

    // The kept scope, or the one being computed, or computes it here.
    Result<SharedScope> Get(const TrajectoryTable& table, std::uint32_t m, Day reference) {
        std::promise<Result<SharedScope>> promise;
        {
            std::unique_lock lock(mutex);
            if (reference != day) {  // a new day: every figure may change
                entries.clear();
                bytes = 0;
                day = reference;
            }
            const auto found = entries.find(m);
            if (found != entries.end()) {
                found->second.used = ++clock;
                const Future future = found->second.future;
                lock.unlock();
                return future.get();
            }
            entries[m] = Entry{promise.get_future().share(), ++clock, 0, RowCount(table, m)};
        }
        Result<SharedScope> result = ComputeScope(table, m, reference, &keeping);
        promise.set_value(result);
        std::lock_guard lock(mutex);
        const auto found = entries.find(m);
        if (found == entries.end() || reference != day) return result;
        if (!result) {
            entries.erase(found);  // an error is not kept: the next request tries again
            return result;
        }
        found->second.bytes = BytesOf(**result);
        bytes += found->second.bytes;
        Trim(m);
        return result;
    }

    // Over the budget, the cheapest to compute again go first (the smallest municipalities, the least
    // recently used of equal size), apart from `keep`: a national funnel reads every scope in turn,
    // and a plain least-recently-used rule would then throw out exactly the costly ones. Under mutex.
    void Trim(std::optional<std::uint32_t> keep) {
        while (bytes > budget) {
            auto cheapest = entries.end();
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                if (it->second.bytes == 0 || it->first == keep) continue;
                if (cheapest == entries.end() || it->second.rows < cheapest->second.rows ||
                    (it->second.rows == cheapest->second.rows && it->second.used < cheapest->second.used)) {
                    cheapest = it;
                }
            }
            if (cheapest == entries.end()) break;
            bytes -= cheapest->second.bytes;
            entries.erase(cheapest);
        }
    }
};

ScopeCache::ScopeCache(std::shared_ptr<const TrajectoryTable> table, std::size_t budget_bytes, ScopeKeeping keeping)
    : table_(std::move(table)), state_(std::make_unique<State>()) {
    state_->budget = budget_bytes;
    state_->keeping = std::move(keeping);
}

SipKey ProcessSipKey() {
    static const SipKey key = [] {
        std::random_device random;
        const auto word = [&random] { return std::uint64_t{random()} << 32 | random(); };
        return SipKey{word(), word()};
    }();
    return key;
}

ScopeCache::~ScopeCache() = default;

std::size_t ScopeCache::size() const {
    std::lock_guard lock(state_->mutex);
    return state_->entries.size();
}

std::size_t ScopeCache::bytes() const {
    std::lock_guard lock(state_->mutex);
    return state_->bytes;
}

std::size_t ScopeCache::budget() const {
    std::lock_guard lock(state_->mutex);
    return state_->budget;
}

void ScopeCache::SetBudget(std::size_t budget_bytes) {
    std::lock_guard lock(state_->mutex);
    state_->budget = budget_bytes;
    state_->Trim(std::nullopt);
}

namespace {

// The suppressed scope of municipality m: from the cache when it belongs to this table.
Result<SharedScope> SuppressedScope(const TrajectoryTable& table, std::uint32_t m, Day reference, ScopeCache* cache) {
    if (cache && &cache->table() == &table) return cache->state().Get(table, m, reference);
    return ComputeScope(table, m, reference, nullptr);
}

// Municipality ids, the largest first (ties by id).
std::vector<std::uint32_t> BySize(const TrajectoryTable& table) {
    std::vector<std::uint32_t> ids(table.municipalities.size());
    std::vector<std::size_t> sizes(ids.size(), 0);
    for (std::uint32_t m = 0; m < ids.size(); ++m) {
        ids[m] = m;
        sizes[m] = RowCount(table, m);
    }
    std::stable_sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) { return sizes[a] > sizes[b]; });
    return ids;
}

// Calls visit(m, scope) for every municipality on `threads` threads (visit must be thread-safe), until
// `stop` is set or an error. This thread takes the largest municipality first and goes down; the
// helpers take the smallest first and go up, until they meet. The helpers start once the largest is
// done: its suppression needs the most memory and the first pages ask for it, so it has the machine
// to itself. After it, at most one of the few large municipalities is worked on at a time.
Result<void> ForEachScope(const TrajectoryTable& table, Day reference, ScopeCache* cache, std::size_t threads,
                          const std::atomic<bool>* stop,
                          const std::function<void(std::uint32_t, const Scoped&)>& visit) {
    const std::vector<std::uint32_t> order = BySize(table);
    std::mutex mutex;  // guards front, back, error and helpers_may_start
    std::condition_variable helpers_wait;
    std::size_t front = 0, back = order.size();
    std::optional<Error> error;
    bool helpers_may_start = false;
    const auto start_helpers = [&] {
        std::lock_guard lock(mutex);
        helpers_may_start = true;
        helpers_wait.notify_all();
    };
    const auto work = [&](bool largest_first) {
        if (!largest_first) {
            std::unique_lock lock(mutex);
            helpers_wait.wait(lock, [&] { return helpers_may_start; });
        }
        while (!(stop && stop->load())) {
            std::uint32_t m = 0;
            {
                std::lock_guard lock(mutex);
                if (front >= back) return;
                m = largest_first ? order[front++] : order[--back];
            }
            auto scope = SuppressedScope(table, m, reference, cache);
            if (largest_first) start_helpers();
            if (!scope) {
                std::lock_guard lock(mutex);
                if (!error) error = scope.error();
                front = back;
                return;
            }
            visit(m, **scope);
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < std::max<std::size_t>(threads, 1); ++t) helpers.emplace_back(work, false);
    work(true);
    start_helpers();  // if this thread did nothing (stopped, or nothing to do), they see that at once
    for (auto& helper : helpers) helper.join();
    if (error) return std::unexpected(*error);
    return {};
}

constexpr const char* kAllHelpForms = "all";
constexpr const char* kAllHelpFormsLabel = "Alle hulpvormen";

}  // namespace

const char* ReentryBasisName(ReentryBasis basis) {
    return basis == ReentryBasis::kOwnRecords ? "own_records" : "all_providers";
}

std::optional<Granularity> ParseGranularity(std::string_view text) {
    if (text == "year") return Granularity::kYear;
    if (text == "half_year") return Granularity::kHalfYear;
    return std::nullopt;
}

const char* GranularityName(Granularity granularity) {
    return granularity == Granularity::kYear ? "year" : "half_year";
}

std::optional<FunnelIndicator> ParseFunnelIndicator(std::string_view text) {
    if (text == "planned") return FunnelIndicator::kPlanned;
    if (text == "without_help") return FunnelIndicator::kWithoutHelp;
    if (text == "no_reentry") return FunnelIndicator::kNoReentry;
    return std::nullopt;
}

const char* FunnelIndicatorName(FunnelIndicator indicator) {
    switch (indicator) {
        case FunnelIndicator::kPlanned:
            return "planned";
        case FunnelIndicator::kWithoutHelp:
            return "without_help";
        case FunnelIndicator::kNoReentry:
            return "no_reentry";
    }
    return "planned";
}

Result<OutcomeReport> ComputeOutcomes(const TrajectoryTable& table, const OutcomeQuery& query, ScopeCache* cache) {
    if (auto ok = CheckColumns(table); !ok) return std::unexpected(ok.error());
    OutcomeReport report;
    SharedScope kept;  // a municipality's suppressed scope, shared
    Scoped own_scope;
    if (query.scope == OutcomeQuery::Scope::kProvider) {
        const auto id = table.providers.Find(query.code);
        if (!id) return report;
        std::vector<std::uint32_t> rows;
        for (std::uint32_t i = 0; i < table.size(); ++i) {
            if (table.provider[i] == *id) rows.push_back(i);
        }
        // A provider's figures rest on its own records only, re-entry included.
        const ReentryLookup own(table, rows);
        report.reentry_basis = own.basis();
        own_scope.aggregation = Aggregate(table, rows, /*by_provider=*/false, query.reference_date, own);
        if (query.suppress) {
            auto statuses = Suppress(own_scope.aggregation, query.complementary);
            if (!statuses) return std::unexpected(statuses.error());
            own_scope.statuses = std::move(*statuses);
        }
    } else {
        const auto id = table.municipalities.Find(query.code);
        if (!id) return report;
        if (query.suppress && query.complementary) {
            auto s = SuppressedScope(table, *id, query.reference_date, cache);
            if (!s) return std::unexpected(s.error());
            kept = std::move(*s);
        } else {
            auto s = ScopeMunicipality(table, *id, query.reference_date, query.suppress, query.complementary);
            if (!s) return std::unexpected(s.error());
            own_scope = std::move(*s);
        }
    }
    const Scoped& scoped = kept ? *kept : own_scope;

    const Aggregation& a = scoped.aggregation;
    for (std::size_t p = 0; p < a.periods.size(); ++p) {
        if (!a.periods.InGranularity(p, query.granularity)) continue;
        const std::string period = a.periods.Label(p);
        for (std::size_t g = 0; g <= a.AllGroup(); ++g) {
            if (!Involved(a.at(g, p))) continue;
            OutcomeRow row;
            if (g == a.AllGroup()) {
                row.help_form = kAllHelpForms;
                row.help_form_label = kAllHelpFormsLabel;
            } else {
                row.help_form = table.help_forms.Name(a.help_forms[g]);
                row.help_form_label = HelpFormLabel(row.help_form);
            }
            row.period = period;
            row.figures = scoped.FiguresOf(g, p);
            report.rows.push_back(std::move(row));
        }
        for (std::size_t v = 0; v < a.providers.size(); ++v) {
            const std::size_t g = a.ProviderGroup(v);
            if (!Involved(a.at(g, p))) continue;
            report.providers.push_back({table.providers.Name(a.providers[v]), period, scoped.FiguresOf(g, p)});
        }
        if (a.HasOthers() && Involved(a.at(a.OthersGroup(), p))) {
            report.other_providers.push_back({period, scoped.FiguresOf(a.OthersGroup(), p)});
        }
    }
    report.other_provider_count = a.folded.size();
    return report;
}

namespace {

// The figure of the funnel's indicator, and the base-count families it rests on.
const ShareFigure& FunnelFigure(const OutcomeFigures& f, FunnelIndicator indicator) {
    switch (indicator) {
        case FunnelIndicator::kPlanned:
            return f.planned;
        case FunnelIndicator::kWithoutHelp:
            return f.without_help;
        case FunnelIndicator::kNoReentry:
            return f.no_reentry;
    }
    return f.planned;
}

bool IsIncomplete(const OutcomeFigures& f, FunnelIndicator indicator) {
    return indicator == FunnelIndicator::kNoReentry && f.no_reentry.incomplete;
}

std::vector<std::size_t> FunnelFamilies(FunnelIndicator indicator) {
    switch (indicator) {
        case FunnelIndicator::kPlanned:
            return {kEnded, kPlanned, kUnplanned};
        case FunnelIndicator::kWithoutHelp:
            return {kWithoutHelp, kWithoutHelpYes, kWithoutHelpNo};
        case FunnelIndicator::kNoReentry:
            return {kPlanned, kNoReentryYes, kNoReentryNo};
    }
    return {};
}

// ~40 sizes from 10 to max_n, evenly spread on a log scale, each once.
std::vector<std::int64_t> LimitSizes(std::int64_t max_n) {
    std::vector<std::int64_t> sizes;
    if (max_n < kOutcomeMinCount) return sizes;
    constexpr int kSamples = 40;
    const double lo = static_cast<double>(kOutcomeMinCount);
    const double ratio = static_cast<double>(max_n) / lo;
    for (int k = 0; k < kSamples; ++k) {
        const double x = lo * std::pow(ratio, static_cast<double>(k) / (kSamples - 1));
        const std::int64_t n = std::clamp<std::int64_t>(std::llround(x), kOutcomeMinCount, max_n);
        if (sizes.empty() || n > sizes.back()) sizes.push_back(n);
    }
    if (sizes.back() != max_n) sizes.push_back(max_n);
    return sizes;
}

// A provider in the funnel: its exact figure and whether it may be shown.
struct Candidate {
    std::string provider;
    ShareFigure figure;
    bool incomplete = false;
    bool publishable = true;
};

// With a municipality: every provider with records there (by AGB code), shown only when its
// figure is shown in that municipality's suppressed report. Empty for an unknown municipality or year.
Result<std::vector<Candidate>> MunicipalityCandidates(const TrajectoryTable& table, const FunnelQuery& query,
                                                      std::uint32_t m, ScopeCache* cache) {
    std::vector<Candidate> candidates;
    auto kept = SuppressedScope(table, m, query.reference_date, cache);
    if (!kept) return std::unexpected(kept.error());
    const Scoped* scoped = kept->get();
    const Aggregation& a = scoped->aggregation;
    if (!a.periods.Contains(query.year)) return candidates;
    const std::size_t p = a.periods.YearIndex(query.year);
    for (std::size_t v = 0; v < a.providers.size(); ++v) {
        const std::size_t g = a.ProviderGroup(v);
        const OutcomeFigures shown = scoped->FiguresOf(g, p);
        const OutcomeFigures exact = MakeFigures(a.at(g, p), AllShown());
        const ShareFigure& figure = FunnelFigure(shown, query.indicator);
        candidates.push_back({table.providers.Name(a.providers[v]), FunnelFigure(exact, query.indicator),
                              IsIncomplete(exact, query.indicator),
                              !Hidden(figure.suppression) && !figure.numerator_hidden});
    }
    // A folded provider has no figure of its own on the page, so it has no point either.
    for (std::size_t k = 0; k < a.folded.size(); ++k) {
        const OutcomeFigures exact = MakeFigures(a.FoldedTally(k, p), AllShown());
        candidates.push_back({table.providers.Name(a.folded[k]), FunnelFigure(exact, query.indicator),
                              IsIncomplete(exact, query.indicator), false});
    }
    return candidates;
}

// Per provider (dictionary id): its tally of the year over all municipalities, and per family its
// figures of the year hidden in the municipalities' suppressed reports ([provider * kFamilies +
// family]). Suppresses every municipality's report. The tallies are the municipalities' own: every
// trajectory belongs to one municipality, so their sum is the national figure.
struct ProviderYears {
    std::vector<Tally> totals;
    std::vector<char> seen;  // the provider has a trajectory in a municipality that has the year
    std::vector<HiddenSum> hidden;
};

Result<ProviderYears> ProviderYearsOf(const TrajectoryTable& table, const FunnelQuery& query,
                                      const std::vector<std::size_t>& families, ScopeCache* cache) {
    ProviderYears years;
    years.totals.resize(table.providers.size());
    years.seen.resize(table.providers.size(), 0);
    years.hidden.resize(table.providers.size() * kFamilies);
    std::mutex mutex;
    auto done = ForEachScope(table, query.reference_date, cache, 2, nullptr, [&](std::uint32_t, const Scoped& scoped) {
        const Aggregation& a = scoped.aggregation;
        if (!a.periods.Contains(query.year)) return;
        const std::size_t p = a.periods.YearIndex(query.year);
        std::lock_guard lock(mutex);
        for (std::size_t v = 0; v < a.providers.size(); ++v) {
            const Tally& t = a.at(a.ProviderGroup(v), p);
            years.totals[a.providers[v]] += t;
            years.seen[a.providers[v]] = 1;
            const auto status = scoped.StatusOf(a.ProviderGroup(v), p);
            for (const std::size_t f : families) {
                if (Hidden(status[f])) years.hidden[a.providers[v] * kFamilies + f].Add(FamilyCount(t, f));
            }
        }
        // A folded provider's figures are not published on their own: hidden too, where it has any.
        for (std::size_t k = 0; k < a.folded.size(); ++k) {
            const Tally& t = a.FoldedTally(k, p);
            years.totals[a.folded[k]] += t;
            years.seen[a.folded[k]] = 1;
            for (const std::size_t f : families) {
                const std::int64_t count = FamilyCount(t, f);
                if (count > 0) years.hidden[a.folded[k] * kFamilies + f].Add(count);
            }
        }
    });
    if (!done) return std::unexpected(done.error());
    return years;
}

// Without a municipality: every provider of the table (by AGB code), not shown when its national
// total minus its shown municipality figures would expose its hidden ones (ExposesHiddenCells).
// Empty when the year is in no municipality's periods.
Result<std::vector<Candidate>> NationalCandidates(const TrajectoryTable& table, const FunnelQuery& query,
                                                  ScopeCache* cache) {
    std::vector<Candidate> candidates;
    const std::vector<std::size_t> families = FunnelFamilies(query.indicator);
    auto years = ProviderYearsOf(table, query, families, cache);
    if (!years) return std::unexpected(years.error());
    std::vector<std::uint32_t> providers;
    for (std::uint32_t v = 0; v < years->seen.size(); ++v) {
        if (years->seen[v]) providers.push_back(v);
    }
    std::sort(providers.begin(), providers.end(),
              [&](std::uint32_t a, std::uint32_t b) { return table.providers.Name(a) < table.providers.Name(b); });
    for (const std::uint32_t v : providers) {
        const OutcomeFigures exact = MakeFigures(years->totals[v], AllShown());
        bool publishable = true;
        for (const std::size_t f : families) {
            const HiddenSum& h = years->hidden[v * kFamilies + f];
            publishable = publishable && !ExposesHiddenCells(h.cells, h.sum, Threshold(f));
        }
        candidates.push_back({std::string(table.providers.Name(v)), FunnelFigure(exact, query.indicator),
                              IsIncomplete(exact, query.indicator), publishable});
    }
    return candidates;
}

// The points (the publishable candidates with n > 0 whose share may be published), the pooled rate
// and the control limits at the points and at ~40 sizes up to the largest n.
Result<void> FillFunnel(const std::vector<Candidate>& candidates, FunnelReport& report) {
    std::vector<kompas::Fraction> units;
    for (const Candidate& c : candidates) {
        const std::int64_t denominator = c.figure.denominator.value_or(0);
        if (denominator <= 0) continue;
        // A point is a published share: its numerator and complement follow the same rule as the tables'.
        const std::int64_t numerator = c.figure.numerator.value_or(0);
        if (!c.publishable || MustSuppressProportion(numerator, denominator, kShareRule)) {
            ++report.hidden;
            continue;
        }
        FunnelPoint point;
        point.provider = c.provider;
        point.numerator = numerator;
        point.denominator = denominator;
        point.share = c.figure.share.value_or(0.0);
        point.interval = WilsonIntervalZ(numerator, denominator, kZ95);
        report.points.push_back(std::move(point));
        units.push_back({numerator, denominator});
        report.incomplete = report.incomplete || c.incomplete;
    }
    if (report.points.empty()) return {};
    auto rate = PooledRate(units);
    if (!rate) return std::unexpected(rate.error());
    report.rate = *rate;
    std::int64_t max_n = 0;
    for (FunnelPoint& point : report.points) {
        auto limits = ComputeFunnelLimits(*rate, point.denominator);
        if (!limits) return std::unexpected(limits.error());
        point.position = ClassifyInFunnel(kompas::Fraction{point.numerator, point.denominator}, *limits);
        max_n = std::max(max_n, point.denominator);
    }
    for (const std::int64_t n : LimitSizes(max_n)) {
        auto limits = ComputeFunnelLimits(*rate, n);
        if (!limits) return std::unexpected(limits.error());
        report.limits.push_back(*limits);
    }
    return {};
}

}  // namespace

Result<FunnelReport> ComputeFunnel(const TrajectoryTable& table, const FunnelQuery& query, ScopeCache* cache) {
    if (auto ok = CheckColumns(table); !ok) return std::unexpected(ok.error());
    FunnelReport report;
    report.indicator = query.indicator;
    report.year = query.year;
    report.municipality = query.municipality;
    Result<std::vector<Candidate>> candidates;
    if (query.municipality) {
        const auto m = table.municipalities.Find(*query.municipality);
        if (!m) return report;
        candidates = MunicipalityCandidates(table, query, *m, cache);
    } else {
        candidates = NationalCandidates(table, query, cache);
    }
    if (!candidates) return std::unexpected(candidates.error());
    if (auto ok = FillFunnel(*candidates, report); !ok) return std::unexpected(ok.error());
    return report;
}

Result<void> ScopeCache::Prepare(Day reference, std::size_t threads, const std::atomic<bool>* stop) {
    return ForEachScope(*table_, reference, this, threads, stop, [](std::uint32_t, const Scoped&) {});
}

}  // namespace kompas::engine
