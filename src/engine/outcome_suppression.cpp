#include "engine/outcome_suppression.hpp"

#include <algorithm>
#include <deque>
#include <optional>

namespace kompas::engine {
namespace {

constexpr std::int64_t kInfinity = std::int64_t{1} << 50;  // "no upper bound known"

struct SideTally {
    int unknown = 0;
    std::int64_t sum = 0;
};

class Suppressor {
public:
    Suppressor(const ConstraintTable& table, const ConstraintSuppressionOptions& options,
               std::vector<std::vector<std::uint32_t>> equations_of)
        : table_(table),
          min_count_(options.min_count),
          equations_of_(std::move(equations_of)),
          status_(table.counts.size(), CellStatus::kShown),
          queued_(table.equations.size(), 0) {
        for (std::size_t i = 0; i < status_.size(); ++i) {
            if (table.counts[i] > 0 && table.counts[i] < min_count_) status_[i] = CellStatus::kPrimary;
        }
    }

    std::vector<CellStatus> Primary() const { return status_; }

    std::vector<CellStatus> Run(bool published_statuses) {
        for (std::size_t e = 0; e < table_.equations.size(); ++e) Queue(static_cast<std::uint32_t>(e));
        RepairLocally();
        if (!published_statuses) return status_;
        // Rounds: the outsider's bounds; if they pin nothing, each owner's (the outsider's plus its own
        // cells). Each round that repairs something hides at least one more cell, so this ends.
        std::vector<std::vector<std::uint32_t>> cells_of_owner;
        for (std::uint32_t i = 0; i < table_.owners.size(); ++i) {
            const std::int32_t owner = table_.owners[i];
            if (owner == kNoOwner) continue;
            if (cells_of_owner.size() <= static_cast<std::size_t>(owner)) cells_of_owner.resize(owner + 1);
            cells_of_owner[owner].push_back(i);
        }
        while (true) {
            Bounds outsider = StatusBounds();
            std::vector<std::uint32_t> all(table_.equations.size());
            for (std::uint32_t e = 0; e < all.size(); ++e) all[e] = e;
            Propagate(outsider, all);
            bool hid = false;
            for (const std::uint32_t cell : Pins(outsider, kNoOwner, nullptr)) hid = RepairPin(cell, kNoOwner) || hid;
            for (std::int32_t owner = 0; !hid && owner < static_cast<std::int32_t>(cells_of_owner.size()); ++owner) {
                Bounds own = outsider;
                std::vector<std::uint32_t> touched;
                for (const std::uint32_t cell : cells_of_owner[owner]) {
                    if (!Hidden(cell)) continue;
                    own.lo[cell] = own.hi[cell] = table_.counts[cell];
                    touched.insert(touched.end(), equations_of_[cell].begin(), equations_of_[cell].end());
                }
                if (touched.empty()) continue;  // sees what the outsider sees
                Propagate(own, touched);
                for (const std::uint32_t cell : Pins(own, owner, &outsider)) hid = RepairPin(cell, owner) || hid;
            }
            if (!hid) break;
            RepairLocally();
        }
        return status_;
    }

private:
    std::int32_t Owner(std::uint32_t cell) const { return table_.owners.empty() ? kNoOwner : table_.owners[cell]; }
    bool Hidden(std::uint32_t cell) const { return status_[cell] != CellStatus::kShown; }
    // Whether `viewer` (an owner id, or kNoOwner for an outsider) cannot read the cell's value.
    bool Unknown(std::uint32_t cell, std::int32_t viewer) const {
        return Hidden(cell) && (viewer == kNoOwner || Owner(cell) != viewer);
    }

    void Queue(std::uint32_t e) {
        if (queued_[e]) return;
        queued_[e] = 1;
        queue_.push_back(e);
    }

    void Hide(std::uint32_t cell) {
        status_[cell] = CellStatus::kComplementary;
        for (const std::uint32_t e : equations_of_[cell]) Queue(e);
    }

    SideTally Tally(const std::vector<std::uint32_t>& side, std::int32_t viewer) const {
        SideTally t;
        for (const std::uint32_t cell : side) {
            if (Unknown(cell, viewer)) {
                ++t.unknown;
                t.sum += table_.counts[cell];
            }
        }
        return t;
    }

    // The smallest shown cell of `side` that `viewer` does not own, positive (or zero) as asked.
    std::optional<std::uint32_t> Smallest(const std::vector<std::uint32_t>& side, std::int32_t viewer,
                                          bool positive) const {
        std::optional<std::uint32_t> best;
        for (const std::uint32_t cell : side) {
            if (Hidden(cell) || (viewer != kNoOwner && Owner(cell) == viewer)) continue;
            const std::int64_t count = table_.counts[cell];
            if ((count > 0) != positive) continue;
            if (!best || count < table_.counts[*best]) best = cell;
        }
        return best;
    }

    // Positive cells on `same` first, then on `other`, then zeros likewise.
    std::optional<std::uint32_t> Candidate(const std::vector<std::uint32_t>& same,
                                           const std::vector<std::uint32_t>& other, std::int32_t viewer) const {
        for (const bool positive : {true, false}) {
            if (auto cell = Smallest(same, viewer, positive)) return cell;
            if (auto cell = Smallest(other, viewer, positive)) return cell;
        }
        return std::nullopt;
    }

    // The cell to hide so that `viewer` no longer learns a single hidden cell or a small hidden sum
    // from the equation; nullopt when the equation exposes nothing to `viewer` (or nothing can help:
    // every other cell is hidden from this viewer or its own).
    std::optional<std::uint32_t> Repair(const LinearEquation& eq, std::int32_t viewer) const {
        const SideTally left = Tally(eq.lhs, viewer);
        const SideTally right = Tally(eq.rhs, viewer);
        if ((left.unknown > 0) == (right.unknown > 0)) return std::nullopt;  // nothing hidden, or a difference
        const bool on_left = left.unknown > 0;
        const SideTally& hidden = on_left ? left : right;
        if (hidden.unknown > 1 && hidden.sum >= min_count_) return std::nullopt;
        return on_left ? Candidate(eq.lhs, eq.rhs, viewer) : Candidate(eq.rhs, eq.lhs, viewer);
    }

    // The viewers an equation must be checked for: the outsider and each owner of a hidden cell.
    std::vector<std::int32_t> Viewers(const LinearEquation& eq) const {
        std::vector<std::int32_t> viewers = {kNoOwner};
        for (const auto* side : {&eq.lhs, &eq.rhs}) {
            for (const std::uint32_t cell : *side) {
                const std::int32_t owner = Owner(cell);
                if (owner == kNoOwner || !Hidden(cell)) continue;
                if (std::find(viewers.begin(), viewers.end(), owner) == viewers.end()) viewers.push_back(owner);
            }
        }
        return viewers;
    }

    // The work list: hiding a cell re-queues every equation it is in.
    void RepairLocally() {
        while (!queue_.empty()) {
            const std::uint32_t e = queue_.front();
            queue_.pop_front();
            queued_[e] = 0;
            const LinearEquation& eq = table_.equations[e];
            for (bool repaired = true; repaired;) {
                repaired = false;
                for (const std::int32_t viewer : Viewers(eq)) {
                    if (const auto cell = Repair(eq, viewer)) {
                        Hide(*cell);
                        repaired = true;
                        break;
                    }
                }
            }
        }
    }

    // --- What a reader of the statuses (an outsider, or an owner who also knows its own cells) can pin down.

    struct Bounds {
        std::vector<std::int64_t> lo, hi;
    };

    // What the statuses alone say: a shown cell is exact, a primary one 1 .. min_count − 1, a
    // complementary one 0 or ≥ min_count (the gap is applied in Tighten).
    Bounds StatusBounds() const {
        const std::size_t cells = status_.size();
        Bounds b{std::vector<std::int64_t>(cells, 0), std::vector<std::int64_t>(cells, kInfinity)};
        for (std::size_t i = 0; i < cells; ++i) {
            if (status_[i] == CellStatus::kShown) b.lo[i] = b.hi[i] = table_.counts[i];
            if (status_[i] == CellStatus::kPrimary) {
                b.lo[i] = 1;
                b.hi[i] = min_count_ - 1;
            }
        }
        return b;
    }

    // Carries the bounds through the equations, starting with `equations` and re-checking every
    // equation of a cell whose bounds tighten, until nothing tightens.
    void Propagate(Bounds& b, const std::vector<std::uint32_t>& equations) const {
        std::deque<std::uint32_t> queue;
        std::vector<char> queued(table_.equations.size(), 0);
        for (const std::uint32_t e : equations) {
            if (!queued[e]) {
                queued[e] = 1;
                queue.push_back(e);
            }
        }
        std::vector<std::uint32_t> changed;
        while (!queue.empty()) {
            const std::uint32_t e = queue.front();
            queue.pop_front();
            queued[e] = 0;
            changed.clear();
            Tighten(table_.equations[e].lhs, table_.equations[e].rhs, b, changed);
            Tighten(table_.equations[e].rhs, table_.equations[e].lhs, b, changed);
            for (const std::uint32_t cell : changed) {
                for (const std::uint32_t other : equations_of_[cell]) {
                    if (!queued[other]) {
                        queued[other] = 1;
                        queue.push_back(other);
                    }
                }
            }
        }
    }

    // Σ same = Σ other, so each cell of `same` = Σ other − the rest of `same`: bounds from bounds.
    void Tighten(const std::vector<std::uint32_t>& same, const std::vector<std::uint32_t>& other, Bounds& b,
                 std::vector<std::uint32_t>& changed) const {
        std::int64_t other_lo = 0, other_hi = 0, same_lo = 0, same_hi = 0;
        int other_unbounded = 0, same_unbounded = 0;
        for (const std::uint32_t c : other) {
            other_lo += b.lo[c];
            b.hi[c] >= kInfinity ? void(++other_unbounded) : void(other_hi += b.hi[c]);
        }
        for (const std::uint32_t c : same) {
            same_lo += b.lo[c];
            b.hi[c] >= kInfinity ? void(++same_unbounded) : void(same_hi += b.hi[c]);
        }
        for (const std::uint32_t c : same) {
            if (b.lo[c] == b.hi[c]) continue;  // known, or pinned already
            const bool own_unbounded = b.hi[c] >= kInfinity;
            std::int64_t new_lo = b.lo[c];
            std::int64_t new_hi = b.hi[c];
            if (same_unbounded - (own_unbounded ? 1 : 0) == 0) {
                new_lo = std::max(new_lo, other_lo - (same_hi - (own_unbounded ? 0 : b.hi[c])));
            }
            if (other_unbounded == 0) new_hi = std::min(new_hi, other_hi - (same_lo - b.lo[c]));
            if (status_[c] == CellStatus::kComplementary) {
                if (new_lo >= 1) new_lo = std::max(new_lo, min_count_);
                if (new_hi < min_count_) new_hi = std::min<std::int64_t>(new_hi, 0);
            }
            if (new_lo > b.lo[c] || new_hi < b.hi[c]) {
                b.lo[c] = std::max(b.lo[c], new_lo);
                b.hi[c] = std::min(b.hi[c], new_hi);
                changed.push_back(c);
            }
        }
    }

    // Hidden cells that `viewer` cannot read but the bounds pin to one positive value, leaving out
    // those `except` pins already. A hidden 0 may be pinned: a 0 is shown anyway (it singles out
    // nobody), and the propagation has already drawn every conclusion that knowing it allows.
    std::vector<std::uint32_t> Pins(const Bounds& b, std::int32_t viewer, const Bounds* except) const {
        std::vector<std::uint32_t> pinned;
        for (std::uint32_t i = 0; i < status_.size(); ++i) {
            if (!Unknown(i, viewer) || b.lo[i] < b.hi[i] || b.hi[i] <= 0) continue;
            if (except && except->lo[i] >= except->hi[i]) continue;
            pinned.push_back(i);
        }
        return pinned;
    }

    // Hides one more cell next to a pinned one: in an equation where the pinned cell's side holds
    // all its hidden cells if there is one (that is where exact bounds come from), else in any.
    bool RepairPin(std::uint32_t pinned, std::int32_t viewer) {
        for (const bool one_sided : {true, false}) {
            for (const std::uint32_t e : equations_of_[pinned]) {
                const LinearEquation& eq = table_.equations[e];
                const bool on_left = std::find(eq.lhs.begin(), eq.lhs.end(), pinned) != eq.lhs.end();
                const auto& same = on_left ? eq.lhs : eq.rhs;
                const auto& other = on_left ? eq.rhs : eq.lhs;
                if (one_sided && Tally(other, viewer).unknown > 0) continue;
                if (const auto cell = Candidate(same, other, viewer)) {
                    Hide(*cell);
                    return true;
                }
            }
        }
        return false;
    }

    const ConstraintTable& table_;
    std::int64_t min_count_;
    std::vector<std::vector<std::uint32_t>> equations_of_;
    std::vector<CellStatus> status_;
    std::vector<char> queued_;
    std::deque<std::uint32_t> queue_;
};

}  // namespace

Result<std::vector<CellStatus>> SuppressConstraintTable(const ConstraintTable& table,
                                                        const ConstraintSuppressionOptions& options) {
    if (options.min_count < 1) {
        return Fail(ErrorCode::kInvalidArgument, "de drempel moet ten minste 1 zijn", "min_count");
    }
    const std::size_t cells = table.counts.size();
    for (const std::int64_t c : table.counts) {
        if (c < 0) return Fail(ErrorCode::kInvalidArgument, "een aantal kan niet negatief zijn", "counts");
    }
    if (!table.owners.empty() && table.owners.size() != cells) {
        return Fail(ErrorCode::kInvalidArgument, "er moet per cel één eigenaar zijn", "owners");
    }
    // Which equations each cell occurs in, and the check that every cell occurs at most once per equation.
    std::vector<std::vector<std::uint32_t>> equations_of(cells);
    for (std::size_t e = 0; e < table.equations.size(); ++e) {
        for (const auto* side : {&table.equations[e].lhs, &table.equations[e].rhs}) {
            for (const std::uint32_t cell : *side) {
                if (cell >= cells) {
                    return Fail(ErrorCode::kInvalidArgument, "een vergelijking noemt een cel die niet bestaat",
                                "equations");
                }
                auto& list = equations_of[cell];
                if (!list.empty() && list.back() == e) {
                    return Fail(ErrorCode::kInvalidArgument, "een cel staat twee keer in één vergelijking",
                                "equations");
                }
                list.push_back(static_cast<std::uint32_t>(e));
            }
        }
    }
    Suppressor suppressor(table, options, std::move(equations_of));
    if (!options.complementary) return suppressor.Primary();
    return suppressor.Run(options.published_statuses);
}

}  // namespace kompas::engine
