#include "core/indicator.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace kompas {
namespace {

TEST(IndicatorTest, RoundToDecimalsRemovesFloatingPointNoise) {
    EXPECT_EQ(RoundToDecimals(11.6 - 11.3, 1), 0.3);
    EXPECT_EQ(RoundToDecimals(-0.29999999999999893, 1), -0.3);
    EXPECT_EQ(RoundToDecimals(1234.5678, 0), 1235.0);
    EXPECT_EQ(RoundToDecimals(1.005, 2), 1.0);              // 1.005 is 1.00499999999999989... in binary
    EXPECT_FALSE(std::signbit(RoundToDecimals(-0.01, 1)));  // never -0
    EXPECT_EQ(RoundToDecimals(0.123456, -1), 0.123456);     // out of range: unchanged
}

}  // namespace
}  // namespace kompas
