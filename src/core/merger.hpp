// Municipal mergers (herindelingen): which municipalities went into which, and how a series
// published in the boundaries of its own year is carried over to today's boundaries (block 1A).
// Counts are added up; percentages and averages are recomputed from their numerators and
// denominators and are never averaged. Pure: no I/O.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/indicator.hpp"

namespace kompas {

// One old municipality (or part of it) going into a new one on a date. A municipality that
// continues under its own code and absorbs others has a row to itself (old_code == new_code):
// without it its earlier territory would be lost. A split has one row per receiving
// municipality, with shares that add up to 1.
struct Succession {
    std::string old_code;  // GMnnnn
    std::string new_code;  // GMnnnn
    std::string date;      // YYYY-MM-DD, the first day on which the new municipality exists
    double share = 1.0;    // share of the old municipality going to the new one (1.0 unless split)
};

// How a figure in today's boundaries came about, so that a page can label it.
enum class Derivation {
    kAsPublished,             // today's municipality's own figure, unchanged
    kSummedFromPredecessors,  // a count: the sum of the predecessors' counts (times their shares)
    kRecomputedFromCounts,    // a ratio: Σ numerators / Σ denominators × scale over the predecessors
    kNotConvertible,          // a figure is missing, or a ratio lacks its counts: no value
};

// "as_published", "summed_from_predecessors", "recomputed_from_counts", "not_convertible".
const char* DerivationName(Derivation derivation);

// A figure in today's boundaries and how it was derived.
struct DerivedObservation {
    Observation observation;  // region is today's code; status kUnknown when not convertible
    Derivation derivation = Derivation::kAsPublished;
    std::vector<std::string> sources;  // the codes whose figures were used, or were needed but missing
    std::string note;                  // Dutch, for a person: what was added up, or why there is no value
};

// A trimmed, upper-cased GM code, or kInvalidArgument for anything else (including WK/BU codes).
Result<std::string> NormaliseMunicipalityCode(std::string_view raw);

// True for a real calendar date written YYYY-MM-DD.
bool IsValidSuccessionDate(std::string_view date);

// The successions, validated once, indexed by receiving municipality. Immutable; copy freely.
class SuccessionTable {
public:
    // Validates: GM codes; real dates; shares in (0, 1]; the shares of one old code on one date
    // add up to 1 ± 1e-6; no duplicate rows; no cycles; a dissolved code neither receives nor
    // gives anything afterwards; a municipality that receives twice continues explicitly (has
    // its own row) the second time. Errors are kInvalidArgument with field "successions[i]".
    static Result<SuccessionTable> Create(std::vector<Succession> successions);

    SuccessionTable() = default;

    const std::vector<Succession>& successions() const { return successions_; }

    // Every municipality that went, wholly or partly, directly or through a chain of mergers,
    // into `today_code` (A→B in 2019 and B→C in 2023 gives A and B for C). Sorted; without
    // `today_code` itself. Empty for an unknown or malformed code.
    std::vector<std::string> PredecessorsOf(std::string_view today_code) const;

    // One figure per period for `today_code` in today's boundaries, sorted by period, from the
    // observations of one indicator for today's code and its predecessors (others are ignored).
    // Per period: when today's municipality had today's boundaries then, or the source already
    // gives a figure for a code that did not exist yet (a series republished in today's
    // boundaries), its own figure as published. Otherwise, for a count (is_count), the sum of
    // the figures of the municipalities that made up today's territory then, times their
    // shares, when every one of them is known; for a ratio, Σ numerator / Σ denominator ×
    // `scale` when every one has both; else kNotConvertible with a note. Note that the own
    // figure of a municipality that later absorbed others covers only its old territory.
    // Fails on observations of more than one indicator, an unreadable period, two observations
    // of one code and period, or a today_code that is not a GM code.
    Result<std::vector<DerivedObservation>> ToTodaysBoundaries(std::string_view today_code,
                                                               std::span<const Observation> observations, bool is_count,
                                                               double scale = 100.0) const;

private:
    using Parts = std::map<std::string, double>;  // code -> weight whose own figures make up a territory

    // The municipalities whose own figures for a period starting on `period_start` make up the
    // territory `code` had just before `before` (an exclusive date; "9999-12-31" for today).
    void Compose(const std::string& code, const std::string& period_start, const std::string& before, double weight,
                 Parts& parts) const;

    std::vector<Succession> successions_;
    std::map<std::string, std::vector<std::size_t>, std::less<>> into_;  // new_code -> indexes in successions_
};

}  // namespace kompas
