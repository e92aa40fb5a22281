// Small text helpers shared by the parsers: trimming and strict number parsing.
#pragma once

#include <optional>
#include <string_view>

namespace kompas {

std::string_view Trim(std::string_view text);

// Whole string must be a number: no trailing text, no locale surprises. Accepts a leading sign
// and, for ParseDouble, a '.' decimal point and an exponent.
std::optional<long long> ParseInteger(std::string_view text);
std::optional<double> ParseDouble(std::string_view text);

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(std::string_view text);

}  // namespace kompas
