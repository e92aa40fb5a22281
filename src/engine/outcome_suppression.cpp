#include "engine/outcome_suppression.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <optional>
#include <span>

namespace kompas::engine {
namespace {

constexpr std::int64_t kInfinity = std::int64_t{1} << 50;  // "no upper bound known"

struct SideTally {
    int unknown = 0;
    std::int64_t sum = 0;
    std::int64_t threshold = 0;
};

using Cells = std::span<const std::uint32_t>;

// Lists of ids kept one after the other in one array ("compressed sparse rows"): list i is
// items[start[i] .. start[i + 1]). Read in the inner loops, where a vector per list cost a cache miss
// for its header before its first item.
struct FlatLists {
    std::vector<std::uint32_t> start{0};
    std::vector<std::uint32_t> items;

    void Add(std::span<const std::uint32_t> list) {
        items.insert(items.end(), list.begin(), list.end());
        start.push_back(static_cast<std::uint32_t>(items.size()));
    }
    Cells operator[](std::size_t i) const { return Cells(items).subspan(start[i], start[i + 1] - start[i]); }
};

class Suppressor {
public:
    Suppressor(const ConstraintTable& table, const ConstraintSuppressionOptions& options,
               const std::vector<std::vector<std::uint32_t>>& equations_of)
        : table_(table),
          min_count_(options.min_count),
          status_(table.counts.size(), Suppression::kNone),
          queued_(table.equations.size(), 0),
          propagating_(table.equations.size(), 0),
          saved_mark_(table.counts.size(), 0),
          shown_zero_(table.counts.size(), 0) {
        for (const auto& list : equations_of) equations_of_.Add(list);
        for (const LinearEquation& eq : table.equations) {
            sides_.Add(eq.lhs);
            sides_.Add(eq.rhs);
        }
        std::int32_t max_owner = kNoOwner;
        for (const std::int32_t owner : table.owners) max_owner = std::max(max_owner, owner);
        for (const CellPart& part : table.parts) max_owner = std::max(max_owner, part.owner);
        share_slot_.assign(static_cast<std::size_t>(max_owner + 1), -1);
        all_unlabelled_ = !table.unlabelled.empty() &&
                          std::all_of(table.unlabelled.begin(), table.unlabelled.end(), [](char u) { return u != 0; });
        for (std::uint32_t i = 0; i < status_.size(); ++i) {
            const std::int64_t count = table.counts[i];
            const bool forced = !table.forced.empty() && table.forced[i];
            if (forced || (count > 0 && count < Threshold(i))) status_[i] = Suppression::kPrimary;
        }
        // Dominance: a shown figure minus one owner's own part must not leave a few others.
        for (std::uint32_t i = 0; i < status_.size(); ++i) {
            if (Hidden(i)) continue;
            for (const CellPart& part : Parts(i)) {
                const std::int64_t rest = table.counts[i] - part.count;
                if (rest > 0 && rest < Threshold(i)) status_[i] = Suppression::kComplementary;
            }
        }
    }

    std::vector<Suppression> Primary() const { return status_; }

    std::vector<Suppression> Run(bool published_statuses) {
        for (std::size_t e = 0; e < table_.equations.size(); ++e) Queue(static_cast<std::uint32_t>(e));
        RepairLocally();
        if (!published_statuses) return status_;
        // Rounds: the outsider's bounds; if they pin nothing, each owner's (the outsider's plus what it
        // knows of its own). Each round that repairs something hides at least one more cell, so this ends.
        std::vector<std::vector<std::uint32_t>> cells_of_owner;
        const auto add_cell = [&cells_of_owner](std::int32_t owner, std::uint32_t cell) {
            if (cells_of_owner.size() <= static_cast<std::size_t>(owner)) cells_of_owner.resize(owner + 1);
            cells_of_owner[owner].push_back(cell);
        };
        for (std::uint32_t i = 0; i < table_.counts.size(); ++i) {
            if (Owner(i) != kNoOwner) add_cell(Owner(i), i);
            for (const CellPart& part : Parts(i)) add_cell(part.owner, i);
        }
        while (true) {
            Bounds outsider = StatusBounds();
            std::vector<std::uint32_t> all(table_.equations.size());
            for (std::uint32_t e = 0; e < all.size(); ++e) all[e] = e;
            Propagate(outsider, all);
            bool hid = false;
            for (const std::uint32_t cell : OutsiderPins(outsider)) hid = RepairPin(cell, kNoOwner) || hid;
            if (!hid && ShowPinnedZeros(outsider)) {
                RepairLocally();
                continue;
            }
            // Each owner's bounds are the outsider's with what it knows of its own cells, carried
            // through. They are worked out in place and put back afterwards (Bounds::saved), so an
            // owner costs what its own cells reach, not a copy of the whole table.
            std::vector<Saved> saved;
            outsider.saved = &saved;
            outsider.saved_mark = &saved_mark_;
            for (std::int32_t owner = 0; !hid && owner < static_cast<std::int32_t>(cells_of_owner.size()); ++owner) {
                std::vector<std::uint32_t> touched;
                for (const std::uint32_t cell : cells_of_owner[owner]) {
                    if (!OutOfView(cell)) continue;
                    // The outsider's bounds are carried through already: only a cell whose bounds this
                    // owner's knowledge tightens can tighten others.
                    const bool whole = KnowsWhole(cell, owner);
                    const std::int64_t lo =
                        whole ? table_.counts[cell] : std::max(outsider.lo[cell], Part(cell, owner));
                    const std::int64_t hi = whole ? table_.counts[cell] : outsider.hi[cell];
                    if (lo == outsider.lo[cell] && hi == outsider.hi[cell]) continue;
                    outsider.Save(cell);
                    outsider.lo[cell] = lo;
                    outsider.hi[cell] = hi;
                    touched.insert(touched.end(), equations_of_[cell].begin(), equations_of_[cell].end());
                }
                if (!touched.empty()) Propagate(outsider, touched);  // else it sees what the outsider sees
                const std::vector<std::uint32_t> pins = OwnerPins(outsider, owner, saved);
                outsider.Restore();
                for (const std::uint32_t cell : pins) hid = RepairPin(cell, owner) || hid;
            }
            if (!hid) break;
            RepairLocally();
        }
        return status_;
    }

private:
    Cells Lhs(std::uint32_t e) const { return sides_[2 * std::size_t{e}]; }
    Cells Rhs(std::uint32_t e) const { return sides_[2 * std::size_t{e} + 1]; }

    std::int64_t Threshold(std::uint32_t cell) const {
        return table_.min_counts.empty() ? min_count_ : table_.min_counts[cell];
    }
    std::int32_t Owner(std::uint32_t cell) const { return table_.owners.empty() ? kNoOwner : table_.owners[cell]; }
    std::span<const CellPart> Parts(std::uint32_t cell) const {
        if (table_.part_offsets.empty()) return {};
        return std::span(table_.parts)
            .subspan(table_.part_offsets[cell], table_.part_offsets[cell + 1] - table_.part_offsets[cell]);
    }
    // What `viewer` (an owner id, or kNoOwner for an outsider) knows of the cell's count whatever is published.
    std::int64_t Part(std::uint32_t cell, std::int32_t viewer) const {
        if (viewer == kNoOwner) return 0;
        if (Owner(cell) == viewer) return table_.counts[cell];
        const auto parts = Parts(cell);
        const auto it = std::lower_bound(parts.begin(), parts.end(), viewer,
                                         [](const CellPart& p, std::int32_t owner) { return p.owner < owner; });
        return it != parts.end() && it->owner == viewer ? it->count : 0;
    }
    bool KnowsWhole(std::uint32_t cell, std::int32_t viewer) const {
        if (viewer == kNoOwner) return false;
        if (Owner(cell) == viewer) return true;
        const std::int64_t part = Part(cell, viewer);
        return part > 0 && part == table_.counts[cell];
    }
    bool Hidden(std::uint32_t cell) const { return status_[cell] != Suppression::kNone; }
    // Out of view because the cell it follows is hidden (ConstraintTable::follows).
    bool LeaderHidden(std::uint32_t cell) const {
        return !table_.follows.empty() && table_.follows[cell] >= 0 &&
               Hidden(static_cast<std::uint32_t>(table_.follows[cell]));
    }
    bool OutOfView(std::uint32_t cell) const { return Hidden(cell) || LeaderHidden(cell); }
    bool Known(std::uint32_t cell) const { return (!table_.known.empty() && table_.known[cell]) || shown_zero_[cell]; }

    bool Unlabelled(std::uint32_t cell) const { return !table_.unlabelled.empty() && table_.unlabelled[cell]; }
    // Whether `viewer` cannot read the cell's value.
    bool Unknown(std::uint32_t cell, std::int32_t viewer) const { return Hidden(cell) && !KnowsWhole(cell, viewer); }

    void Queue(std::uint32_t e) {
        if (queued_[e]) return;
        queued_[e] = 1;
        queue_.push_back(e);
    }

    void Hide(std::uint32_t cell) {
        status_[cell] = Suppression::kComplementary;
        for (const std::uint32_t e : equations_of_[cell]) Queue(e);
    }

    // The hidden cells of a side that `viewer` cannot read, and the sum of what it does not know of
    // them (the others' rest), against the highest threshold among them.
    SideTally Tally(Cells side, std::int32_t viewer) const {
        SideTally t;
        for (const std::uint32_t cell : side) {
            if (Unknown(cell, viewer)) {
                ++t.unknown;
                t.sum += table_.counts[cell] - Part(cell, viewer);
                t.threshold = std::max(t.threshold, Threshold(cell));
            }
        }
        return t;
    }

    // The shown cell of `side` with the smallest rest unknown to `viewer`, positive (or zero) as asked.
    std::optional<std::uint32_t> Smallest(Cells side, std::int32_t viewer, bool positive) const {
        std::optional<std::uint32_t> best;
        std::int64_t best_rest = 0;
        for (const std::uint32_t cell : side) {
            if (Hidden(cell) || KnowsWhole(cell, viewer) || Known(cell)) continue;
            const std::int64_t rest = table_.counts[cell] - Part(cell, viewer);
            if ((rest > 0) != positive) continue;
            if (!best || rest < best_rest) {
                best = cell;
                best_rest = rest;
            }
        }
        return best;
    }

    // Positive cells on `same` first, then on `other`, then zeros likewise. When the hidden cells of
    // `same` already add up to enough and only their being a single cell exposes them (`sum_enough`),
    // a zero beside them on `same` is enough and costs the least, so it comes first.
    std::optional<std::uint32_t> Candidate(Cells same, Cells other, std::int32_t viewer,
                                           bool sum_enough = false) const {
        if (sum_enough) {
            if (auto cell = Smallest(same, viewer, false)) return cell;
        }
        for (const bool positive : {true, false}) {
            if (auto cell = Smallest(same, viewer, positive)) return cell;
            if (auto cell = Smallest(other, viewer, positive)) return cell;
        }
        return std::nullopt;
    }

    // The work list: hiding a cell re-queues every equation it is in.
    void RepairLocally() {
        while (!queue_.empty()) {
            const std::uint32_t e = queue_.front();
            queue_.pop_front();
            queued_[e] = 0;
            while (const auto cell = RepairAnyViewer(e)) Hide(*cell);
        }
    }

    // What one viewer knows of a side's hidden cells beyond what the outsider knows: the cells it
    // knows whole (how many, their sum, how many of them have the side's highest threshold) and its
    // parts of the others.
    struct ViewerShare {
        std::int32_t viewer = kNoOwner;
        std::array<std::int64_t, 2> whole_cells{}, whole_at_max{}, less_sum{};
    };

    // Repair(eq, viewer) for the viewers of Viewers(eq) in that order, the first that finds a cell. The
    // same answer as asking each viewer in turn, but each viewer's tally is the outsider's minus what
    // that viewer knows, gathered in one pass over the hidden cells' owners and parts: an equation of
    // all providers has hundreds of cells and hundreds of viewers.
    std::optional<std::uint32_t> RepairAnyViewer(std::uint32_t e) {
        const std::array<Cells, 2> sides = {Lhs(e), Rhs(e)};
        std::array<SideTally, 2> outsider{};
        std::array<std::int64_t, 2> at_max{};
        for (std::size_t s = 0; s < 2; ++s) {
            for (const std::uint32_t cell : sides[s]) {
                if (!Hidden(cell)) continue;
                ++outsider[s].unknown;
                outsider[s].sum += table_.counts[cell];
                const std::int64_t threshold = Threshold(cell);
                if (threshold > outsider[s].threshold) {
                    outsider[s].threshold = threshold;
                    at_max[s] = 0;
                }
                if (threshold == outsider[s].threshold) ++at_max[s];
            }
        }
        if (outsider[0].unknown == 0 && outsider[1].unknown == 0) return std::nullopt;
        shares_.assign(1, ViewerShare{});
        const auto share_of = [this](std::int32_t viewer) -> ViewerShare& {
            std::int32_t& slot = share_slot_[static_cast<std::size_t>(viewer)];
            if (slot < 0) {
                slot = static_cast<std::int32_t>(shares_.size());
                shares_.push_back(ViewerShare{viewer, {}, {}, {}});
            }
            return shares_[static_cast<std::size_t>(slot)];
        };
        for (std::size_t s = 0; s < 2; ++s) {
            for (const std::uint32_t cell : sides[s]) {
                if (!Hidden(cell)) continue;
                const std::int64_t count = table_.counts[cell];
                const bool at_threshold = Threshold(cell) == outsider[s].threshold;
                const auto whole = [&](ViewerShare& share) {
                    ++share.whole_cells[s];
                    share.less_sum[s] += count;
                    if (at_threshold) ++share.whole_at_max[s];
                };
                const std::int32_t owner = Owner(cell);
                if (owner != kNoOwner) whole(share_of(owner));
                for (const CellPart& part : Parts(cell)) {
                    if (part.owner == owner) continue;
                    ViewerShare& share = share_of(part.owner);
                    if (part.count == count) {
                        whole(share);
                    } else {
                        share.less_sum[s] += part.count;
                    }
                }
            }
        }
        std::optional<std::uint32_t> found;
        for (const ViewerShare& share : shares_) {
            if (found) break;
            std::array<SideTally, 2> tally{};
            for (std::size_t s = 0; s < 2; ++s) {
                tally[s].unknown = outsider[s].unknown - static_cast<int>(share.whole_cells[s]);
                tally[s].sum = outsider[s].sum - share.less_sum[s];
                tally[s].threshold = outsider[s].threshold;
                // Every cell of the highest threshold is known to this viewer: the highest of the rest.
                if (tally[s].unknown > 0 && share.whole_at_max[s] == at_max[s]) {
                    tally[s].threshold = Tally(sides[s], share.viewer).threshold;
                }
            }
            if ((tally[0].unknown > 0) == (tally[1].unknown > 0)) continue;  // nothing hidden, or a difference
            const std::size_t h = tally[0].unknown > 0 ? 0 : 1;
            if (!ExposesHiddenCells(tally[h].unknown, tally[h].sum, tally[h].threshold)) continue;
            const bool sum_enough = tally[h].sum >= tally[h].threshold;
            found = Candidate(sides[h], sides[1 - h], share.viewer, sum_enough);
        }
        for (const ViewerShare& share : shares_) {
            if (share.viewer != kNoOwner) share_slot_[static_cast<std::size_t>(share.viewer)] = -1;
        }
        return found;
    }

    // --- What a reader of the statuses (an outsider, or an owner who also knows its own cells) can pin down.

    struct Saved {
        std::uint32_t cell;
        std::int64_t lo, hi;
    };
    struct Bounds {
        std::vector<std::int64_t> lo, hi;
        // When set, the first change to a cell saves its value before, so that Restore puts them back.
        std::vector<Saved>* saved = nullptr;
        std::vector<char>* saved_mark = nullptr;

        void Save(std::uint32_t cell) {
            if (!saved || (*saved_mark)[cell]) return;
            (*saved_mark)[cell] = 1;
            saved->push_back({cell, lo[cell], hi[cell]});
        }
        void Restore() {
            for (const Saved& s : *saved) {
                lo[s.cell] = s.lo;
                hi[s.cell] = s.hi;
                (*saved_mark)[s.cell] = 0;
            }
            saved->clear();
        }
    };

    // What the statuses alone say: a shown cell is exact, a primary one 1 .. threshold − 1 (from 0 where
    // a zero may be primary), a complementary one 0 or ≥ its threshold (the gap is applied in Tighten).
    Bounds StatusBounds() const {
        const std::size_t cells = status_.size();
        Bounds b{std::vector<std::int64_t>(cells, 0), std::vector<std::int64_t>(cells, kInfinity)};
        for (std::size_t i = 0; i < cells; ++i) {
            if (!OutOfView(static_cast<std::uint32_t>(i))) b.lo[i] = b.hi[i] = table_.counts[i];
            if (Unlabelled(static_cast<std::uint32_t>(i))) continue;
            if (status_[i] == Suppression::kPrimary) {
                const bool zero = !table_.zero_may_be_primary.empty() && table_.zero_may_be_primary[i];
                b.lo[i] = zero ? 0 : 1;
                b.hi[i] = Threshold(static_cast<std::uint32_t>(i)) - 1;
            }
        }
        return b;
    }

    // Carries the bounds through the equations, starting with `equations` and re-checking every
    // equation of a cell whose bounds tighten, until nothing tightens.
    void Propagate(Bounds& b, const std::vector<std::uint32_t>& equations) const {
        std::deque<std::uint32_t> queue;
        std::vector<char>& queued = propagating_;  // all 0 between calls: every queued equation is taken off
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
            const Cells left = Lhs(e), right = Rhs(e);
            SideSums lhs = Sum(left, b);
            const SideSums rhs = Sum(right, b);
            Tighten(left, lhs, rhs, b, changed);
            if (!changed.empty()) lhs = Sum(left, b);  // only the left side's cells can have changed
            Tighten(right, rhs, lhs, b, changed);
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

    // A side's bounds summed: the lower bounds, the finite upper bounds, how many are unbounded, and
    // the widest range (hi − lo) of a cell not yet pinned.
    struct SideSums {
        std::int64_t lo = 0, hi = 0, widest = 0;
        int unbounded = 0;
    };
    static SideSums Sum(Cells side, const Bounds& b) {
        SideSums s;
        for (const std::uint32_t c : side) {
            s.lo += b.lo[c];
            b.hi[c] >= kInfinity ? void(++s.unbounded) : void(s.hi += b.hi[c]);
            s.widest = std::max(s.widest, b.hi[c] - b.lo[c]);
        }
        return s;
    }

    // Σ same = Σ other, so each cell of `same` = Σ other − the rest of `same`: bounds from bounds.
    void Tighten(Cells same, const SideSums& same_sums, const SideSums& other_sums, Bounds& b,
                 std::vector<std::uint32_t>& changed) const {
        const std::int64_t other_lo = other_sums.lo, other_hi = other_sums.hi, same_lo = same_sums.lo,
                           same_hi = same_sums.hi;
        const int other_unbounded = other_sums.unbounded, same_unbounded = same_sums.unbounded;
        if (all_unlabelled_) {
            // Without labels there is no gap rule, so a cell tightens only when the equation gives it a
            // narrower range than it has: an upper bound needs a bounded other side and a cell wider
            // than other_hi − same_lo; a lower bound needs at most one unbounded cell here (this one),
            // and if none, a cell wider than same_hi − other_lo. Else the cells need not be read (a
            // provider equation has hundreds).
            const bool upper = other_unbounded == 0 && same_sums.widest > other_hi - same_lo;
            const bool lower = same_unbounded == 1 || (same_unbounded == 0 && same_sums.widest > same_hi - other_lo);
            if (!upper && !lower) return;
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
            if (status_[c] == Suppression::kComplementary && !Unlabelled(c)) {
                if (new_lo >= 1) new_lo = std::max(new_lo, Threshold(c));
                if (new_hi < Threshold(c)) new_hi = std::min<std::int64_t>(new_hi, 0);
            }
            if (new_lo > b.lo[c] || new_hi < b.hi[c]) {
                b.Save(c);
                b.lo[c] = std::max(b.lo[c], new_lo);
                b.hi[c] = std::min(b.hi[c], new_hi);
                changed.push_back(c);
            }
        }
    }

    // Hidden cells the outsider cannot read but the bounds pin to one positive value. A hidden 0 may
    // be pinned: a 0 is shown anyway (it singles out nobody), and the propagation has already drawn
    // every conclusion that knowing it allows. But a forced 0 (a 0 % or 100 % share of a small group)
    // must not be read off.
    std::vector<std::uint32_t> OutsiderPins(const Bounds& b) const {
        std::vector<std::uint32_t> pinned;
        for (std::uint32_t i = 0; i < status_.size(); ++i) {
            if (!OutOfView(i) || b.lo[i] < b.hi[i]) continue;
            // A forced 0, and a 0 out of view with its leader, say something about a hidden group.
            const bool forced_zero = (status_[i] == Suppression::kPrimary && table_.counts[i] == 0) || LeaderHidden(i);
            if (b.hi[i] <= 0 && !forced_zero) continue;
            pinned.push_back(i);
        }
        return pinned;
    }

    // A complementary 0 that the outsider's bounds pin to 0 protects nothing: every reader can work it
    // out. It is shown instead, and never chosen again (so this ends). Its value was already part of
    // the bounds, so showing it pins nothing new.
    bool ShowPinnedZeros(const Bounds& outsider) {
        bool shown = false;
        for (std::uint32_t i = 0; i < status_.size(); ++i) {
            if (status_[i] != Suppression::kComplementary || table_.counts[i] != 0 || LeaderHidden(i)) continue;
            if (outsider.lo[i] != 0 || outsider.hi[i] != 0) continue;
            status_[i] = Suppression::kNone;
            shown_zero_[i] = 1;
            for (const std::uint32_t e : equations_of_[i]) Queue(e);
            shown = true;
        }
        return shown;
    }

    // The same for an owner, leaving out what the outsider pins already and a value that is only the
    // owner's own part (an owner who pins a forced 0 learns only that the others' part is 0 too,
    // "nobody else"). `own` differs from the outsider's bounds only in the `saved` cells, which hold
    // the outsider's values: where the owner's knowledge left a cell's bounds as they were, it pins
    // the cell only if the outsider does, so only the saved cells can be pins.
    std::vector<std::uint32_t> OwnerPins(const Bounds& own, std::int32_t owner, const std::vector<Saved>& saved) const {
        std::vector<std::uint32_t> pinned;
        for (const Saved& s : saved) {
            const std::uint32_t i = s.cell;
            if (!OutOfView(i) || KnowsWhole(i, owner) || own.lo[i] < own.hi[i]) continue;
            if (own.hi[i] - Part(i, owner) <= 0) continue;
            if (s.lo >= s.hi) continue;
            pinned.push_back(i);
        }
        std::sort(pinned.begin(), pinned.end());
        return pinned;
    }

    // Hides one more cell next to a pinned one: in an equation where the pinned cell's side holds
    // all its hidden cells if there is one (that is where exact bounds come from), else in any.
    bool RepairPin(std::uint32_t pinned, std::int32_t viewer) {
        for (const bool one_sided : {true, false}) {
            for (const std::uint32_t e : equations_of_[pinned]) {
                const Cells lhs = Lhs(e), rhs = Rhs(e);
                const bool on_left = std::find(lhs.begin(), lhs.end(), pinned) != lhs.end();
                const Cells same = on_left ? lhs : rhs;
                const Cells other = on_left ? rhs : lhs;
                if (one_sided && Tally(other, viewer).unknown > 0) continue;
                if (const auto cell = Candidate(same, other, viewer)) {
                    Hide(*cell);
                    return true;
                }
            }
        }
        // Every cell beside it is hidden already: the bounds come from further away. Hide the nearest
        // shown cell the viewer does not know, going out equation by equation (each round hides one
        // more cell, so this ends).
        std::vector<char> seen_cell(status_.size(), 0), seen_equation(table_.equations.size(), 0);
        std::deque<std::uint32_t> cells = {pinned};
        seen_cell[pinned] = 1;
        while (!cells.empty()) {
            const std::uint32_t cell = cells.front();
            cells.pop_front();
            for (const std::uint32_t e : equations_of_[cell]) {
                if (seen_equation[e]) continue;
                seen_equation[e] = 1;
                if (const auto candidate = Candidate(Lhs(e), Rhs(e), viewer)) {
                    Hide(*candidate);
                    return true;
                }
                for (const Cells side : {Lhs(e), Rhs(e)}) {
                    for (const std::uint32_t next : side) {
                        if (!seen_cell[next]) {
                            seen_cell[next] = 1;
                            cells.push_back(next);
                        }
                    }
                }
            }
        }
        return false;
    }

    const ConstraintTable& table_;
    std::int64_t min_count_;
    FlatLists equations_of_;  // per cell: the equations it is in
    FlatLists sides_;         // per equation e: its lhs (list 2e) and rhs (list 2e + 1)
    std::vector<Suppression> status_;
    std::vector<char> queued_;
    std::deque<std::uint32_t> queue_;
    mutable std::vector<char> propagating_;  // Propagate's queued marks, all 0 between calls
    bool all_unlabelled_ = false;            // no cell's status is published: no bounds from labels
    std::vector<char> saved_mark_;           // Bounds::Save's marks, all 0 outside an owner's look
    std::vector<char> shown_zero_;           // complementary 0s shown because every reader can work them out
    std::vector<ViewerShare> shares_;        // RepairAnyViewer's viewers, the outsider first
    std::vector<std::int32_t> share_slot_;   // per owner: its index in shares_, or -1 (all -1 between calls)
};

}  // namespace

bool ExposesHiddenCells(std::int64_t cells, std::int64_t sum, std::int64_t threshold) {
    return cells == 1 || (cells > 1 && sum < threshold);
}

Result<std::vector<Suppression>> SuppressConstraintTable(const ConstraintTable& table,
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
    if (!table.min_counts.empty() && table.min_counts.size() != cells) {
        return Fail(ErrorCode::kInvalidArgument, "er moet per cel één drempel zijn", "min_counts");
    }
    for (const std::int64_t m : table.min_counts) {
        if (m < 1) return Fail(ErrorCode::kInvalidArgument, "de drempel moet ten minste 1 zijn", "min_counts");
    }
    if (!table.known.empty()) {
        if (table.known.size() != cells) {
            return Fail(ErrorCode::kInvalidArgument, "er moet per cel één regel zijn", "known");
        }
        for (std::size_t i = 0; i < cells; ++i) {
            if (table.known[i] && (table.counts[i] != 0 || (!table.forced.empty() && table.forced[i]))) {
                return Fail(ErrorCode::kInvalidArgument, "alleen een 0 die niet verborgen wordt kan bekend zijn",
                            "known");
            }
        }
    }
    if (!table.follows.empty()) {
        if (table.follows.size() != cells) {
            return Fail(ErrorCode::kInvalidArgument, "er moet per cel één regel zijn", "follows");
        }
        for (std::size_t i = 0; i < cells; ++i) {
            const std::int64_t leader = table.follows[i];
            if (leader < -1 || leader >= static_cast<std::int64_t>(cells) || leader == static_cast<std::int64_t>(i)) {
                return Fail(ErrorCode::kInvalidArgument, "een cel volgt een cel die niet bestaat", "follows");
            }
        }
    }
    if ((!table.forced.empty() && table.forced.size() != cells) ||
        (!table.zero_may_be_primary.empty() && table.zero_may_be_primary.size() != cells) ||
        (!table.unlabelled.empty() && table.unlabelled.size() != cells)) {
        return Fail(ErrorCode::kInvalidArgument, "er moet per cel één regel zijn", "forced");
    }
    for (std::size_t i = 0; i < table.forced.size(); ++i) {
        const std::int64_t threshold = table.min_counts.empty() ? options.min_count : table.min_counts[i];
        if (table.forced[i] && table.counts[i] >= threshold) {
            return Fail(ErrorCode::kInvalidArgument, "een cel wordt alleen onder haar drempel altijd verborgen",
                        "forced");
        }
    }
    if (!table.part_offsets.empty() || !table.parts.empty()) {
        if (table.part_offsets.size() != cells + 1 || table.part_offsets.front() != 0 ||
            table.part_offsets.back() != table.parts.size()) {
            return Fail(ErrorCode::kInvalidArgument, "de delen per cel kloppen niet", "parts");
        }
        for (std::size_t i = 0; i < cells; ++i) {
            if (table.part_offsets[i] > table.part_offsets[i + 1]) {
                return Fail(ErrorCode::kInvalidArgument, "de delen per cel kloppen niet", "parts");
            }
            for (std::uint32_t k = table.part_offsets[i]; k < table.part_offsets[i + 1]; ++k) {
                const CellPart& part = table.parts[k];
                const bool ordered = k == table.part_offsets[i] || table.parts[k - 1].owner < part.owner;
                if (part.owner < 0 || part.count <= 0 || part.count > table.counts[i] || !ordered) {
                    return Fail(ErrorCode::kInvalidArgument, "een deel van een cel ligt niet binnen de cel", "parts");
                }
            }
        }
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
    Suppressor suppressor(table, options, equations_of);
    if (!options.complementary) return suppressor.Primary();
    return suppressor.Run(options.published_statuses);
}

}  // namespace kompas::engine
