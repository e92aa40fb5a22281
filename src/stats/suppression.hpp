// Small-count suppression: the rule for one published count or share, and the statuses a hidden
// figure can have. Primary suppression hides a count c with 0 < c < min_count (and 0 too when
// suppress_zero). Complementary suppression, which hides more cells so that a hidden one cannot be
// recovered by subtraction from published totals, works on whole tables of equations and lives in
// engine/outcome_suppression.hpp. Pure functions.
#pragma once

#include <cstdint>

namespace kompas {

struct SuppressionRule {
    std::int64_t min_count = 5;                // counts 1 .. min_count − 1 are hidden
    bool suppress_zero = false;                // hide 0 as well (when "nobody" is itself disclosive)
    std::int64_t min_denominator = 10;         // a proportion over fewer than this many is hidden
    std::int64_t extreme_min_denominator = 0;  // a share of 0 % or 100 % over fewer than this is hidden
};

// Whether a published figure is hidden, and why: for its own small count (primary) or so that
// another hidden figure cannot be derived (complementary). Only "hidden or not" leaves the server.
enum class Suppression { kNone, kPrimary, kComplementary };

// Whether numerator/denominator must be hidden: a denominator below min_denominator, a
// numerator or its complement (denominator − numerator) that primary suppression would hide —
// "98 % of 50" singles out one person as surely as "1 of 50" — or a share of 0 % or 100 % over
// fewer than extreme_min_denominator ("all 12 ended unplanned" says something of each of the 12).
bool MustSuppressProportion(std::int64_t numerator, std::int64_t denominator, const SuppressionRule& rule = {});

const char* SuppressionName(Suppression status);  // "none", "primary", "complementary"

}  // namespace kompas
