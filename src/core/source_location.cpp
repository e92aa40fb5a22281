#include "core/source_location.hpp"

#include <fmt/format.h>

namespace kompas {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "2024-01-31": four, two and two digits joined by dashes, a year from 1000 to 2999.
bool IsWrittenDate(std::string_view run) {
    if (run.size() != 10 || run[4] != '-' || run[7] != '-') return false;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!IsDigit(run[i])) return false;
    }
    return run[0] == '1' || run[0] == '2';
}

// "2018-2025": two years from 1900 to 2199 joined by a dash, as in a file name.
bool IsYearRange(std::string_view run) {
    if (run.size() != 9 || run[4] != '-') return false;
    for (const std::string_view year : {run.substr(0, 4), run.substr(5)}) {
        for (const char c : year) {
            if (!IsDigit(c)) return false;
        }
        if (year < "1900" || year > "2199") return false;
    }
    return true;
}

}  // namespace

std::string RedactInputEcho(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (!IsDigit(text[i])) {
            out += text[i++];
            continue;
        }
        // A run: digit groups joined by short gaps of anything but letters and digits.
        const std::size_t begin = i;
        std::size_t end = i;  // one past the run's last digit
        std::size_t digits = 0;
        for (;;) {
            while (end < text.size() && IsDigit(text[end])) {
                ++end;
                ++digits;
            }
            std::size_t next = end;
            while (next < text.size() && next - end < kMaxDigitGap && !IsDigit(text[next]) && !IsLetter(text[next])) {
                ++next;
            }
            if (next < text.size() && next > end && IsDigit(text[next])) {
                end = next;
                continue;
            }
            break;
        }
        const std::string_view run = text.substr(begin, end - begin);
        if (digits >= 8 && !IsWrittenDate(run) && !IsYearRange(run)) {
            out += kRedactedDigits;
        } else {
            out += run;
        }
        i = end;
    }
    return out;
}

Error ImportError(const SourcePosition& at, std::string_view rule, std::string_view detail) {
    const std::string where = fmt::format("{}:{}:{}", RedactInputEcho(at.file), at.line, at.column);
    return Error{ErrorCode::kInvalidArgument,
                 fmt::format("{}: {}: {}", where, RedactInputEcho(rule), RedactInputEcho(detail)), where};
}

}  // namespace kompas
