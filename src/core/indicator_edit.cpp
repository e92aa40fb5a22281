#include "core/indicator_edit.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace kompas {

bool IsBuiltInIndicator(const Indicator& indicator, bool has_owner) {
    return !has_owner && Trim(indicator.source).starts_with("CBS");
}

Result<void> ValidateIndicatorDescription(const Indicator& indicator) {
    const std::string_view title = Trim(indicator.title);
    if (title.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de indicator een titel", "title");
    if (title.size() > kMaxIndicatorTitle) {
        return Fail(ErrorCode::kInvalidArgument, fmt::format("De titel is langer dan {} tekens", kMaxIndicatorTitle),
                    "title");
    }
    if (indicator.unit.size() > kMaxIndicatorUnit) {
        return Fail(ErrorCode::kInvalidArgument, fmt::format("De eenheid is langer dan {} tekens", kMaxIndicatorUnit),
                    "unit");
    }
    if (indicator.decimals < 0 || indicator.decimals > kMaxIndicatorDecimals) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("Het aantal decimalen ligt tussen 0 en {}", kMaxIndicatorDecimals), "decimals");
    }
    for (const auto& [text, field] : {std::pair{&indicator.definition, "definition"}, {&indicator.source, "source"}}) {
        if (text->size() > kMaxIndicatorText) {
            return Fail(ErrorCode::kInvalidArgument, fmt::format("De tekst is langer dan {} tekens", kMaxIndicatorText),
                        field);
        }
    }
    return {};
}

}  // namespace kompas
