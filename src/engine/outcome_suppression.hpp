// Small-count suppression of a table whose cells are tied together by additive equations (block 5).
// A "linear constraint table" is a list of non-negative counts (cells) and equations of the form
// Σ lhs = Σ rhs; a published total and its parts is lhs = {total}, rhs = parts, and a stock-flow
// identity (stock at end + outflow = stock at start + inflow) is an equation with two cells a side.
// This is the general machinery behind the outcome indicators' suppression (outcome_indicators.hpp),
// testable on its own. Pure functions.
//
// Primary: a count c with 0 < c < min_count is hidden. A 0 is shown: it singles out nobody.
// Complementary, repeated over all equations until nothing changes: an equation exposes its hidden
// cells when all of them stand on one side (the other side then gives their sum) and they are a
// single cell, or their sum is below min_count ("these few people"). It is then repaired by hiding
// one more shown cell: the smallest positive one on the same side (which raises the known sum),
// else the smallest positive one on the other side (which turns the sum into an unbounded
// difference), else a zero; ties go to the first in the equation. Zeros come last because hiding a
// 0 adds nothing to a sum. A total below min_count is a count like any other and is hidden by the
// primary rule.
//
// Published statuses: when the public sees which cells are primary and which complementary (as the
// outcome API does), an outsider knows a primary cell is 1 .. min_count − 1 and a complementary one 0
// or ≥ min_count. Those bounds, carried through all equations at once, can pin a cell down (a
// primary 1 and a complementary 10 whose sum is 11 can only be 1 and 10). So after the rules above
// the suppressor propagates the same bounds (for the outsider, then for each owner with its own
// cells exact), and while a hidden cell is pinned to one positive value it hides one more cell in an
// equation of that cell (preferably one where the pinned cell's side holds all the hidden cells),
// then applies the rules above again. A hidden 0 may stay pinned: a 0 is published freely anyway.
//
// Owners: a cell may belong to an owner (a provider) who knows its value whatever is published, or
// an owner may know only its own part of a cell (a provider knows how many of a help form's
// trajectories are its own). An equation is then also checked as each owner with a part in one of
// its hidden cells sees it: that owner's whole cells count as shown, and of a partly known hidden
// cell only the others' rest is unknown. It is repaired with a cell that owner does not wholly know.
// A shown cell whose rest after one owner's part is 1 .. min_count − 1 is hidden first (dominance:
// the owner would otherwise read "these few others" off the figure it sees). So a provider cannot
// subtract its own figures from a published total to find a competitor's small count. Coalitions
// of owners are not considered.
//
// Per cell: its own threshold (numerators use a lower one than base counts), whether it is hidden
// whatever its count (a 0 % or 100 % share of a small base), whether a primary cell may be 0 (the
// bound a reader of the statuses can use), whether its status is published at all (an
// unlabelled cell gives a reader no bounds, so it is only protected by the rules, not the bounds),
// and whether every reader knows it anyway (then it is never chosen to hide).
//
// Cost: the rules are a work list over the equations; the bounds are propagated by a work list too,
// incrementally per owner. A municipality with ~200 providers and ~20k cells takes ~0.2 s.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/error.hpp"
#include "stats/suppression.hpp"

namespace kompas::engine {

// The exposure rule, shared by the equations below and by the funnel's check of a provider's national
// total against its municipality figures (outcome_indicators.cpp): hidden cells whose sum a reader
// can form are exposed when they are a single cell, or several whose sum is below `threshold`.
bool ExposesHiddenCells(std::int64_t cells, std::int64_t sum, std::int64_t threshold);

// Hidden cells counted as a reader sums them: how many and their sum.
struct HiddenSum {
    std::int64_t cells = 0;
    std::int64_t sum = 0;
    void Add(std::int64_t count) {
        ++cells;
        sum += count;
    }
};

// Σ lhs = Σ rhs over cell ids. A cell may occur in many equations but at most once in one.
struct LinearEquation {
    std::vector<std::uint32_t> lhs;
    std::vector<std::uint32_t> rhs;
};

inline constexpr std::int32_t kNoOwner = -1;

// What one owner contributes to a cell.
struct CellPart {
    std::int32_t owner = kNoOwner;
    std::int64_t count = 0;
};

struct ConstraintTable {
    std::vector<std::int64_t> counts;  // one per cell, ≥ 0
    std::vector<std::int32_t> owners;  // empty, or one per cell: kNoOwner or the owner of the whole cell
    // Empty, or CSR per cell: cell i's parts are parts[part_offsets[i] .. part_offsets[i + 1]), by owner,
    // each owner at most once, each 0 < count ≤ the cell's count. A whole owner (above) need not be repeated.
    std::vector<std::uint32_t> part_offsets;
    std::vector<CellPart> parts;
    std::vector<std::int64_t> min_counts;   // empty, or one per cell (else options.min_count)
    std::vector<char> forced;               // empty, or one per cell: 1 = primary whatever the count
    std::vector<char> zero_may_be_primary;  // empty, or one per cell: a primary cell may be 0 (forced zeros)
    std::vector<char> unlabelled;           // empty, or one per cell: 1 = only "hidden" is published, not which kind
    // Empty, or one per cell: 1 = every reader knows the value whatever is published (a 0 whose row is
    // left out of the report). Such a cell is never hidden: hiding it would protect nothing.
    std::vector<char> known;
    // Empty, or one per cell: -1, or the cell whose being hidden hides this one from view too (a
    // count of measurements is shown only with the count of ended trajectories it is about). While
    // that cell is hidden, a reader must not be able to work this one out, not even when it is 0.
    std::vector<std::int32_t> follows;
    std::vector<LinearEquation> equations;
};

struct ConstraintSuppressionOptions {
    std::int64_t min_count = 10;     // counts 1 .. min_count − 1 are primary
    bool complementary = true;       // false: primary only (a negative control for tests)
    bool published_statuses = true;  // protect against an outsider who reads primary vs complementary
};

// Status per cell (kompas::Suppression: shown, primary, complementary). Deterministic: the same
// table gives the same statuses. kInvalidArgument for a negative count, min_count < 1, a per-cell
// list of the wrong length, a known cell that is not 0 or is forced, a part that is not within its cell, or an equation
// naming a cell that does not exist.
Result<std::vector<Suppression>> SuppressConstraintTable(const ConstraintTable& table,
                                                         const ConstraintSuppressionOptions& options = {});

}  // namespace kompas::engine
