// The KWB measures Kompas imports from CBS "Kerncijfers wijken en buurten" CSV files, with what
// the file itself lacks: a title, a unit, the decimals CBS publishes and a definition. Pure data.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/indicator.hpp"

namespace kompas {

inline constexpr std::string_view kKwbSource = "CBS Kerncijfers wijken en buurten (84286NED … 86165NED)";

// One catalogued measure; static data, safe to share between threads.
struct KwbMeasure {
    std::string_view key;  // CBS key without its positional suffix
    std::string_view title;
    std::string_view unit;
    int decimals = 0;
    Direction direction = Direction::kNeutral;
    std::string_view definition;
    // The smallest value that can truly occur. The KWB CSV lost its decimal separators *and* the
    // ",0" of whole values (2.0 was written "2", 2.3 as "23"), so a raw value whose scaled reading
    // falls below this minimum is a whole value (see DecodeKwbValue).
    double minimum = 0;
};

std::span<const KwbMeasure> KwbCatalogue();
const KwbMeasure* FindKwbMeasure(std::string_view key);
Indicator ToIndicator(const KwbMeasure& measure);

// Turns the text of a KWB cell (trimmed, not empty, not ".") into a value in the measure's unit,
// or nothing when it is not a number. Text with a decimal point or comma is taken as it is.
// Digits only: with 0 decimals as they are; otherwise divided by 10^decimals, except a value
// ending in 0 (a scaled value never does: "2.0" was written "2") or one whose scaled reading is
// below the measure's minimum, which are whole values that lost their ",0".
std::optional<double> DecodeKwbValue(const KwbMeasure& measure, std::string_view text);

}  // namespace kompas
