// Periods as CBS codes them: years (2022JJ00), quarters (2022KW01) and months (2022MM01).
// A reference date ("1-1-2024", the KWB "Peildatum") names the year of its table. Pure.
#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kompas {

enum class PeriodKind { kYear, kQuarter, kMonth };

// A Period is a plain ordered value: all periods of one year sort by their start.
struct Period {
    int year = 0;
    PeriodKind kind = PeriodKind::kYear;
    int number = 0;  // 0 for a year, 1-4 for a quarter, 1-12 for a month

    std::string Code() const;  // "2022JJ00", "2022KW01", "2022MM01"
    int StartMonth() const;    // 1-12
    auto operator<=>(const Period& other) const {
        if (auto c = year <=> other.year; c != 0) return c;
        if (auto c = StartMonth() <=> other.StartMonth(); c != 0) return c;
        return static_cast<int>(kind) <=> static_cast<int>(other.kind);
    }
    bool operator==(const Period& other) const = default;
};

// Accepts a CBS period code (padding trimmed) or a reference date d-m-yyyy.
Result<Period> ParsePeriod(std::string_view text);

}  // namespace kompas
