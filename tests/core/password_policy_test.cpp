// The password policy: 12–128 code points, no common passwords (case-insensitive).
#include "core/password_policy.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kompas {
namespace {

std::string Repeat(std::string_view unit, std::size_t times) {
    std::string text;
    for (std::size_t i = 0; i < times; ++i) text += unit;
    return text;
}

TEST(PasswordPolicy, ElevenCharactersAreTooShort) {
    const auto checked = CheckPasswordPolicy("Kx9#mP2$vL4");
    ASSERT_FALSE(checked.has_value());
    EXPECT_EQ(checked.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(checked.error().field, "password");
}

TEST(PasswordPolicy, TwelveCharactersAreEnough) { EXPECT_TRUE(CheckPasswordPolicy("Kx9#mP2$vL4q").has_value()); }

TEST(PasswordPolicy, HundredTwentyEightAreAllowedAndOneMoreIsNot) {
    EXPECT_TRUE(CheckPasswordPolicy(Repeat("Ab3$", 32)).has_value());
    EXPECT_FALSE(CheckPasswordPolicy(Repeat("Ab3$", 32) + "x").has_value());
}

TEST(PasswordPolicy, LengthCountsCodePointsNotBytes) {
    // Eleven 'é' (22 bytes) are still eleven characters; twelve are enough; 128 'é' (256 bytes) too.
    EXPECT_FALSE(CheckPasswordPolicy(Repeat("é", 11)).has_value());
    EXPECT_TRUE(CheckPasswordPolicy(Repeat("é", 12)).has_value());
    EXPECT_TRUE(CheckPasswordPolicy(Repeat("é", 128)).has_value());
    EXPECT_FALSE(CheckPasswordPolicy(Repeat("é", 129)).has_value());
    EXPECT_EQ(Utf8Length("€🙂a"), 3u);
}

TEST(PasswordPolicy, InvalidUtf8IsRefused) { EXPECT_FALSE(CheckPasswordPolicy("abcdefghijk\xff\xfe").has_value()); }

TEST(PasswordPolicy, CommonPasswordIsRefusedWhateverItsCase) {
    EXPECT_TRUE(IsCommonPassword("password1234"));
    EXPECT_TRUE(IsCommonPassword("PassWord1234"));
    EXPECT_FALSE(CheckPasswordPolicy("PASSWORD1234").has_value());
    EXPECT_FALSE(CheckPasswordPolicy("qwertyuiop123").has_value());
    EXPECT_FALSE(IsCommonPassword("Kx9#mP2$vL4q"));
}

TEST(PasswordPolicy, MessageNeverContainsThePassword) {
    const auto checked = CheckPasswordPolicy("Password1234");
    ASSERT_FALSE(checked.has_value());
    EXPECT_EQ(checked.error().message.find("Password1234"), std::string::npos);
}

}  // namespace
}  // namespace kompas
