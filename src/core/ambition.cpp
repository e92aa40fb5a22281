#include "core/ambition.hpp"

#include <cmath>

namespace kompas {

const char* SignalSourceName(SignalSource source) {
    switch (source) {
        case SignalSource::kProfessional:
            return "professional";
        case SignalSource::kParent:
            return "parent";
        case SignalSource::kYoungPerson:
            return "young_person";
        case SignalSource::kPartner:
            return "partner";
        case SignalSource::kOther:
            return "other";
    }
    return "other";
}

std::optional<SignalSource> ParseSignalSource(std::string_view name) {
    for (const auto source : {SignalSource::kProfessional, SignalSource::kParent, SignalSource::kYoungPerson,
                              SignalSource::kPartner, SignalSource::kOther}) {
        if (name == SignalSourceName(source)) return source;
    }
    return std::nullopt;
}

const char* ProgressStatusName(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::kOnCourse:
            return "on_course";
        case ProgressStatus::kBehind:
            return "behind";
        case ProgressStatus::kTargetReached:
            return "target_reached";
        case ProgressStatus::kCannotSay:
            return "cannot_say";
    }
    return "cannot_say";
}

const char* ProgressStatusLabel(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::kOnCourse:
            return "op koers";
        case ProgressStatus::kBehind:
            return "achter";
        case ProgressStatus::kTargetReached:
            return "doel bereikt";
        case ProgressStatus::kCannotSay:
            return "niet te zeggen";
    }
    return "niet te zeggen";
}

double MidYear(const Period& period) {
    switch (period.kind) {
        case PeriodKind::kYear:
            return period.year + 0.5;
        case PeriodKind::kQuarter:
            return period.year + (period.number - 1) / 4.0 + 0.125;
        case PeriodKind::kMonth:
            return period.year + (period.number - 1) / 12.0 + 0.5 / 12.0;
    }
    return period.year + 0.5;
}

std::vector<PathPoint> StraightPath(double baseline_year, double baseline_value, double target_year,
                                    double target_value) {
    std::vector<PathPoint> path;
    if (!std::isfinite(baseline_year) || !std::isfinite(baseline_value) || !std::isfinite(target_year) ||
        !std::isfinite(target_value) || target_year <= baseline_year) {
        return path;
    }
    for (double year = baseline_year; year < target_year - 1e-9; year += 1.0) {
        path.push_back(PathPoint{year, PathValue(baseline_year, baseline_value, target_year, target_value, year)});
    }
    path.push_back(PathPoint{target_year, target_value});
    return path;
}

double PathValue(double baseline_year, double baseline_value, double target_year, double target_value, double year) {
    if (year <= baseline_year || target_year <= baseline_year) return baseline_value;
    if (year >= target_year) return target_value;
    return baseline_value + (target_value - baseline_value) * (year - baseline_year) / (target_year - baseline_year);
}

}  // namespace kompas
