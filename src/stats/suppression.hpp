// Small-count suppression: which published figures must be hidden so that no small group of
// people can be singled out, and which others must be hidden with them so that a hidden figure
// cannot be recovered by subtraction from a published total. Pure functions.
//
// Primary suppression hides a count c with 0 < c < min_count (and 0 too when suppress_zero).
// Complementary suppression works on one group of cells that add up to a published total (the
// categories of one region, say): while the hidden cells are a single cell, or add up to less than
// min_count, the smallest shown cell is hidden as well (on a tie the first). Then the total minus
// the shown cells reveals neither a single hidden cell nor a small sum. This is the one-dimensional
// case only: a table whose rows and columns are both totalled needs each line treated as a group,
// repeated until nothing changes (see SuppressTable). A published total is itself a count: hide it
// too when it is small, since it then gives away the sum of its hidden cells.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/error.hpp"

namespace kompas {

struct SuppressionRule {
    std::int64_t min_count = 5;                // counts 1 .. min_count − 1 are hidden
    bool suppress_zero = false;                // hide 0 as well (when "nobody" is itself disclosive)
    std::int64_t min_denominator = 10;         // a proportion over fewer than this many is hidden
    std::int64_t extreme_min_denominator = 0;  // a share of 0 % or 100 % over fewer than this is hidden
};

enum class CellStatus { kShown, kPrimary, kComplementary };

// Statuses for one group of counts. Without a published total only primary suppression applies.
// kInvalidArgument for a negative count or min_count < 1.
Result<std::vector<CellStatus>> SuppressGroup(std::span<const std::int64_t> counts, const SuppressionRule& rule = {},
                                              bool total_published = true);

// Statuses for a rows × columns table (row-major) whose row and column totals are published:
// each row and each column is a group, repeated until stable. kInvalidArgument when the size is
// not rows × columns, or as SuppressGroup.
Result<std::vector<CellStatus>> SuppressTable(std::span<const std::int64_t> counts, std::size_t rows,
                                              std::size_t columns, const SuppressionRule& rule = {});

// Whether numerator/denominator must be hidden: a denominator below min_denominator, a
// numerator or its complement (denominator − numerator) that primary suppression would hide —
// "98 % of 50" singles out one person as surely as "1 of 50" — or a share of 0 % or 100 % over
// fewer than extreme_min_denominator ("all 12 ended unplanned" says something of each of the 12).
bool MustSuppressProportion(std::int64_t numerator, std::int64_t denominator, const SuppressionRule& rule = {});

const char* CellStatusName(CellStatus status);  // "shown", "primary", "complementary"

}  // namespace kompas
