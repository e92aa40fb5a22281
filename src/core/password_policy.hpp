// The password policy: 12 to 128 characters (Unicode code points of valid UTF-8), and not one of
// the well-known common passwords (common_passwords.txt, compared case-insensitively). Pure.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/error.hpp"

namespace kompas {

inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 128;

// Code points of valid UTF-8; nullopt when the text is not valid UTF-8.
std::optional<std::size_t> Utf8Length(std::string_view text);

// Whether the password, lower-cased (ASCII), is in the embedded list of common passwords.
bool IsCommonPassword(std::string_view password);

// kInvalidArgument with field "password" and a Dutch message when the policy is broken. The
// message never contains the password.
Result<void> CheckPasswordPolicy(std::string_view password);

}  // namespace kompas
