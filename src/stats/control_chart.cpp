#include "stats/control_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

namespace kompas {
namespace {

constexpr int kRuleCount = 4;

// Marks per point and rule, turned into ordered signal lists at the end.
class Marks {
public:
    explicit Marks(std::size_t size) : marks_(size) {}
    void Set(std::size_t i, ControlRule rule) { marks_[i][static_cast<int>(rule)] = true; }
    void SetRange(std::size_t first, std::size_t last, ControlRule rule) {
        for (std::size_t i = first; i <= last; ++i) Set(i, rule);
    }
    std::vector<std::vector<ControlRule>> Signals() const {
        std::vector<std::vector<ControlRule>> out(marks_.size());
        for (std::size_t i = 0; i < marks_.size(); ++i) {
            for (int r = 0; r < kRuleCount; ++r) {
                if (marks_[i][r]) out[i].push_back(static_cast<ControlRule>(r));
            }
        }
        return out;
    }

private:
    std::vector<std::array<bool, kRuleCount>> marks_;
};

int Side(double value, double centre) { return value > centre ? 1 : (value < centre ? -1 : 0); }

// Standardised distance; 0 when sigma is 0 (no spread, so no sigma-based signal).
double ZScore(double value, double centre, double sigma) { return sigma > 0.0 ? (value - centre) / sigma : 0.0; }

}  // namespace

std::vector<std::vector<ControlRule>> ApplyRunRules(std::span<const double> values, double centre,
                                                    std::span<const double> sigmas, const RunRuleOptions& options) {
    assert(values.size() == sigmas.size());
    const std::size_t n = values.size();
    Marks marks(n);

    for (std::size_t i = 0; i < n; ++i) {
        if (std::abs(ZScore(values[i], centre, sigmas[i])) > 3.0) marks.Set(i, ControlRule::kBeyondLimits);
    }

    // Runs on one side of the centre line: mark every point of a run that reaches run_length.
    for (std::size_t start = 0; start < n;) {
        const int side = Side(values[start], centre);
        std::size_t end = start;
        while (end + 1 < n && side != 0 && Side(values[end + 1], centre) == side) ++end;
        if (side != 0 && static_cast<long>(end - start + 1) >= options.run_length) {
            marks.SetRange(start, end, ControlRule::kRun);
        }
        start = end + 1;
    }

    // Trends: maximal stretches of strictly increasing (or decreasing) steps.
    for (std::size_t start = 0; start + 1 < n;) {
        const int direction = Side(values[start + 1], values[start]);
        std::size_t end = start + 1;
        while (direction != 0 && end + 1 < n && Side(values[end + 1], values[end]) == direction) ++end;
        if (direction != 0 && static_cast<long>(end - start) >= options.trend_steps) {
            marks.SetRange(start, end, ControlRule::kTrend);
        }
        start = direction == 0 ? start + 1 : end;
    }

    // Two of three beyond 2 sigma on the same side: mark the points beyond, in every window.
    for (std::size_t first = 0; first + 2 < n; ++first) {
        for (const int side : {1, -1}) {
            int beyond = 0;
            for (std::size_t i = first; i < first + 3; ++i) {
                if (side * ZScore(values[i], centre, sigmas[i]) > 2.0) ++beyond;
            }
            if (beyond < 2) continue;
            for (std::size_t i = first; i < first + 3; ++i) {
                if (side * ZScore(values[i], centre, sigmas[i]) > 2.0) marks.Set(i, ControlRule::kTwoOfThree);
            }
        }
    }
    return marks.Signals();
}

Result<PChart> ComputePChart(std::span<const Fraction> points, const RunRuleOptions& options) {
    if (points.empty())
        return Fail(ErrorCode::kInvalidArgument, "een regelkaart heeft ten minste één punt nodig", "points");
    if (options.run_length < 2 || options.trend_steps < 2) {
        return Fail(ErrorCode::kInvalidArgument, "de drempels van de regels moeten ten minste 2 zijn", "options");
    }
    double total_x = 0.0;
    double total_n = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Fraction& c = points[i];
        if (c.denominator <= 0 || c.numerator < 0 || c.numerator > c.denominator) {
            return Fail(ErrorCode::kInvalidArgument,
                        "elk punt heeft een noemer groter dan 0 en een teller tussen 0 en de noemer nodig",
                        fmt::format("points[{}]", i));
        }
        total_x += static_cast<double>(c.numerator);
        total_n += static_cast<double>(c.denominator);
    }
    PChart chart;
    chart.centre = total_x / total_n;
    const double p = chart.centre;
    std::vector<double> values;
    std::vector<double> sigmas;
    for (const Fraction& c : points) {
        ControlPoint point;
        point.proportion = static_cast<double>(c.numerator) / static_cast<double>(c.denominator);
        point.centre = p;
        point.sigma = std::sqrt(p * (1.0 - p) / static_cast<double>(c.denominator));
        point.lower = std::max(0.0, p - 3.0 * point.sigma);
        point.upper = std::min(1.0, p + 3.0 * point.sigma);
        values.push_back(point.proportion);
        sigmas.push_back(point.sigma);
        chart.points.push_back(std::move(point));
    }
    auto signals = ApplyRunRules(values, p, sigmas, options);
    for (std::size_t i = 0; i < chart.points.size(); ++i) chart.points[i].signals = std::move(signals[i]);
    return chart;
}

const char* ControlRuleName(ControlRule rule) {
    switch (rule) {
        case ControlRule::kBeyondLimits:
            return "beyond_limits";
        case ControlRule::kRun:
            return "run";
        case ControlRule::kTrend:
            return "trend";
        case ControlRule::kTwoOfThree:
            return "two_of_three";
    }
    return "beyond_limits";
}

std::string ControlRuleLabel(ControlRule rule, const RunRuleOptions& options) {
    switch (rule) {
        case ControlRule::kBeyondLimits:
            return "buiten de controlegrenzen";
        case ControlRule::kRun:
            return fmt::format("{} of meer punten achter elkaar aan één kant van de middellijn", options.run_length);
        case ControlRule::kTrend:
            return fmt::format("{} of meer keer achter elkaar gestegen of gedaald", options.trend_steps);
        case ControlRule::kTwoOfThree:
            return "2 van 3 punten ver (meer dan 2 sigma) aan dezelfde kant van de middellijn";
    }
    return {};
}

}  // namespace kompas
