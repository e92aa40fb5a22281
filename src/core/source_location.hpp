// Where in an input file something went wrong, and which rule it broke: every import error
// names the file, line and column so that a person can find and fix it. It is also the one place
// where such messages are built, so it is where what the input said is kept out of them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kompas {

struct SourcePosition {
    std::string file;
    std::size_t line = 0;    // 1-based; 0 when the whole file is meant
    std::size_t column = 0;  // 1-based field number for CSV, character column for JSON; 0 when unknown
};

// An invalid-argument Error whose message reads "file:line:column: rule: detail" and whose
// field is "file:line:column". The file name, the rule and the detail pass RedactInputEcho.
Error ImportError(const SourcePosition& at, std::string_view rule, std::string_view detail);

// `text` with every run of eight or more digits replaced by kRedactedDigits, so that no message
// can repeat a BSN (nine digits; eight when Excel dropped a leading zero) from the input. Digits
// joined by at most kMaxDigitGap characters that are neither ASCII letters nor digits (spaces,
// dots, dashes, quotes of any kind, slashes) count as one run: "9999 00 146", "999.900.146" and
// "'0999900146'" are all hidden. A run that is exactly a date written JJJJ-MM-DD or a range of
// years JJJJ-JJJJ ("kwb-almere-2018-2025.csv") is kept: it has eight digits, one fewer than a
// BSN, and messages about dates and such file names need it.
std::string RedactInputEcho(std::string_view text);
inline constexpr std::string_view kRedactedDigits = "[getal niet getoond]";
inline constexpr std::size_t kMaxDigitGap = 4;

}  // namespace kompas
