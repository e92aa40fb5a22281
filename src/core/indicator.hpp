// Indicators and their observations: the youth profile's figures (block 1A). Pure values.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kompas {

enum class Direction { kHigherIsBetter, kLowerIsBetter, kNeutral };

// An Indicator is a defined measure. For CBS measures the key is the CBS key without its
// positional suffix ("PercentageJongerenMetJeugdzorg", not "..._85").
struct Indicator {
    std::string key;
    std::string title;  // Dutch
    std::string unit;   // "%", "aantal", "x 1 000 euro", ...
    int decimals = 0;   // as published; the value is stored in the unit, already scaled
    Direction direction = Direction::kNeutral;
    std::string source;  // e.g. "CBS 85984NED (Kerncijfers wijken en buurten 2024)"
    std::string definition;
};

// Unknown is never zero: an unknown, suppressed or absent figure has no value.
enum class ObservationStatus { kKnown, kUnknown, kConfidential, kProvisional };

// One value of an indicator for a region and a period.
struct Observation {
    std::string indicator;  // Indicator::key
    std::string region;     // Region::code
    std::string period;     // Period::Code()
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    ObservationStatus status = ObservationStatus::kKnown;
};

const char* DirectionName(Direction direction);  // "higher_is_better", "lower_is_better", "neutral"
std::optional<Direction> ParseDirection(std::string_view name);
const char* ObservationStatusName(ObservationStatus status);  // "known", "unknown", "confidential", "provisional"
std::optional<ObservationStatus> ParseObservationStatus(std::string_view name);

// A figure Kompas computed (a change, say) rounded to the indicator's published decimals, for the
// edge where it leaves: 11.6 - 11.3 is 0.29999999999999893 in binary, 0.3 with one decimal. Never
// -0; decimals outside 0..15 leave the value as it is.
double RoundToDecimals(double value, int decimals);

}  // namespace kompas
