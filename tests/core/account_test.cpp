#include "core/account.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

TEST(AccountTest, UtcTimestampsRoundTrip) {
    const auto time = ParseUtc("2026-11-24T10:15:00Z");
    ASSERT_TRUE(time.has_value());
    EXPECT_EQ(FormatUtc(*time), "2026-11-24T10:15:00Z");
    EXPECT_EQ(FormatUtc(*ParseUtc("2026-11-24")), "2026-11-24T00:00:00Z");
    EXPECT_EQ(FormatUtc(*ParseUtc("2026-11-24T10:15:00.250Z")), "2026-11-24T10:15:00Z");
}

TEST(AccountTest, MalformedTimestampsAreRefused) {
    for (const char* bad : {"", "2026-13-01", "2026-02-30", "2026-11-24T24:00:00Z", "2026-11-24T10:15:00",
                            "2026-11-24 10:15:00Z", "24-11-2026"}) {
        EXPECT_FALSE(ParseUtc(bad).has_value()) << bad;
    }
}

// Regression: "9999-12-31" overflowed the nanosecond clock (undefined behaviour, caught by
// UBSan when a test sent a far-future period end); such dates are now refused.
TEST(AccountTest, DatesBeyondTheClockAreRefusedNotOverflowed) {
    EXPECT_FALSE(ParseUtc("9999-12-31").has_value());
    EXPECT_FALSE(ParseUtc("2263-01-01T00:00:00Z").has_value());
    EXPECT_FALSE(ParseUtc("1800-01-01").has_value());
    EXPECT_TRUE(ParseUtc("2200-12-31").has_value());
}

}  // namespace
}  // namespace kompas
