#include "stats/suppression.hpp"

#include <algorithm>
#include <optional>

namespace kompas {
namespace {

bool IsSmall(std::int64_t count, const SuppressionRule& rule) {
    return (count > 0 && count < rule.min_count) || (count == 0 && rule.suppress_zero);
}

Result<void> Validate(std::span<const std::int64_t> counts, const SuppressionRule& rule) {
    if (rule.min_count < 1) return Fail(ErrorCode::kInvalidArgument, "de drempel moet ten minste 1 zijn", "min_count");
    for (const std::int64_t c : counts) {
        if (c < 0) return Fail(ErrorCode::kInvalidArgument, "een aantal kan niet negatief zijn", "counts");
    }
    return {};
}

// Complementary suppression within one group given by indices into `counts`/`status`.
// Returns whether anything changed.
bool ProtectGroup(std::span<const std::int64_t> counts, std::span<const std::size_t> group,
                  std::vector<CellStatus>& status, const SuppressionRule& rule) {
    bool changed = false;
    while (true) {
        std::int64_t hidden_sum = 0;
        int hidden = 0;
        std::optional<std::size_t> smallest_shown;
        for (const std::size_t i : group) {
            if (status[i] == CellStatus::kShown) {
                if (!smallest_shown || counts[i] < counts[*smallest_shown]) smallest_shown = i;
            } else {
                hidden_sum += counts[i];
                ++hidden;
            }
        }
        const bool exposed = hidden == 1 || (hidden > 1 && hidden_sum < rule.min_count);
        if (!exposed || !smallest_shown) return changed;
        status[*smallest_shown] = CellStatus::kComplementary;
        changed = true;
    }
}

std::vector<CellStatus> Primary(std::span<const std::int64_t> counts, const SuppressionRule& rule) {
    std::vector<CellStatus> status(counts.size(), CellStatus::kShown);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (IsSmall(counts[i], rule)) status[i] = CellStatus::kPrimary;
    }
    return status;
}

}  // namespace

Result<std::vector<CellStatus>> SuppressGroup(std::span<const std::int64_t> counts, const SuppressionRule& rule,
                                              bool total_published) {
    if (auto ok = Validate(counts, rule); !ok) return std::unexpected(ok.error());
    std::vector<CellStatus> status = Primary(counts, rule);
    if (!total_published) return status;
    std::vector<std::size_t> group(counts.size());
    for (std::size_t i = 0; i < group.size(); ++i) group[i] = i;
    ProtectGroup(counts, group, status, rule);
    return status;
}

Result<std::vector<CellStatus>> SuppressTable(std::span<const std::int64_t> counts, std::size_t rows,
                                              std::size_t columns, const SuppressionRule& rule) {
    if (counts.size() != rows * columns) {
        return Fail(ErrorCode::kInvalidArgument, "de tabel heeft niet rijen × kolommen cellen", "counts");
    }
    if (auto ok = Validate(counts, rule); !ok) return std::unexpected(ok.error());
    std::vector<CellStatus> status = Primary(counts, rule);
    std::vector<std::size_t> group;
    // Each pass only hides more cells, so this ends after at most rows × columns passes.
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t r = 0; r < rows; ++r) {
            group.clear();
            for (std::size_t c = 0; c < columns; ++c) group.push_back(r * columns + c);
            changed = ProtectGroup(counts, group, status, rule) || changed;
        }
        for (std::size_t c = 0; c < columns; ++c) {
            group.clear();
            for (std::size_t r = 0; r < rows; ++r) group.push_back(r * columns + c);
            changed = ProtectGroup(counts, group, status, rule) || changed;
        }
    }
    return status;
}

bool MustSuppressProportion(std::int64_t numerator, std::int64_t denominator, const SuppressionRule& rule) {
    if (denominator <= 0 || denominator < rule.min_denominator) return true;
    if (numerator < 0 || numerator > denominator) return true;  // not a proportion: never publish
    if ((numerator == 0 || numerator == denominator) && denominator < rule.extreme_min_denominator) return true;
    return IsSmall(numerator, rule) || IsSmall(denominator - numerator, rule);
}

const char* CellStatusName(CellStatus status) {
    switch (status) {
        case CellStatus::kShown:
            return "shown";
        case CellStatus::kPrimary:
            return "primary";
        case CellStatus::kComplementary:
            return "complementary";
    }
    return "primary";
}

}  // namespace kompas
