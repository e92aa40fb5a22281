// The one-time password link's rules: valid for 24 hours, once.
#include "core/password_link.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

using namespace std::chrono_literals;

TEST(PasswordLinkTest, ValidUntilJustBefore24HoursThenExpired) {
    const TimePoint t0 = *ParseUtc("2026-11-24T10:00:00Z");
    const PasswordLinkRecord link = NewPasswordLink("hash", "per_1", t0);
    EXPECT_EQ(link.created_at, "2026-11-24T10:00:00Z");
    EXPECT_EQ(link.expires_at, "2026-11-25T10:00:00Z");
    EXPECT_EQ(StateOf(link, t0), PasswordLinkState::kValid);
    EXPECT_EQ(StateOf(link, t0 + 23h + 59min + 59s), PasswordLinkState::kValid);
    EXPECT_EQ(StateOf(link, t0 + 24h), PasswordLinkState::kExpired);
    EXPECT_EQ(StateOf(link, t0 + 72h), PasswordLinkState::kExpired);
}

TEST(PasswordLinkTest, UsedIsUsedEvenWhenAlsoExpired) {
    const TimePoint t0 = *ParseUtc("2026-11-24T10:00:00Z");
    PasswordLinkRecord link = NewPasswordLink("hash", "per_1", t0);
    link.used_at = "2026-11-24T11:00:00Z";
    EXPECT_EQ(StateOf(link, t0 + 1h), PasswordLinkState::kUsed);
    EXPECT_EQ(StateOf(link, t0 + 48h), PasswordLinkState::kUsed);
}

TEST(PasswordLinkTest, AnUnreadableExpiryCountsAsExpired) {
    PasswordLinkRecord link{"hash", "per_1", "2026-11-24T10:00:00Z", "gisteren", std::nullopt};
    EXPECT_EQ(StateOf(link, *ParseUtc("2026-11-24T10:00:00Z")), PasswordLinkState::kExpired);
}

}  // namespace
}  // namespace kompas
