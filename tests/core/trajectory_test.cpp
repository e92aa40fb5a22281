#include "core/trajectory.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kompas {
namespace {

TEST(TrajectoryTest, ElfproefAcceptsValidNumbers) {
    // 999900006 is the BSN of the iJw examples; the others are worked out by hand:
    // 1,2,3,4,5,6,7,8 weighted 9..2 = 156, minus 2 = 154 = 14 × 11.
    for (const char* bsn : {"999900006", "111222333", "123456782", "100000009", "010000008", "999990019"}) {
        EXPECT_TRUE(PassesElfproef(bsn)) << bsn;
    }
}

TEST(TrajectoryTest, ElfproefRejectsEverythingElse) {
    EXPECT_FALSE(PassesElfproef("999900007"));   // wrong check digit
    EXPECT_FALSE(PassesElfproef("123456781"));   // wrong check digit
    EXPECT_FALSE(PassesElfproef("99990000"));    // eight digits
    EXPECT_FALSE(PassesElfproef("0999900006"));  // ten digits
    EXPECT_FALSE(PassesElfproef("99990000a"));   // a letter
    EXPECT_FALSE(PassesElfproef("9999 0006"));   // a space
    EXPECT_FALSE(PassesElfproef("000000000"));   // all zero: sum 0 divides by 11, still no BSN
    EXPECT_FALSE(PassesElfproef("999999999"));   // the protocol's "unknown"
    EXPECT_FALSE(PassesElfproef(""));
    EXPECT_FALSE(PassesElfproef(" 999900006"));
    EXPECT_FALSE(PassesElfproef(std::string("99990000\0", 9)));
}

TEST(TrajectoryTest, EndReasonCodesRoundTrip) {
    for (const char* code : {"01", "02", "03", "04", "05"}) {
        const auto reason = ParseEndReason(code);
        ASSERT_TRUE(reason.has_value()) << code;
        EXPECT_STREQ(EndReasonCode(*reason), code);
    }
    EXPECT_EQ(ParseEndReason("01"), EndReason::kPlanned);
    EXPECT_EQ(ParseEndReason("05"), EndReason::kExternal);
    for (const char* bad : {"1", " 01", "01 ", "00", "06", "", "31"}) EXPECT_FALSE(ParseEndReason(bad)) << bad;
}

TEST(TrajectoryTest, Jz588MapsToNationalReasons) {
    EXPECT_EQ(EndReasonFromJz588("31"), EndReason::kPlanned);
    EXPECT_EQ(EndReasonFromJz588("39"), EndReason::kPlanned);
    EXPECT_EQ(EndReasonFromJz588("34"), EndReason::kByAgreement);
    EXPECT_EQ(EndReasonFromJz588("36"), EndReason::kByAgreement);
    EXPECT_EQ(EndReasonFromJz588("37"), EndReason::kByAgreement);
    EXPECT_EQ(EndReasonFromJz588("32"), EndReason::kByClient);
    EXPECT_EQ(EndReasonFromJz588("38"), EndReason::kByClient);
    EXPECT_EQ(EndReasonFromJz588("33"), EndReason::kByProvider);
    EXPECT_EQ(EndReasonFromJz588("35"), EndReason::kExternal);
    EXPECT_EQ(EndReasonFromJz588("02"), EndReason::kExternal);
    EXPECT_EQ(EndReasonFromJz588("20"), EndReason::kExternal);
    for (const char* bad : {"01", "2", "30", "40", "", "031", "31 "}) EXPECT_FALSE(EndReasonFromJz588(bad)) << bad;
}

TEST(TrajectoryTest, ParseDayAcceptsBothForms) {
    const auto a = ParseDay("2024-02-29");
    const auto b = ParseDay("20240229");
    ASSERT_TRUE(a.has_value());
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(FormatDay(*a), "2024-02-29");
    EXPECT_EQ(ParseDay("1970-01-01"), 0);
    EXPECT_EQ(ParseDay("1970-01-02"), 1);
    EXPECT_EQ(ParseDay("19691231"), -1);
    EXPECT_EQ(YearOf(*a), 2024);
    EXPECT_EQ(MonthOf(*a), 2);
    EXPECT_TRUE(ParseDay("1900-01-01").has_value());
    EXPECT_TRUE(ParseDay("2200-12-31").has_value());
    EXPECT_EQ(FormatDay(*ParseDay("1900-01-01")), "1900-01-01");
    EXPECT_EQ(FormatDay(*ParseDay("22001231")), "2200-12-31");
}

TEST(TrajectoryTest, ParseDayRejectsNonDates) {
    for (const char* bad :
         {"2023-02-29",      "2100-02-29",  "2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00", "1899-12-31",
          "2201-01-01",      "2024-1-01",   "2024/01/01", "24-01-01",   "202401",     "2024011",    "202401010",
          " 2024-01-01",     "2024-01-01 ", "2024-01-0a", "+2024-01-1", "20240100",   "20240000",   "",
          "2024-01-01T00:00"}) {
        EXPECT_FALSE(ParseDay(bad).has_value()) << bad;
    }
    EXPECT_TRUE(ParseDay("2000-02-29").has_value());  // divisible by 400
}

TEST(TrajectoryTest, DayFromCivilAndYearOfAgree) {
    EXPECT_EQ(DayFromCivil(1970, 1, 1), 0);
    EXPECT_EQ(DayFromCivil(1969, 12, 31), -1);
    EXPECT_EQ(DayFromCivil(1900, 1, 1), -25567);
    EXPECT_EQ(DayFromCivil(2020, 1, 1), 18262);
    EXPECT_EQ(DayFromCivil(2020, 12, 31), 18627);
    EXPECT_EQ(DayFromCivil(2024, 2, 29), *ParseDay("2024-02-29"));
    EXPECT_EQ(DayFromCivil(2023, 2, 29), *ParseDay("2023-03-01"));  // counts on past the month's end
    EXPECT_EQ(DaysInMonth(2024, 2), 29);
    EXPECT_EQ(DaysInMonth(2023, 2), 28);
    EXPECT_EQ(DaysInMonth(1900, 2), 28);
    EXPECT_EQ(DaysInMonth(2000, 2), 29);
    EXPECT_EQ(DaysInMonth(2024, 12), 31);
    EXPECT_EQ(YearOf(-1), 1969);
    EXPECT_EQ(YearOf(-25567), 1900);
    EXPECT_EQ(YearOf(18261), 2019);
    EXPECT_EQ(YearOf(18627), 2020);
    EXPECT_EQ(YearOf(84005), 2199);
}

TEST(TrajectoryTest, AddMonthsClampsToTheEndOfTheMonth) {
    auto day = [](const char* text) { return *ParseDay(text); };
    EXPECT_EQ(FormatDay(AddMonths(day("2024-01-31"), 1)), "2024-02-29");
    EXPECT_EQ(FormatDay(AddMonths(day("2023-01-31"), 1)), "2023-02-28");
    EXPECT_EQ(FormatDay(AddMonths(day("2024-03-31"), 1)), "2024-04-30");
    EXPECT_EQ(FormatDay(AddMonths(day("2024-02-29"), 12)), "2025-02-28");
    EXPECT_EQ(FormatDay(AddMonths(day("2024-05-15"), 12)), "2025-05-15");
    EXPECT_EQ(FormatDay(AddMonths(day("2024-11-30"), 3)), "2025-02-28");
    EXPECT_EQ(FormatDay(AddMonths(day("2024-03-31"), -1)), "2024-02-29");
    EXPECT_EQ(FormatDay(AddMonths(day("2024-01-15"), -13)), "2022-12-15");
    EXPECT_EQ(FormatDay(AddMonths(day("2024-01-15"), 0)), "2024-01-15");
}

TEST(TrajectoryTest, HelpForms) {
    for (const char* code : {"00", "01", "02", "03", "04", "11", "12", "13", "14"}) {
        EXPECT_TRUE(IsHelpForm(code)) << code;
        EXPECT_STRNE(HelpFormLabel(code), "") << code;
    }
    for (const char* bad : {"05", "10", "15", "1", "2", "", "011", "31"}) {
        EXPECT_FALSE(IsHelpForm(bad)) << bad;
        EXPECT_STREQ(HelpFormLabel(bad), "") << bad;
    }
    EXPECT_STREQ(HelpFormLabel("11"), "Pleegzorg");
}

}  // namespace
}  // namespace kompas
