// The indicator editor's rules (issue 15), pure: which indicators are built in (their CBS
// definition stays as published; only a local note may be added) and what a description must be.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/error.hpp"
#include "core/indicator.hpp"

namespace kompas {

inline constexpr std::size_t kMaxIndicatorTitle = 200;
inline constexpr std::size_t kMaxIndicatorUnit = 40;
inline constexpr std::size_t kMaxIndicatorText = 5000;  // definition, source, local note
inline constexpr int kMaxIndicatorDecimals = 6;

// Built in: no organisation uploaded it as its own and CBS is its source (KWB and OData imports
// give "CBS ..."). An indicator a long CSV introduced has an empty source until someone describes it.
bool IsBuiltInIndicator(const Indicator& indicator, bool has_owner);

// kInvalidArgument naming the field: a title (1..200 characters), a unit of at most 40, decimals
// 0..6, a definition and a source of at most 5000.
Result<void> ValidateIndicatorDescription(const Indicator& indicator);

}  // namespace kompas
