#include "core/period.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace kompas {
namespace {

Result<Period> InvalidPeriod(std::string_view text, std::string_view why) {
    return Fail(ErrorCode::kInvalidArgument, fmt::format("'{}' is geen periode: {}", text, why));
}

Result<Period> ParseReferenceDate(std::string_view text) {
    const auto first = text.find('-');
    const auto second = text.find('-', first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) {
        return InvalidPeriod(text, "verwacht een CBS-periodecode (2022JJ00) of een peildatum (1-1-2024)");
    }
    const auto day = ParseInteger(text.substr(0, first));
    const auto month = ParseInteger(text.substr(first + 1, second - first - 1));
    const auto year = ParseInteger(text.substr(second + 1));
    if (!day || !month || !year || *day < 1 || *day > 31 || *month < 1 || *month > 12 || *year < 1900 || *year > 2200) {
        return InvalidPeriod(text, "de peildatum is geen geldige datum (d-m-jjjj)");
    }
    return Period{static_cast<int>(*year), PeriodKind::kYear, 0};
}

}  // namespace

std::string Period::Code() const {
    switch (kind) {
        case PeriodKind::kYear:
            return fmt::format("{:04}JJ00", year);
        case PeriodKind::kQuarter:
            return fmt::format("{:04}KW{:02}", year, number);
        case PeriodKind::kMonth:
            return fmt::format("{:04}MM{:02}", year, number);
    }
    return {};
}

int Period::StartMonth() const {
    switch (kind) {
        case PeriodKind::kYear:
            return 1;
        case PeriodKind::kQuarter:
            return (number - 1) * 3 + 1;
        case PeriodKind::kMonth:
            return number;
    }
    return 1;
}

Result<Period> ParsePeriod(std::string_view raw) {
    const std::string_view text = Trim(raw);
    if (text.find('-') != std::string_view::npos) return ParseReferenceDate(text);
    if (text.size() != 8) return InvalidPeriod(text, "verwacht 8 tekens zoals 2022JJ00, 2022KW01 of 2022MM01");
    const auto year = ParseInteger(text.substr(0, 4));
    const auto number = ParseInteger(text.substr(6, 2));
    if (!year || !number || text[6] == '-' || text[6] == '+' || *year < 1900 || *year > 2200) {
        return InvalidPeriod(text, "jaar of volgnummer is geen getal");
    }
    const std::string_view kind = text.substr(4, 2);
    const int n = static_cast<int>(*number);
    if (kind == "JJ" && n == 0) return Period{static_cast<int>(*year), PeriodKind::kYear, 0};
    if (kind == "KW" && n >= 1 && n <= 4) return Period{static_cast<int>(*year), PeriodKind::kQuarter, n};
    if (kind == "MM" && n >= 1 && n <= 12) return Period{static_cast<int>(*year), PeriodKind::kMonth, n};
    return InvalidPeriod(text, "soort moet JJ00, KW01-KW04 of MM01-MM12 zijn");
}

}  // namespace kompas
