#include "core/period.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

TEST(PeriodTest, ParsesCbsCodes) {
    EXPECT_EQ(ParsePeriod("2022JJ00").value(), (Period{2022, PeriodKind::kYear, 0}));
    EXPECT_EQ(ParsePeriod("2022KW03").value(), (Period{2022, PeriodKind::kQuarter, 3}));
    EXPECT_EQ(ParsePeriod(" 2022MM12 ").value(), (Period{2022, PeriodKind::kMonth, 12}));
}

TEST(PeriodTest, ReferenceDateNamesItsYear) {
    EXPECT_EQ(ParsePeriod("1-1-2024").value().Code(), "2024JJ00");
    EXPECT_EQ(ParsePeriod("01-01-2018").value().Code(), "2018JJ00");
}

TEST(PeriodTest, RejectsNonsense) {
    for (const char* bad : {"", "2022", "2022JJ01", "2022KW05", "2022MM13", "2022XX01", "32-1-2024", "1-13-2024",
                            "abcdJJ00", "2022KW-1"}) {
        EXPECT_FALSE(ParsePeriod(bad).has_value()) << bad;
    }
}

TEST(PeriodTest, CodesRoundTrip) {
    for (const char* code : {"2018JJ00", "2019KW01", "2020MM07"}) {
        EXPECT_EQ(ParsePeriod(code).value().Code(), code);
    }
}

TEST(PeriodTest, OrdersChronologically) {
    EXPECT_LT(ParsePeriod("2021JJ00").value(), ParsePeriod("2022JJ00").value());
    EXPECT_LT(ParsePeriod("2022KW01").value(), ParsePeriod("2022KW02").value());
    EXPECT_LT(ParsePeriod("2022MM02").value(), ParsePeriod("2022MM11").value());
}

}  // namespace
}  // namespace kompas
