#include "core/indicator.hpp"

#include <cmath>

namespace kompas {

const char* DirectionName(Direction direction) {
    switch (direction) {
        case Direction::kHigherIsBetter:
            return "higher_is_better";
        case Direction::kLowerIsBetter:
            return "lower_is_better";
        case Direction::kNeutral:
            return "neutral";
    }
    return "neutral";
}

std::optional<Direction> ParseDirection(std::string_view name) {
    for (const auto d : {Direction::kHigherIsBetter, Direction::kLowerIsBetter, Direction::kNeutral}) {
        if (name == DirectionName(d)) return d;
    }
    return std::nullopt;
}

const char* ObservationStatusName(ObservationStatus status) {
    switch (status) {
        case ObservationStatus::kKnown:
            return "known";
        case ObservationStatus::kUnknown:
            return "unknown";
        case ObservationStatus::kConfidential:
            return "confidential";
        case ObservationStatus::kProvisional:
            return "provisional";
    }
    return "unknown";
}

std::optional<ObservationStatus> ParseObservationStatus(std::string_view name) {
    for (const auto s : {ObservationStatus::kKnown, ObservationStatus::kUnknown, ObservationStatus::kConfidential,
                         ObservationStatus::kProvisional}) {
        if (name == ObservationStatusName(s)) return s;
    }
    return std::nullopt;
}

double RoundToDecimals(double value, int decimals) {
    if (decimals < 0 || decimals > 15 || !std::isfinite(value)) return value;
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return rounded == 0.0 ? 0.0 : rounded;
}

}  // namespace kompas
