#include "stats/progress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/period.hpp"
#include "stats/change.hpp"
#include "stats/proportion.hpp"
#include "stats/target.hpp"

namespace kompas {
namespace {

constexpr double kConfidence = 0.95;

// The 95 % Wilson interval of numerator/denominator on the indicator's scale; nullopt for bad counts.
std::optional<ValueInterval> WilsonOnScale(double numerator, double denominator, double scale) {
    auto interval =
        WilsonInterval(static_cast<std::int64_t>(numerator), static_cast<std::int64_t>(denominator), kConfidence);
    if (!interval) return std::nullopt;
    return ValueInterval{interval->lower * scale, interval->upper * scale};
}

bool Finite(const std::optional<double>& value) { return value && std::isfinite(*value); }

// Counts that make a proportion: whole, 0 ≤ numerator ≤ denominator, denominator > 0.
bool ValidCounts(const ProgressPoint& point) {
    if (!Finite(point.numerator) || !Finite(point.denominator)) return false;
    const double x = std::round(*point.numerator), n = std::round(*point.denominator);
    return n > 0.0 && x >= 0.0 && x <= n;
}

// A point whose value is known, with its estimate on the indicator's scale.
struct Usable {
    const ProgressPoint* point = nullptr;
    double estimate = 0.0;
    bool counts = false;  // the estimate is numerator / denominator × scale
};

double ScaleOf(const Indicator& indicator) { return indicator.unit == "%" ? 100.0 : 1.0; }

std::optional<Usable> UsableOf(const ProgressPoint& point, double scale) {
    if (ValidCounts(point) && (scale == 100.0 || !Finite(point.value))) {
        return Usable{&point, std::round(*point.numerator) / std::round(*point.denominator) * scale, true};
    }
    if (Finite(point.value)) return Usable{&point, *point.value, false};
    return std::nullopt;
}

std::string Number(double value, const Indicator& indicator) {
    const int decimals = std::clamp(indicator.decimals, 0, 4);
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (text.starts_with('-') && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
    std::replace(text.begin(), text.end(), '.', ',');
    if (indicator.unit == "%") return text + " %";
    return text;
}

std::optional<ProgressChange> ChangeOf(const Usable& earlier, const Usable& later, const Indicator& indicator,
                                       double scale) {
    if (!earlier.counts || !later.counts) return std::nullopt;
    const Fraction from{static_cast<std::int64_t>(std::round(*earlier.point->numerator)),
                        static_cast<std::int64_t>(std::round(*earlier.point->denominator))};
    const Fraction to{static_cast<std::int64_t>(std::round(*later.point->numerator)),
                      static_cast<std::int64_t>(std::round(*later.point->denominator))};
    auto compared = CompareProportions(from, to, kConfidence);
    if (!compared || !compared->interval || !compared->verdict) return std::nullopt;
    ProgressChange change;
    change.from = earlier.point->period;
    change.to = later.point->period;
    change.interval = ValueInterval{compared->interval->lower * scale, compared->interval->upper * scale};
    change.verdict = ChangeVerdictName(*compared->verdict);
    const std::string values = fmt::format("van {} ({}) naar {} ({})", Number(earlier.estimate, indicator), change.from,
                                           Number(later.estimate, indicator), change.to);
    switch (*compared->verdict) {
        case ChangeVerdict::kIncrease:
            change.text = "Het cijfer is gestegen " + values + "; dat is meer dan toeval.";
            break;
        case ChangeVerdict::kDecrease:
            change.text = "Het cijfer is gedaald " + values + "; dat is meer dan toeval.";
            break;
        case ChangeVerdict::kWithinNormalVariation:
            change.text = "Het cijfer ging " + values + "; dat verschil valt binnen de normale variatie.";
            break;
    }
    return change;
}

void AssessStatus(ResultProgress& progress, const std::vector<Usable>& usable, double baseline_year, double scale) {
    const Indicator& indicator = progress.indicator;
    const SocietalResult& result = progress.result;
    progress.status = ProgressStatus::kCannotSay;
    if (usable.empty()) {
        progress.status_reason = "Er zijn nog geen cijfers over dit onderwerp voor " + progress.region.name +
                                 ". Kies eventueel een andere indicator, of volg de ontwikkeling met signalen uit "
                                 "de praktijk.";
        return;
    }
    Direction direction = indicator.direction;
    if (direction == Direction::kNeutral) {
        // No good side of its own: the result's target says which way is better.
        if (result.target.value > result.baseline.value) direction = Direction::kHigherIsBetter;
        if (result.target.value < result.baseline.value) direction = Direction::kLowerIsBetter;
    }
    if (direction == Direction::kNeutral) {
        progress.status_reason =
            "Voor deze indicator is niet bekend of hoger of lager beter is, en het doel is gelijk aan de nulmeting.";
        return;
    }
    std::vector<SeriesPoint> points;
    for (const auto& item : usable) {
        SeriesPoint point;
        point.year = item.point->year;
        if (item.counts) {
            point.numerator = static_cast<std::int64_t>(std::round(*item.point->numerator));
            point.denominator = static_cast<std::int64_t>(std::round(*item.point->denominator));
        } else {
            point.value = item.estimate;
        }
        points.push_back(point);
    }
    TargetQuestion question;
    question.path = TargetPath{result.baseline.value, baseline_year, result.target.value, result.target.year + 0.5};
    question.direction = direction;
    question.scale = scale;
    question.confidence = kConfidence;
    auto assessed = AssessTarget(points, question);
    if (!assessed) {
        progress.status_reason = "De voortgang is niet te berekenen: " + assessed.error().message;
        return;
    }
    progress.status = assessed->status;
    progress.status_reason = assessed->reason;
}

}  // namespace

bool HasUsableObservation(std::span<const Observation> observations, const Indicator& indicator) {
    const double scale = ScaleOf(indicator);
    for (const auto& observation : observations) {
        ProgressPoint point;
        point.value = observation.value;
        point.numerator = observation.numerator;
        point.denominator = observation.denominator;
        if (UsableOf(point, scale)) return true;
    }
    return false;
}

void AssessProgress(ResultProgress& progress, std::span<const Observation> observations) {
    const double scale = ScaleOf(progress.indicator);
    std::vector<std::pair<Period, ProgressPoint>> points;
    for (const auto& observation : observations) {
        auto period = ParsePeriod(observation.period);
        if (!period) continue;
        ProgressPoint point;
        point.period = period->Code();
        point.year = MidYear(*period);
        point.value = Finite(observation.value) ? observation.value : std::nullopt;
        point.numerator = Finite(observation.numerator) ? observation.numerator : std::nullopt;
        point.denominator = Finite(observation.denominator) ? observation.denominator : std::nullopt;
        point.status = observation.status;
        if (ValidCounts(point) && (scale == 100.0 || !point.value)) {
            point.interval = WilsonOnScale(std::round(*point.numerator), std::round(*point.denominator), scale);
            if (!point.value) point.value = std::round(*point.numerator) / std::round(*point.denominator) * scale;
        }
        points.emplace_back(*period, std::move(point));
    }
    std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    progress.series.clear();
    for (auto& [period, point] : points) progress.series.push_back(std::move(point));

    double baseline_year = progress.result.target.year - 1.0;
    if (auto baseline = ParsePeriod(progress.result.baseline.period)) baseline_year = MidYear(*baseline);
    progress.path = StraightPath(baseline_year, progress.result.baseline.value, progress.result.target.year + 0.5,
                                 progress.result.target.value);

    std::vector<Usable> usable;
    for (const auto& point : progress.series) {
        if (auto item = UsableOf(point, scale)) usable.push_back(*item);
    }
    AssessStatus(progress, usable, baseline_year, scale);
    progress.change.reset();
    if (usable.size() >= 2) {
        progress.change = ChangeOf(usable[usable.size() - 2], usable.back(), progress.indicator, scale);
    }
}

}  // namespace kompas
