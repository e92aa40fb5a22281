#include "core/text.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

TEST(TextTest, TrimRemovesPaddingOnly) {
    EXPECT_EQ(Trim("  GM0034 \r\n"), "GM0034");
    EXPECT_EQ(Trim("   "), "");
    EXPECT_EQ(Trim("a b"), "a b");
}

TEST(TextTest, NumbersMustBeWhole) {
    EXPECT_EQ(ParseInteger("5805"), 5805);
    EXPECT_EQ(ParseInteger("-3"), -3);
    EXPECT_FALSE(ParseInteger("58a").has_value());
    EXPECT_FALSE(ParseInteger("").has_value());
    EXPECT_FALSE(ParseInteger("1.5").has_value());
    EXPECT_DOUBLE_EQ(ParseDouble("11.7").value(), 11.7);
    EXPECT_DOUBLE_EQ(ParseDouble("+2").value(), 2.0);
    EXPECT_FALSE(ParseDouble("11,7").has_value());
    EXPECT_FALSE(ParseDouble(".").has_value());
    EXPECT_FALSE(ParseDouble("nan").has_value());
}

}  // namespace
}  // namespace kompas
