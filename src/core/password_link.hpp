// The one-time link with which a person sets their own password (issue 15): a platform
// administrator makes it for a new account or a reset and hands it over; it is valid for 24
// hours and once. Pure: the token and its hash are made in privacy/, stored in store/.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/account.hpp"

namespace kompas {

inline constexpr std::chrono::hours kPasswordLinkLifetime{24};

// What the store keeps of a link: never the token itself.
struct PasswordLinkRecord {
    std::string token_hash;
    std::string person_id;
    std::string created_at;              // ISO-8601 UTC
    std::string expires_at;              // created_at + kPasswordLinkLifetime
    std::optional<std::string> used_at;  // set when the password was set
};

enum class PasswordLinkState { kValid, kUsed, kExpired };

// Used wins over expired (the person did use it); a link is expired from expires_at on, and
// when its stored time cannot be read.
PasswordLinkState StateOf(const PasswordLinkRecord& link, TimePoint now);

// A new record for `person_id` made at `now`, expiring kPasswordLinkLifetime later.
PasswordLinkRecord NewPasswordLink(std::string token_hash, std::string person_id, TimePoint now);

}  // namespace kompas
