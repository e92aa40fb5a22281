// The kept suppression (engine/suppression_memo.hpp): the same answer as computing it, given again
// for the same table, and computed anew when any input differs.
#include "engine/suppression_memo.hpp"

#include <gtest/gtest.h>

namespace kompas::engine {
namespace {

ConstraintTable Table() {
    ConstraintTable t;
    t.counts = {60, 20, 3, 25, 12};
    t.equations.push_back({{0}, {1, 2, 3, 4}});
    return t;
}

TEST(SuppressionMemo, GivesTheComputedStatusesAgain) {
    SuppressionMemo memo;
    const ConstraintTable table = Table();
    const auto computed = SuppressConstraintTable(table);
    ASSERT_TRUE(computed);
    const auto first = memo.Suppress(table, {});
    const auto second = memo.Suppress(table, {});
    ASSERT_TRUE(first && second);
    EXPECT_EQ(*first, *computed);
    EXPECT_EQ(*second, *computed);
    EXPECT_EQ(memo.size(), 1u);
    EXPECT_EQ(memo.hits(), 1u);
}

TEST(SuppressionMemo, AnyDifferentInputIsComputedAnew) {
    SuppressionMemo memo;
    ConstraintTable table = Table();
    ASSERT_TRUE(memo.Suppress(table, {}));
    table.counts[4] = 13;  // 60 = 20 + 3 + 25 + 12 no longer, but a different table all the same
    table.counts[0] = 61;
    const auto changed = memo.Suppress(table, {});
    ASSERT_TRUE(changed);
    EXPECT_EQ(*changed, *SuppressConstraintTable(table));
    ConstraintSuppressionOptions primary_only;
    primary_only.complementary = false;
    const auto primary = memo.Suppress(table, primary_only);
    ASSERT_TRUE(primary);
    EXPECT_EQ(*primary, *SuppressConstraintTable(table, primary_only));
    EXPECT_NE(*primary, *changed);  // the options are part of what is kept
    table.owners = {kNoOwner, 0, 1, 2, 3};
    ASSERT_TRUE(memo.Suppress(table, {}));
    EXPECT_EQ(memo.size(), 4u);
    EXPECT_EQ(memo.hits(), 0u);
    EXPECT_NE(FingerprintOf(table, {}), FingerprintOf(Table(), {}));
}

TEST(SuppressionMemo, StaysWithinItsBudget) {
    SuppressionMemo memo(3 * (5 + 64));  // room for three tables of five cells
    ConstraintTable table = Table();
    for (std::int64_t extra = 0; extra < 5; ++extra) {
        table.counts[0] = 60 + extra;
        table.counts[3] = 25 + extra;
        ASSERT_TRUE(memo.Suppress(table, {}));
    }
    EXPECT_EQ(memo.size(), 3u);
    ASSERT_TRUE(memo.Suppress(table, {}));  // the last one is kept
    EXPECT_EQ(memo.hits(), 1u);
    table.counts[0] = 60;
    table.counts[3] = 25;
    ASSERT_TRUE(memo.Suppress(table, {}));  // the first one was let go
    EXPECT_EQ(memo.hits(), 1u);
}

TEST(SuppressionMemo, AnErrorIsNotKept) {
    SuppressionMemo memo;
    ConstraintTable table = Table();
    table.counts[1] = -1;
    EXPECT_FALSE(memo.Suppress(table, {}));
    EXPECT_EQ(memo.size(), 0u);
}

}  // namespace
}  // namespace kompas::engine
