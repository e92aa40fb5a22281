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
TEST(TextTest, ValidUtf8) {
    EXPECT_TRUE(IsValidUtf8(""));
    EXPECT_TRUE(IsValidUtf8("Noardeast-Frysl\xC3\xA2n \xE2\x82\xAC \xF0\x9F\x98\x80"));
    EXPECT_FALSE(
        IsValidUtf8("S\xFA"
                    "dwest"));                              // Windows-1252
    EXPECT_FALSE(IsValidUtf8("\xC3"));                      // cut off
    EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));                  // overlong '/'
    EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));              // overlong, three bytes
    EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));              // a surrogate
    EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));          // above U+10FFFF
    EXPECT_FALSE(IsValidUtf8("\xE2\x82"));                  // cut off
    EXPECT_TRUE(IsValidUtf8(std::string_view("a\0b", 3)));  // NUL is valid UTF-8
}

}  // namespace kompas
