#include "stats/suppression.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kompas {
namespace {

using S = CellStatus;

TEST(SuppressGroup, HidesCountsBelowTheThresholdButNotAtIt) {
    const std::vector<std::int64_t> counts = {4, 5, 0, 12};
    const auto status = *SuppressGroup(counts, {}, /*total_published=*/false);
    EXPECT_EQ(status, (std::vector<S>{S::kPrimary, S::kShown, S::kShown, S::kShown}));
    SuppressionRule zero;
    zero.suppress_zero = true;
    EXPECT_EQ((*SuppressGroup(counts, zero, false))[2], S::kPrimary);
}

TEST(SuppressGroup, HidesTheSmallestOtherCellWhenOneCellAloneIsHidden) {
    // Total 60 published: 3 would follow from 60 − 20 − 30 − 7, so 7 (the smallest shown) goes too.
    const std::vector<std::int64_t> counts = {20, 3, 30, 7};
    EXPECT_EQ(*SuppressGroup(counts), (std::vector<S>{S::kShown, S::kPrimary, S::kShown, S::kComplementary}));
}

TEST(SuppressGroup, KeepsHidingWhileTheHiddenSumIsSmall) {
    // 1 and 2 are both primary but sum to 3 < 5, which the total would reveal; 6 joins them.
    const std::vector<std::int64_t> counts = {1, 2, 6, 40};
    EXPECT_EQ(*SuppressGroup(counts), (std::vector<S>{S::kPrimary, S::kPrimary, S::kComplementary, S::kShown}));
    // Two primary cells with a sum of at least 5 need no help.
    const std::vector<std::int64_t> enough = {3, 4, 6, 40};
    EXPECT_EQ(*SuppressGroup(enough), (std::vector<S>{S::kPrimary, S::kPrimary, S::kShown, S::kShown}));
}

TEST(SuppressGroup, NothingSmallNothingHidden) {
    const std::vector<std::int64_t> counts = {5, 6, 0};
    EXPECT_EQ(*SuppressGroup(counts), (std::vector<S>{S::kShown, S::kShown, S::kShown}));
}

TEST(SuppressGroup, RejectsNegativeCountsAndAThresholdBelowOne) {
    const std::vector<std::int64_t> negative = {3, -1};
    EXPECT_FALSE(SuppressGroup(negative).has_value());
    SuppressionRule rule;
    rule.min_count = 0;
    const std::vector<std::int64_t> counts = {3};
    EXPECT_EQ(SuppressGroup(counts, rule).error().field, "min_count");
}

TEST(SuppressTable, ProtectsRowsAndColumns) {
    // 2 × 3 with row and column totals. The 2 at (0, 0) is primary; its row hides 10 at (0, 1);
    // then column 0 and column 1 each have one hidden cell, so (1, 0) = 15 and (1, 1) = 12 go too.
    const std::vector<std::int64_t> counts = {2,  10, 30,  //
                                              15, 12, 40};
    const auto status = *SuppressTable(counts, 2, 3);
    EXPECT_EQ(status, (std::vector<S>{S::kPrimary, S::kComplementary, S::kShown,  //
                                      S::kComplementary, S::kComplementary, S::kShown}));
    EXPECT_EQ(SuppressTable(counts, 2, 2).error().field, "counts");  // 6 cells are not 2 × 2
}

TEST(MustSuppressProportion, HidesSmallNumeratorsComplementsAndDenominators) {
    EXPECT_TRUE(MustSuppressProportion(1, 50));   // one person
    EXPECT_TRUE(MustSuppressProportion(49, 50));  // all but one person
    EXPECT_FALSE(MustSuppressProportion(5, 50));
    EXPECT_FALSE(MustSuppressProportion(45, 50));
    EXPECT_TRUE(MustSuppressProportion(5, 9));  // denominator below 10
    EXPECT_FALSE(MustSuppressProportion(5, 10));
    EXPECT_FALSE(MustSuppressProportion(0, 50));  // zero shown unless suppress_zero
    EXPECT_TRUE(MustSuppressProportion(0, 0));
    EXPECT_TRUE(MustSuppressProportion(60, 50));
}

TEST(MustSuppressProportion, HidesZeroAndAllOfASmallBase) {
    SuppressionRule rule;
    rule.extreme_min_denominator = 20;
    EXPECT_TRUE(MustSuppressProportion(0, 12, rule));   // none of 12
    EXPECT_TRUE(MustSuppressProportion(12, 12, rule));  // all 12
    EXPECT_TRUE(MustSuppressProportion(19, 19, rule));
    EXPECT_FALSE(MustSuppressProportion(0, 20, rule));
    EXPECT_FALSE(MustSuppressProportion(20, 20, rule));
    EXPECT_FALSE(MustSuppressProportion(6, 12, rule));
    EXPECT_FALSE(MustSuppressProportion(0, 12));  // off unless asked for
}

}  // namespace
}  // namespace kompas
