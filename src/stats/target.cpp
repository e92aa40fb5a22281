#include "stats/target.hpp"

#include <fmt/format.h>

#include <cmath>

namespace kompas {
namespace {

// The estimate and interval of one usable point.
struct Reading {
    double year = 0.0;
    double estimate = 0.0;
    std::optional<Interval> interval;
};

Result<void> ValidatePoint(const SeriesPoint& point, std::size_t index) {
    const std::string field = fmt::format("points[{}]", index);
    if (!std::isfinite(point.year))
        return Fail(ErrorCode::kInvalidArgument, "het jaar moet een eindig getal zijn", field);
    if (point.value && !std::isfinite(*point.value)) {
        return Fail(ErrorCode::kInvalidArgument, "de waarde moet een eindig getal zijn", field);
    }
    if (point.standard_error && !(std::isfinite(*point.standard_error) && *point.standard_error >= 0.0)) {
        return Fail(ErrorCode::kInvalidArgument, "de standaardfout moet een eindig getal van ten minste 0 zijn", field);
    }
    if (point.numerator.has_value() != point.denominator.has_value()) {
        return Fail(ErrorCode::kInvalidArgument, "teller en noemer horen samen", field);
    }
    if (point.numerator && (*point.denominator < 0 || *point.numerator < 0 ||
                            (*point.denominator > 0 && *point.numerator > *point.denominator) ||
                            (*point.denominator == 0 && *point.numerator != 0))) {
        return Fail(ErrorCode::kInvalidArgument, "de teller moet tussen 0 en de noemer liggen", field);
    }
    return {};
}

// The reading of a point, or nothing when its value is unknown (no value, or a zero denominator).
std::optional<Reading> Read(const SeriesPoint& point, double scale, double z) {
    if (point.numerator && *point.denominator > 0) {
        const Interval w = WilsonIntervalZ(*point.numerator, *point.denominator, z);
        const double p = static_cast<double>(*point.numerator) / static_cast<double>(*point.denominator);
        return Reading{point.year, p * scale, Interval{w.lower * scale, w.upper * scale}};
    }
    if (point.numerator) return std::nullopt;  // 0/0: nothing was measured
    if (!point.value) return std::nullopt;
    Reading reading{point.year, *point.value, std::nullopt};
    if (point.standard_error) {
        reading.interval = Interval{*point.value - z * *point.standard_error, *point.value + z * *point.standard_error};
    }
    return reading;
}

}  // namespace

Result<void> ValidateTargetPath(const TargetPath& path) {
    if (!std::isfinite(path.baseline_value) || !std::isfinite(path.baseline_year) ||
        !std::isfinite(path.target_value) || !std::isfinite(path.target_year)) {
        return Fail(ErrorCode::kInvalidArgument, "nulmeting en streefwaarde moeten eindige getallen zijn", "path");
    }
    if (path.target_year <= path.baseline_year) {
        return Fail(ErrorCode::kInvalidArgument, "het streefjaar moet na het jaar van de nulmeting liggen",
                    "target_year");
    }
    return {};
}

Result<double> PathValueAt(const TargetPath& path, double year) {
    if (auto ok = ValidateTargetPath(path); !ok) return std::unexpected(ok.error());
    if (!std::isfinite(year)) return Fail(ErrorCode::kInvalidArgument, "het jaar moet een eindig getal zijn", "year");
    if (year <= path.baseline_year) return path.baseline_value;
    if (year >= path.target_year) return path.target_value;
    const double fraction = (year - path.baseline_year) / (path.target_year - path.baseline_year);
    return path.baseline_value + fraction * (path.target_value - path.baseline_value);
}

Result<TargetAssessment> AssessTarget(std::span<const SeriesPoint> points, const TargetQuestion& question) {
    if (auto ok = ValidateTargetPath(question.path); !ok) return std::unexpected(ok.error());
    if (question.direction == Direction::kNeutral) {
        return Fail(ErrorCode::kInvalidArgument, "zonder richting (hoger of lager is beter) is er geen doel te volgen",
                    "direction");
    }
    if (!(std::isfinite(question.scale) && question.scale > 0.0)) {
        return Fail(ErrorCode::kInvalidArgument, "de schaal moet groter dan 0 zijn", "scale");
    }
    const auto z = TwoSidedZ(question.confidence);
    if (!z) return std::unexpected(z.error());

    std::optional<Reading> latest;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (auto ok = ValidatePoint(points[i], i); !ok) return std::unexpected(ok.error());
        if (points[i].year <= question.path.baseline_year) continue;
        auto reading = Read(points[i], question.scale, *z);
        if (reading && (!latest || reading->year >= latest->year)) latest = reading;
    }

    TargetAssessment out;
    if (!latest) {
        out.reason = "Er is nog geen bekende meting na de nulmeting, dus we kunnen niets zeggen over de voortgang.";
        return out;
    }
    const TargetPath& path = question.path;
    const double path_value = *PathValueAt(path, latest->year);
    out.year = latest->year;
    out.estimate = latest->estimate;
    out.path_value = path_value;
    out.interval = latest->interval;

    // sign · (a − b) ≥ 0 means a is at least as good as b.
    const double sign = question.direction == Direction::kHigherIsBetter ? 1.0 : -1.0;
    const auto at_least = [sign](double a, double b) { return sign * (a - b) >= 0.0; };
    const std::optional<Interval>& interval = latest->interval;
    // The least favourable end of the interval.
    const auto worst = [&]() { return sign > 0 ? interval->lower : interval->upper; };

    if (interval && interval->Contains(path_value) && interval->Contains(path.baseline_value)) {
        out.reason =
            "De onzekerheid van de laatste meting is zo groot dat we niet kunnen onderscheiden of de waarde op "
            "het pad naar het doel ligt of nog op het niveau van de nulmeting.";
        return out;
    }
    if (at_least(latest->estimate, path.target_value)) {
        out.status = ProgressStatus::kTargetReached;
        out.within_uncertainty = interval && !at_least(worst(), path.target_value);
        out.reason = out.within_uncertainty
                         ? "De laatste meting ligt op of voorbij de streefwaarde, maar binnen de onzekerheid: de "
                           "werkelijke waarde kan nog iets onder het doel liggen."
                         : "De laatste meting ligt op of voorbij de streefwaarde.";
        return out;
    }
    if (at_least(latest->estimate, path_value)) {
        out.status = ProgressStatus::kOnCourse;
        out.within_uncertainty = interval && !at_least(worst(), path_value);
        out.reason = out.within_uncertainty
                         ? "De laatste meting ligt op of voorbij het rechte pad van nulmeting naar streefwaarde, maar "
                           "binnen de onzekerheid: de werkelijke waarde kan ook iets achter het pad liggen."
                         : "De laatste meting ligt op of voorbij het rechte pad van nulmeting naar streefwaarde.";
        return out;
    }
    if (interval && interval->Contains(path_value)) {
        out.reason =
            "De laatste meting ligt iets achter het pad naar het doel, maar binnen de onzekerheid kan ze er ook "
            "op liggen; we kunnen dus niet zeggen dat de voortgang achterblijft.";
        return out;
    }
    out.status = ProgressStatus::kBehind;
    out.reason = interval ? "De laatste meting ligt, ook met de onzekerheid meegerekend, achter het rechte pad van "
                            "nulmeting naar streefwaarde."
                          : "De laatste meting ligt achter het rechte pad van nulmeting naar streefwaarde.";
    return out;
}

}  // namespace kompas
