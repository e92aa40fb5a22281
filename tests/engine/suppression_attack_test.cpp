// Suppression of the outcome indicators: the constraint-table suppressor on its own, and an attack on
// a realistic random municipality. The attacker is written independently of the suppressor: it
// knows only what one user can download (the municipality report in both granularities) and the
// sums any careful reader knows, and tries to compute hidden base counts back.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/outcome_indicators.hpp"
#include "engine/outcome_suppression.hpp"

namespace kompas::engine {
namespace {

using S = Suppression;

// --- The constraint-table suppressor -------------------------------------------------------------

ConstraintTable Group(std::int64_t total, const std::vector<std::int64_t>& parts) {
    ConstraintTable t;
    t.counts.push_back(total);
    LinearEquation eq{{0}, {}};
    for (const std::int64_t p : parts) {
        eq.rhs.push_back(static_cast<std::uint32_t>(t.counts.size()));
        t.counts.push_back(p);
    }
    t.equations.push_back(eq);
    return t;
}

TEST(ConstraintSuppression, OneSmallCellTakesTheSmallestOtherWithIt) {
    // 60 = 20 + 3 + 25 + 12: 3 is primary and would be 60 − 20 − 25 − 12, so 12 (the smallest
    // other) goes too; 3 + 12 = 15 is no small group.
    EXPECT_EQ(*SuppressConstraintTable(Group(60, {20, 3, 25, 12})),
              (std::vector<S>{S::kNone, S::kNone, S::kPrimary, S::kNone, S::kComplementary}));
}

TEST(ConstraintSuppression, HiddenCellsMustAddUpToTheThreshold) {
    // 49 = 1 + 2 + 6 + 40: 1 and 2 are primary (sum 3), 6 joins (sum 9, still < 10), then 40.
    EXPECT_EQ(*SuppressConstraintTable(Group(49, {1, 2, 6, 40})),
              (std::vector<S>{S::kNone, S::kPrimary, S::kPrimary, S::kPrimary, S::kComplementary}));
    // 3 + 8 = 11 ≥ 10: two primary cells protect each other.
    EXPECT_EQ(*SuppressConstraintTable(Group(31, {3, 8, 20})),
              (std::vector<S>{S::kNone, S::kPrimary, S::kPrimary, S::kNone}));
}

TEST(ConstraintSuppression, ZerosAreShownAndChosenLast) {
    // 15 = 0 + 3 + 12: hiding the 0 next to the 3 would still give away 3; 12 goes instead.
    EXPECT_EQ(*SuppressConstraintTable(Group(15, {0, 3, 12})),
              (std::vector<S>{S::kNone, S::kNone, S::kPrimary, S::kComplementary}));
}

TEST(ConstraintSuppression, RowsAndColumnsUntilStable) {
    // 2 × 2 with margins:   a=12 b=3 | 15      cells 0 1 | 4
    //                       c=20 d=25| 45            2 3 | 5
    //                       32   28  | 60            6 7 | 8
    // b primary → a (row); then column 0 has a hidden alone → c; row 1 has c alone → d; column 1
    // has b + d = 28 and column 0 a + c = 32: stable.
    ConstraintTable t;
    t.counts = {12, 3, 20, 25, 15, 45, 32, 28, 60};
    t.equations = {{{4}, {0, 1}}, {{5}, {2, 3}}, {{6}, {0, 2}}, {{7}, {1, 3}}, {{8}, {4, 5}}, {{8}, {6, 7}}};
    const auto s = *SuppressConstraintTable(t);
    EXPECT_EQ(s, (std::vector<S>{S::kComplementary, S::kPrimary, S::kComplementary, S::kComplementary, S::kNone,
                                 S::kNone, S::kNone, S::kNone, S::kNone}));
}

TEST(ConstraintSuppression, TwoSidedStockAndFlow) {
    // ongoing1 + ended = ongoing0 + started: 20 + 4 = 14 + 10. ended is primary; hiding ongoing1 on
    // the same side makes the known sum 24.
    ConstraintTable t;
    t.counts = {20, 4, 14, 10};
    t.equations = {{{0, 1}, {2, 3}}};
    EXPECT_EQ(*SuppressConstraintTable(t), (std::vector<S>{S::kComplementary, S::kPrimary, S::kNone, S::kNone}));
}

TEST(ConstraintSuppression, PublishedStatusesCannotPinACellDown) {
    // ongoing 10 + ended 1 = started 11. The rules alone hide ended (primary) and ongoing (sum 11).
    // But a reader who sees "primary" knows ended is 1..9, and "complementary" means ongoing is 0 or
    // ≥ 10: with a sum of 11 only 10 + 1 fits. So started has to go as well.
    ConstraintTable t;
    t.counts = {10, 1, 11};
    t.equations = {{{0, 1}, {2}}};
    ConstraintSuppressionOptions rules_only;
    rules_only.published_statuses = false;
    EXPECT_EQ(*SuppressConstraintTable(t, rules_only), (std::vector<S>{S::kComplementary, S::kPrimary, S::kNone}));
    EXPECT_EQ(*SuppressConstraintTable(t), (std::vector<S>{S::kComplementary, S::kPrimary, S::kComplementary}));
}

TEST(ConstraintSuppression, OwnersCannotSubtractTheirOwnCells) {
    // 40 = A 5 + B 20 + C 15 with each part owned by its provider. Against outsiders hiding C is
    // enough, but C knows C and would find A = 40 − 20 − 15: so B goes too.
    ConstraintTable t = Group(40, {5, 20, 15});
    t.owners = {kNoOwner, 0, 1, 2};
    EXPECT_EQ(*SuppressConstraintTable(t),
              (std::vector<S>{S::kNone, S::kPrimary, S::kComplementary, S::kComplementary}));
    // Without owners only C.
    t.owners.clear();
    EXPECT_EQ(*SuppressConstraintTable(t), (std::vector<S>{S::kNone, S::kPrimary, S::kNone, S::kComplementary}));
    // Two providers: the other one always knows the total minus its own, so the total goes.
    ConstraintTable two = Group(25, {5, 20});
    two.owners = {kNoOwner, 0, 1};
    EXPECT_EQ(*SuppressConstraintTable(two), (std::vector<S>{S::kComplementary, S::kPrimary, S::kComplementary}));
}

TEST(ConstraintSuppression, ExposureIsOneHiddenCellOrASmallHiddenSum) {
    EXPECT_TRUE(ExposesHiddenCells(1, 25, 10));   // one cell: its value is known, whatever it is
    EXPECT_TRUE(ExposesHiddenCells(2, 9, 10));    // "these 9"
    EXPECT_FALSE(ExposesHiddenCells(2, 10, 10));  // ten people together single out nobody
    EXPECT_FALSE(ExposesHiddenCells(0, 0, 10));   // nothing hidden
}

TEST(ConstraintSuppression, AShownTotalThatLeavesOneOwnerAFewOthersIsHidden) {
    // 40 = A 35 + B 5, and A knows its 35 of the total too: 40 − 35 would tell A that B has 5. The
    // total goes (dominance). B, knowing its own 5, could then still compute the total from A's row:
    // one unknown cell counts as exposed whatever it says, so A's row goes as well (cautious: the
    // total tells B nothing that A's row does not).
    ConstraintTable t = Group(40, {35, 5});
    t.owners = {kNoOwner, 0, 1};
    t.part_offsets = {0, 2, 2, 2};
    t.parts = {{0, 35}, {1, 5}};
    EXPECT_EQ(*SuppressConstraintTable(t), (std::vector<S>{S::kComplementary, S::kComplementary, S::kPrimary}));
    // Without the parts the total goes all the same, for the older reason: with two owners, A would
    // read B's row off the total minus its own.
    t.part_offsets.clear();
    t.parts.clear();
    EXPECT_EQ((*SuppressConstraintTable(t))[0], S::kComplementary);
}

TEST(ConstraintSuppression, NumeratorsHaveTheirOwnThresholdAndForcedZeros) {
    // 12 ended = 8 planned + 4 not: with threshold 5 for the numerators the 4 is primary and the 8
    // goes with it; with threshold 10 for both, the 8 would be primary on its own.
    ConstraintTable t = Group(12, {8, 4});
    t.min_counts = {10, 5, 5};
    EXPECT_EQ(*SuppressConstraintTable(t), (std::vector<S>{S::kNone, S::kComplementary, S::kPrimary}));
    // 0 of 12: the forced 0 is primary and the 12 beside it goes too.
    ConstraintTable zero = Group(12, {0, 12});
    zero.min_counts = {10, 5, 5};
    zero.forced = {0, 1, 0};
    zero.zero_may_be_primary = {0, 1, 1};
    EXPECT_EQ(*SuppressConstraintTable(zero), (std::vector<S>{S::kNone, S::kPrimary, S::kComplementary}));
    // A forced cell must lie below its threshold, and a part within its cell.
    zero.forced = {0, 0, 1};
    EXPECT_FALSE(SuppressConstraintTable(zero).has_value());
    ConstraintTable bad_part = Group(10, {10});
    bad_part.part_offsets = {0, 1, 1};
    bad_part.parts = {{0, 11}};
    EXPECT_FALSE(SuppressConstraintTable(bad_part).has_value());
}

TEST(ConstraintSuppression, PrimaryOnlyAndInvalidInput) {
    EXPECT_EQ(*SuppressConstraintTable(Group(60, {20, 3, 25, 12}), {10, false}),
              (std::vector<S>{S::kNone, S::kNone, S::kPrimary, S::kNone, S::kNone}));
    EXPECT_FALSE(SuppressConstraintTable(Group(1, {-1, 2})).has_value());
    EXPECT_EQ(SuppressConstraintTable(Group(1, {1}), {0, true}).error().field, "min_count");
    ConstraintTable bad = Group(5, {5});
    bad.equations.push_back({{0}, {7}});
    EXPECT_FALSE(SuppressConstraintTable(bad).has_value());
    ConstraintTable twice = Group(10, {5});
    twice.equations.push_back({{0}, {1, 1}});
    EXPECT_FALSE(SuppressConstraintTable(twice).has_value());
    ConstraintTable owners = Group(10, {5});
    owners.owners = {0};
    EXPECT_FALSE(SuppressConstraintTable(owners).has_value());
}

// --- A realistic random municipality -------------------------------------------------------------

constexpr const char* kTarget = "GM0363";
constexpr const char* kReference = "2025-03-01";

// 3 providers × 5 help forms × 4 years (2021-2024) of the target municipality's residents, with
// 0 .. max_starts starts per provider, help form and year (small on purpose), plus a neighbouring
// municipality whose trajectories share clients (re-entries across municipalities).
TrajectoryTable RandomTable(unsigned seed, int max_starts) {
    std::mt19937 rng(seed);
    const auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    const auto code = [](int value, bool present) { return static_cast<std::uint8_t>(present ? value : 0); };
    const std::vector<std::string> providers = {"10000001", "10000002", "10000003"};
    const std::vector<std::string> forms = {"01", "02", "03", "11", "12"};
    const Day reference = *ParseDay(kReference);
    TrajectoryTable t;
    std::uint32_t clients = 0;
    for (const char* municipality : {kTarget, "GM0344"}) {
        for (const std::string& provider : providers) {
            for (const std::string& form : forms) {
                for (int year = 2021; year <= 2024; ++year) {
                    const int starts = uniform(0, max_starts);
                    for (int k = 0; k < starts; ++k) {
                        const Day start = *ParseDay(std::to_string(year) + "-01-01") + uniform(0, 364);
                        Day end = start + uniform(0, 700);
                        if (chance(0.15) || end > reference) end = kNoDay;
                        const bool ended = end != kNoDay;
                        const bool returning = clients > 0 && chance(0.2);
                        t.client.push_back(returning ? static_cast<std::uint32_t>(uniform(0, int(clients) - 1))
                                                     : clients++);
                        t.municipality.push_back(t.municipalities.Intern(municipality));
                        t.provider.push_back(t.providers.Intern(provider));
                        t.help_form.push_back(static_cast<std::uint8_t>(t.help_forms.Intern(form)));
                        t.start_day.push_back(start);
                        t.end_day.push_back(end);
                        t.reason.push_back(code(chance(0.6) ? 1 : uniform(2, 5), ended));
                        t.without_help_youth.push_back(code(uniform(1, 4), ended && chance(0.5)));
                        t.without_help_parent.push_back(code(uniform(1, 4), ended && chance(0.4)));
                        t.satisfaction_youth.push_back(code(uniform(1, 10), ended && chance(0.5)));
                        t.satisfaction_parent.push_back(code(uniform(1, 10), ended && chance(0.4)));
                    }
                }
            }
        }
    }
    t.Finish();
    return t;
}

OutcomeReport Download(const TrajectoryTable& t, Granularity g, bool suppress, bool complementary = true) {
    OutcomeQuery q;
    q.scope = OutcomeQuery::Scope::kMunicipality;
    q.code = kTarget;
    q.granularity = g;
    q.reference_date = *ParseDay(kReference);
    q.suppress = suppress;
    q.complementary = complementary;
    return *ComputeOutcomes(t, q);
}

// What one user can download: both granularities.
struct Downloads {
    OutcomeReport year;
    OutcomeReport half;
};

Downloads DownloadAll(const TrajectoryTable& t, bool suppress, bool complementary = true) {
    return {Download(t, Granularity::kYear, suppress, complementary),
            Download(t, Granularity::kHalfYear, suppress, complementary)};
}

// --- The attacker ----------------------------------------------------------------------------------
//
// Cells are named "family|group|period" with group "form:01", "form:all", "provider:10000001" or
// "others" (the providers published together as "overige aanbieders"). A
// published figure gives its counts: started, ended (also planned.denominator), ongoing, planned
// (planned.numerator, and no_reentry.denominator, which counts the same trajectories), sat (satisfaction.n), wh
// (without_help.denominator), wh_yes (without_help.numerator), nr_yes (no_reentry.numerator); unplanned, wh_no and
// nr_no are what the shown counts leave of their base. A (group, period) without a row has nothing
// started, ended or ongoing: all 0. Equations, each Σ lhs = Σ rhs: help forms add up to all;
// providers and "others" add up to all; H1 + H2 = year (flows); ongoing(year) = ongoing(H2); ongoing(p) + ended(p)
// = ongoing(p − 1) + started(p), with nothing ongoing before the first year; ended = planned +
// unplanned, wh = wh_yes + wh_no, planned = nr_yes + nr_no. A provider insider also knows its own
// part of every help-form cell: the cell is then its part plus an unknown "rest" of the others.
class Attacker {
public:
    using Cells = std::map<std::string, std::int64_t>;

    explicit Attacker(const Downloads& d) : Attacker(std::vector<const Downloads*>{&d}) {}

    // Several downloads of the same figures (before and after an upload, say) read together.
    explicit Attacker(const std::vector<const Downloads*>& downloads) {
        for (const Downloads* d : downloads) {
            Read(d->year);
            Read(d->half);
        }
        Complete();
        BuildEquations();
    }

    // An insider knows some cells whatever is published (a provider its own figures).
    void Know(const std::string& cell, std::int64_t value) { known_[Id(cell)] = value; }

    // An insider knows its own part of a published cell: cell = part + rest, the rest an unknown
    // named "rest|" + cell, which counts as hidden.
    void KnowPart(const std::string& cell, std::int64_t part) {
        if (ids_.find(cell) == ids_.end()) return;  // not a cell of the report
        const std::size_t part_id = Id("part|" + cell);
        known_[part_id] = part;
        const std::size_t rest = Id("rest|" + cell);
        hidden_[rest] = true;
        uninformative_.insert(rest);  // no label speaks of it
        equations_.push_back({{Id(cell)}, {part_id, rest}});
    }

    // Solves equations with one unknown (or whose unknowns must all be 0) until nothing changes.
    void Solve() {
        for (bool progress = true; progress;) {
            progress = false;
            for (const Equation& eq : equations_) {
                const auto residual = Residual(eq);
                if (!residual) continue;
                const auto& [unknowns, value] = *residual;
                if (unknowns.size() == 1 || value == 0) {
                    for (const std::size_t u : unknowns) known_[u] = unknowns.size() == 1 ? value : 0;
                    progress = true;
                }
            }
        }
    }

    // Hidden cells whose value is now known, apart from those whose name contains `own`.
    Cells Recovered(const std::string& own = {}) const {
        Cells out;
        for (std::size_t i = 0; i < names_.size(); ++i) {
            if (names_[i].starts_with("rest|")) continue;  // see SmallRests
            if (hidden_[i] && known_[i] && !Owns(own, i)) out[names_[i]] = *known_[i];
        }
        return out;
    }

    // Equations that leave a known sum of unknowns below their threshold ("these 6 people"), after Solve().
    std::vector<std::string> SmallSums() const {
        std::vector<std::string> out;
        for (const Equation& eq : equations_) {
            const auto residual = Residual(eq);
            if (!residual) continue;
            std::int64_t threshold = 0;
            for (const std::size_t u : residual->first) threshold = std::max(threshold, Threshold(u));
            if (residual->second < threshold) {
                std::string names;
                for (const std::size_t u : residual->first) names += names_[u] + " ";
                out.push_back(names + "= " + std::to_string(residual->second));
            }
        }
        return out;
    }

    // The stronger attack: reading the statuses, a primary cell is 1..9 and a complementary one 0 or
    // ≥ 10. Bounds carried through every equation until nothing tightens; returns the hidden cells
    // (not `own`) pinned to one positive value. (A hidden 0 pinned down says "nobody", which the
    // tables publish freely anyway.)
    Cells Pinned(const std::string& own = {}) const {
        constexpr std::int64_t kInf = std::int64_t{1} << 40;
        const std::size_t n = names_.size();
        std::vector<std::int64_t> lo(n, 0), hi(n, kInf);
        for (std::size_t i = 0; i < n; ++i) {
            if (known_[i]) lo[i] = hi[i] = *known_[i];
            if (!known_[i] && primary_.count(i)) {
                lo[i] = ZeroMayBePrimary(i) ? 0 : 1;
                hi[i] = Threshold(i) - 1;
            }
        }
        int rounds = 0;
        for (bool changed = true; changed;) {
            changed = false;
            if (++rounds > 100000) {  // bounds that never settle mean the reading of the labels is wrong
                ADD_FAILURE() << "the bounds do not settle";
                break;
            }
            for (const Equation& eq : equations_) {
                for (const bool left : {true, false}) {
                    const auto& same = left ? eq.lhs : eq.rhs;
                    const auto& other = left ? eq.rhs : eq.lhs;
                    // c = Σ other − (Σ same − c), with sums of bounds; an unbounded cell spoils an upper sum.
                    std::int64_t other_lo = 0, other_hi = 0, same_lo = 0, same_hi = 0;
                    int other_open = 0, same_open = 0;
                    for (const std::size_t c : other) {
                        other_lo += lo[c];
                        if (hi[c] >= kInf) {
                            ++other_open;
                        } else {
                            other_hi += hi[c];
                        }
                    }
                    for (const std::size_t c : same) {
                        same_lo += lo[c];
                        if (hi[c] >= kInf) {
                            ++same_open;
                        } else {
                            same_hi += hi[c];
                        }
                    }
                    for (const std::size_t c : same) {
                        if (lo[c] == hi[c]) continue;
                        const bool open = hi[c] >= kInf;
                        std::int64_t new_lo = lo[c];
                        std::int64_t new_hi = hi[c];
                        if (same_open - (open ? 1 : 0) == 0) {
                            new_lo = std::max(new_lo, other_lo - (same_hi - (open ? 0 : hi[c])));
                        }
                        if (other_open == 0) new_hi = std::min(new_hi, other_hi - (same_lo - lo[c]));
                        if (!primary_.count(c) && !uninformative_.count(c)) {  // complementary: 0 or ≥ threshold
                            if (new_lo >= 1) new_lo = std::max(new_lo, Threshold(c));
                            if (new_hi < Threshold(c)) new_hi = 0;
                        }
                        if (new_lo != lo[c] || new_hi != hi[c]) {
                            lo[c] = new_lo;
                            hi[c] = new_hi;
                            changed = true;
                        }
                    }
                }
            }
        }
        Cells out;
        for (std::size_t i = 0; i < n; ++i) {
            if (hidden_[i] && !known_[i] && lo[i] == hi[i] && lo[i] > 0 && !Owns(own, i)) out[names_[i]] = lo[i];
        }
        return out;
    }

    // The others' rests an insider knows (solved, or from a shown cell) that are small: 1 .. threshold − 1.
    Cells SmallRests() const {
        Cells out;
        for (std::size_t i = 0; i < names_.size(); ++i) {
            if (!names_[i].starts_with("rest|") || !known_[i]) continue;
            if (*known_[i] > 0 && *known_[i] < Threshold(i)) out[names_[i]] = *known_[i];
        }
        return out;
    }

    bool IsHidden(const std::string& cell) const {
        const auto it = ids_.find(cell);
        return it != ids_.end() && hidden_[it->second];
    }

    std::size_t HiddenCount() const {
        return static_cast<std::size_t>(std::count(hidden_.begin(), hidden_.end(), true));
    }
    const std::vector<std::string>& providers() const { return provider_codes_; }

private:
    struct Equation {
        std::vector<std::size_t> lhs, rhs;
    };

    static constexpr const char* kFamilies[] = {"started",   "ended",  "ongoing", "planned", "sat",  "wh",
                                                "unplanned", "wh_yes", "wh_no",   "nr_yes",  "nr_no"};

    static std::string FamilyOf(const std::string& name) {
        const std::string bare = name.starts_with("rest|") ? name.substr(5) : name;
        return bare.substr(0, bare.find('|'));
    }
    static bool IsNumerator(const std::string& family) {
        return family == "unplanned" || family == "wh_yes" || family == "wh_no" || family == "nr_yes" ||
               family == "nr_no";
    }
    std::int64_t Threshold(std::size_t i) const {
        return IsNumerator(FamilyOf(names_[i])) ? kNumeratorMinCount : kOutcomeMinCount;
    }
    bool ZeroMayBePrimary(std::size_t i) const {
        const std::string family = FamilyOf(names_[i]);
        return family == "planned" || IsNumerator(family);
    }

    bool Owns(const std::string& own, std::size_t i) const {
        return !own.empty() && names_[i].find(own) != std::string::npos;
    }

    std::size_t Id(const std::string& name) {
        const auto [it, inserted] = ids_.try_emplace(name, names_.size());
        if (inserted) {
            names_.push_back(name);
            known_.push_back(std::nullopt);
            hidden_.push_back(false);
        }
        return it->second;
    }
    std::size_t Cell(const std::string& family, const std::string& group, const std::string& period) {
        return Id(family + "|" + group + "|" + period);
    }

    // `own_label`: the status speaks of this cell's own base count. A figure hidden because its row's
    // ended count is hidden carries that count's label, which says nothing about its own base.
    void Publish(const std::string& family, const std::string& group, const std::string& period,
                 std::optional<std::int64_t> value, Suppression status, bool own_label = true) {
        const std::size_t id = Cell(family, group, period);
        if (!labels_published_) own_label = false;
        if (!own_label && !value && !primary_.count(id)) uninformative_.insert(id);
        if (status == Suppression::kPrimary && own_label) {
            primary_.insert(id);
            uninformative_.erase(id);
        }
        if (value) {
            known_[id] = *value;
            hidden_[id] = false;
        } else if (!known_[id]) {
            hidden_[id] = true;
        }
    }

    // A hidden count of a share carries no label (neither primary nor complementary): its numerator
    // and complement are hidden and nothing more is said of them.
    void PublishCount(const std::string& numerator, const std::string& complement, const std::string& group,
                      const std::string& period, const ShareFigure& f) {
        if (!f.numerator_hidden) {
            Publish(numerator, group, period, f.numerator, S::kNone);
            Publish(complement, group, period, *f.denominator - *f.numerator, S::kNone);
            return;
        }
        Publish(numerator, group, period, std::nullopt, S::kComplementary, /*own_label=*/false);
        Publish(complement, group, period, std::nullopt, S::kComplementary, /*own_label=*/false);
    }

    void ReadFigures(const OutcomeFigures& f, const std::string& group, const std::string& period) {
        periods_.insert(period);
        Publish("started", group, period, f.started.value, f.started.suppression);
        Publish("ended", group, period, f.ended.value, f.ended.suppression);
        Publish("ended", group, period, f.planned.denominator, S::kNone);
        Publish("ongoing", group, period, f.ongoing.value, f.ongoing.suppression);
        const bool own = f.ended.suppression == S::kNone;
        Publish("sat", group, period, f.satisfaction.n, f.satisfaction.suppression, own);
        Publish("wh", group, period, f.without_help.denominator, f.without_help.suppression, own);
        Publish("planned", group, period, f.no_reentry.denominator, f.no_reentry.suppression, own);
        // A hidden base hides its numerator and complement too, which says nothing of them.
        const auto split = [&](const char* numerator, const char* complement, const ShareFigure& share) {
            if (share.suppression == S::kNone) {
                PublishCount(numerator, complement, group, period, share);
                return;
            }
            Publish(numerator, group, period, std::nullopt, share.suppression, false);
            Publish(complement, group, period, std::nullopt, share.suppression, false);
        };
        split("planned", "unplanned", f.planned);
        split("wh_yes", "wh_no", f.without_help);
        split("nr_yes", "nr_no", f.no_reentry);
    }

    void Read(const OutcomeReport& r) {
        for (const OutcomeRow& row : r.rows) {
            if (row.help_form != "all") forms_.insert(row.help_form);
            ReadFigures(row.figures, "form:" + row.help_form, row.period);
        }
        for (const ProviderRow& row : r.providers) {
            if (std::find(provider_codes_.begin(), provider_codes_.end(), row.provider) == provider_codes_.end()) {
                provider_codes_.push_back(row.provider);
            }
            ReadFigures(row.figures, "provider:" + row.provider, row.period);
        }
        for (const OtherProvidersRow& row : r.other_providers) ReadFigures(row.figures, "others", row.period);
        others_ = others_ || r.other_provider_count > 0;
    }

    std::vector<std::string> Groups() const {
        std::vector<std::string> groups = {"form:all"};
        for (const auto& f : forms_) groups.push_back("form:" + f);
        for (const auto& p : provider_codes_) groups.push_back("provider:" + p);
        if (others_) groups.push_back("others");
        return groups;
    }

    // Every year from the first to the last published one, with its halves; no row means 0.
    void Complete() {
        int first = 9999, last = 0;
        for (const std::string& p : periods_) {
            first = std::min(first, std::stoi(p.substr(0, 4)));
            last = std::max(last, std::stoi(p.substr(0, 4)));
        }
        for (int y = first; y <= last; ++y) years_.push_back(std::to_string(y));
        for (const std::string& group : Groups()) {
            for (const std::string& y : years_) {
                for (const std::string& period : {y, y + "-H1", y + "-H2"}) {
                    for (const char* family : kFamilies) {
                        const std::size_t id = Cell(family, group, period);
                        if (!known_[id] && !hidden_[id]) known_[id] = 0;
                    }
                }
            }
        }
    }

    void BuildEquations() {
        for (const std::string& y : years_) {
            for (const std::string& period : {y, y + "-H1", y + "-H2"}) {
                for (const char* family : kFamilies) {
                    Equation forms{{Cell(family, "form:all", period)}, {}};
                    for (const auto& f : forms_) forms.rhs.push_back(Cell(family, "form:" + f, period));
                    equations_.push_back(forms);
                    Equation providers{{Cell(family, "form:all", period)}, {}};
                    for (const auto& p : provider_codes_)
                        providers.rhs.push_back(Cell(family, "provider:" + p, period));
                    if (others_) providers.rhs.push_back(Cell(family, "others", period));
                    equations_.push_back(providers);
                }
            }
        }
        for (const std::string& group : Groups()) {
            for (const std::string& y : years_) {
                for (const std::string& period : {y, y + "-H1", y + "-H2"}) {
                    equations_.push_back({{Cell("ended", group, period)},
                                          {Cell("planned", group, period), Cell("unplanned", group, period)}});
                    equations_.push_back(
                        {{Cell("wh", group, period)}, {Cell("wh_yes", group, period), Cell("wh_no", group, period)}});
                    equations_.push_back({{Cell("planned", group, period)},
                                          {Cell("nr_yes", group, period), Cell("nr_no", group, period)}});
                }
            }
            std::vector<std::string> halves;
            for (const std::string& y : years_) {
                for (const std::string f : kFamilies) {
                    if (f == "ongoing") {
                        equations_.push_back({{Cell(f, group, y)}, {Cell(f, group, y + "-H2")}});
                    } else {
                        equations_.push_back(
                            {{Cell(f, group, y)}, {Cell(f, group, y + "-H1"), Cell(f, group, y + "-H2")}});
                    }
                }
                halves.push_back(y + "-H1");
                halves.push_back(y + "-H2");
            }
            for (const auto* sequence : {&years_, &halves}) {
                for (std::size_t k = 0; k < sequence->size(); ++k) {
                    const std::string& p = (*sequence)[k];
                    Equation flow{{Cell("ongoing", group, p), Cell("ended", group, p)}, {Cell("started", group, p)}};
                    if (k > 0) flow.rhs.push_back(Cell("ongoing", group, (*sequence)[k - 1]));
                    equations_.push_back(flow);
                }
            }
        }
    }

    // The unknowns of an equation when they all stand on one side, and the value of their sum.
    std::optional<std::pair<std::vector<std::size_t>, std::int64_t>> Residual(const Equation& eq) const {
        std::vector<std::size_t> left, right;
        std::int64_t known_left = 0, known_right = 0;
        for (const std::size_t c : eq.lhs) known_[c] ? void(known_left += *known_[c]) : left.push_back(c);
        for (const std::size_t c : eq.rhs) known_[c] ? void(known_right += *known_[c]) : right.push_back(c);
        if (left.empty() == right.empty()) return std::nullopt;
        if (!left.empty()) return std::make_pair(left, known_right - known_left);
        return std::make_pair(right, known_left - known_right);
    }

    std::map<std::string, std::size_t> ids_;
    std::vector<std::string> names_;
    std::vector<std::optional<std::int64_t>> known_;
    std::vector<bool> hidden_;
    // Whether the API says which hidden cells are primary: it does not (all "hidden"); a reader who
    // believed the engine's internal labels could not use them anyway.
    bool labels_published_ = false;
    std::set<std::size_t> primary_;
    std::set<std::size_t> uninformative_;
    std::set<std::string> forms_, periods_;
    std::vector<std::string> provider_codes_, years_;
    std::vector<Equation> equations_;
    bool others_ = false;  // the report has an "overige aanbieders" group
};

// The true base counts by the attacker's cell names, from unsuppressed downloads (which list every
// provider). With the published downloads, also the "others" group: all minus the providers shown.
Attacker::Cells Truth(const Downloads& exact, const Downloads* published = nullptr) {
    Attacker::Cells truth;
    const auto add = [&](const OutcomeFigures& f, const std::string& group, const std::string& period) {
        const std::string suffix = "|" + group + "|" + period;
        truth["started" + suffix] = *f.started.value;
        truth["ended" + suffix] = *f.ended.value;
        truth["ongoing" + suffix] = *f.ongoing.value;
        truth["planned" + suffix] = *f.planned.numerator;
        truth["unplanned" + suffix] = *f.ended.value - *f.planned.numerator;
        truth["sat" + suffix] = *f.satisfaction.n;
        truth["wh" + suffix] = *f.without_help.denominator;
        truth["wh_yes" + suffix] = *f.without_help.numerator;
        truth["wh_no" + suffix] = *f.without_help.denominator - *f.without_help.numerator;
        truth["nr_yes" + suffix] = *f.no_reentry.numerator;
        truth["nr_no" + suffix] = *f.no_reentry.denominator - *f.no_reentry.numerator;
    };
    for (const OutcomeReport* r : {&exact.year, &exact.half}) {
        for (const OutcomeRow& row : r->rows) add(row.figures, "form:" + row.help_form, row.period);
        for (const ProviderRow& row : r->providers) add(row.figures, "provider:" + row.provider, row.period);
    }
    if (!published) return truth;
    std::set<std::string> shown;
    for (const ProviderRow& row : published->year.providers) shown.insert("provider:" + row.provider);
    for (const ProviderRow& row : published->half.providers) shown.insert("provider:" + row.provider);
    Attacker::Cells others;
    for (const auto& [cell, value] : truth) {
        const std::size_t first = cell.find('|'), second = cell.find('|', first + 1);
        const std::string family = cell.substr(0, first), group = cell.substr(first + 1, second - first - 1);
        const std::string period = cell.substr(second + 1);
        if (group == "form:all") others[family + "|others|" + period] += value;
        if (group.starts_with("provider:") && shown.count(group)) others[family + "|others|" + period] -= value;
    }
    truth.insert(others.begin(), others.end());
    return truth;
}

std::int64_t ValueOf(const Attacker::Cells& cells, const std::string& cell) {
    const auto it = cells.find(cell);
    return it == cells.end() ? 0 : it->second;
}

std::string First(const Attacker::Cells& cells) {
    return cells.empty() ? "" : cells.begin()->first + " = " + std::to_string(cells.begin()->second);
}

bool IsNumeratorCell(const std::string& cell) {
    for (const char* family : {"unplanned|", "wh_yes|", "wh_no|", "nr_yes|", "nr_no|"}) {
        if (cell.starts_with(family)) return true;
    }
    return false;
}

// One provider's own part of every help-form and "all" cell, by the attacker's cell names: the same
// table with that provider's rows split into one pseudo-provider per help form (the clients and
// their starts unchanged, so re-entry is counted as in the real report).
Attacker::Cells PartsOf(const TrajectoryTable& t, const std::string& provider) {
    TrajectoryTable split = t;
    const std::uint32_t id = *t.providers.Find(provider);
    for (std::size_t i = 0; i < split.size(); ++i) {
        if (t.provider[i] != id) continue;
        split.provider[i] = split.providers.Intern(provider + ":" + t.help_forms.Name(t.help_form[i]));
    }
    split.Finish();
    Attacker::Cells parts;
    const auto truth = Truth(DownloadAll(split, /*suppress=*/false));
    const std::string prefix = "|provider:" + provider + ":";
    for (const auto& [cell, value] : truth) {
        const std::size_t at = cell.find(prefix);
        if (at == std::string::npos) continue;
        const std::string rest = cell.substr(at + prefix.size());  // "03|2024"
        const std::string form = rest.substr(0, rest.find('|'));
        const std::string family = cell.substr(0, at);
        const std::string period = rest.substr(rest.find('|') + 1);
        parts[family + "|form:" + form + "|" + period] = value;
        parts[family + "|form:all|" + period] += value;
    }
    return parts;
}

// Every published value and status of a report, as text: two reports are the same download when
// their descriptions are equal.
std::string Describe(const OutcomeReport& r) {
    std::string out = ReentryBasisName(r.reentry_basis);
    const auto opt = [](auto v) { return v ? std::to_string(*v) : std::string("-"); };
    const auto figures = [&](const OutcomeFigures& f) {
        std::string s;
        for (const CountFigure* c : {&f.started, &f.ended, &f.ongoing}) {
            s += " " + opt(c->value) + SuppressionName(c->suppression);
        }
        for (const ShareFigure* share : {&f.planned, &f.without_help, static_cast<const ShareFigure*>(&f.no_reentry)}) {
            s += " " + opt(share->numerator) + "/" + opt(share->denominator) + SuppressionName(share->suppression) +
                 (share->numerator_hidden ? "h" : "") + (share->interval ? std::to_string(share->interval->lower) : "");
        }
        s += " " + opt(f.satisfaction.n) + (f.satisfaction.mean ? std::to_string(*f.satisfaction.mean) : "") +
             SuppressionName(f.satisfaction.suppression) + (f.no_reentry.incomplete ? "i" : "");
        return s;
    };
    for (const OutcomeRow& row : r.rows) out += "\n" + row.help_form + " " + row.period + figures(row.figures);
    for (const ProviderRow& row : r.providers) out += "\n" + row.provider + " " + row.period + figures(row.figures);
    return out;
}

// Every shown figure's base count is 0 or at least 10, and a hidden figure carries no value.
void ExpectNoSmallFigure(const OutcomeFigures& f, const std::string& where) {
    const auto ok = [](std::optional<std::int64_t> v) { return !v || *v == 0 || *v >= kOutcomeMinCount; };
    EXPECT_TRUE(ok(f.started.value)) << where;
    EXPECT_TRUE(ok(f.ended.value)) << where;
    EXPECT_TRUE(ok(f.ongoing.value)) << where;
    EXPECT_TRUE(ok(f.planned.denominator) && ok(f.planned.numerator)) << where;
    EXPECT_TRUE(ok(f.satisfaction.n)) << where;
    EXPECT_TRUE(ok(f.without_help.denominator)) << where;
    EXPECT_TRUE(ok(f.no_reentry.denominator)) << where;
    // A shown share: numerator and complement are 0 or at least 5, and 0 % or 100 % only over 20 or more.
    for (const ShareFigure* share : {&f.planned, &f.without_help, static_cast<const ShareFigure*>(&f.no_reentry)}) {
        if (!share->numerator) continue;
        const std::int64_t count = *share->numerator, n = *share->denominator;
        const auto small = [](std::int64_t v) { return v > 0 && v < kNumeratorMinCount; };
        EXPECT_FALSE(small(count) || small(n - count)) << where << ": " << count << " of " << n;
        EXPECT_FALSE(n > 0 && (count == 0 || count == n) && n < kExtremeMinBase)
            << where << ": " << count << " of " << n;
        EXPECT_FALSE(share->numerator_hidden) << where;
    }
    if (f.started.suppression != S::kNone) {
        EXPECT_FALSE(f.started.value.has_value()) << where;
    }
    if (f.planned.suppression != S::kNone) {
        EXPECT_FALSE(f.planned.numerator || f.planned.denominator || f.planned.share || f.planned.interval) << where;
    }
    if (f.satisfaction.suppression != S::kNone) {
        EXPECT_FALSE(f.satisfaction.mean || f.satisfaction.n) << where;
    }
    if (f.no_reentry.suppression != S::kNone) {
        EXPECT_FALSE(f.no_reentry.numerator || f.no_reentry.denominator || f.no_reentry.share) << where;
    }
}

// Seeds × sizes: 0-9 starts per provider, help form and year (most cells small) and 0-40.
class SuppressionAttack : public ::testing::TestWithParam<std::tuple<unsigned, int>> {
protected:
    TrajectoryTable Table() const { return RandomTable(std::get<0>(GetParam()), std::get<1>(GetParam())); }
};

TEST_P(SuppressionAttack, NoPublishedFigureRestsOnOneToNineTrajectories) {
    const Downloads published = DownloadAll(Table(), /*suppress=*/true);
    for (const OutcomeReport* r : {&published.year, &published.half}) {
        for (const OutcomeRow& row : r->rows) ExpectNoSmallFigure(row.figures, row.help_form + " " + row.period);
        for (const ProviderRow& row : r->providers) ExpectNoSmallFigure(row.figures, row.provider + " " + row.period);
        for (const OtherProvidersRow& row : r->other_providers)
            ExpectNoSmallFigure(row.figures, "others " + row.period);
    }
}

TEST_P(SuppressionAttack, AnOutsiderRecoversNoSuppressedBaseCount) {
    const TrajectoryTable t = Table();
    const Downloads published = DownloadAll(t, /*suppress=*/true);
    const auto truth = Truth(DownloadAll(t, /*suppress=*/false), &published);
    Attacker attacker(published);
    ASSERT_GT(attacker.HiddenCount(), 0u);  // the table has small cells: the attack has targets
    attacker.Solve();
    EXPECT_TRUE(attacker.Recovered().empty()) << First(attacker.Recovered());
    EXPECT_TRUE(attacker.SmallSums().empty()) << attacker.SmallSums().front();
    // Reading primary/complementary as well pins nothing down either.
    const auto pinned = Attacker(published).Pinned();
    EXPECT_TRUE(pinned.empty()) << First(pinned);
    for (const auto& [cell, value] : pinned) EXPECT_EQ(value, ValueOf(truth, cell)) << cell;  // sound
}

TEST_P(SuppressionAttack, AProviderLearnsNothingAboutTheOthers) {
    // Each provider knows exactly what a real provider knows: its own records per help form and
    // period, so its provider rows whole and its part of every help-form and "all" cell. It may pin
    // a cell down only where the others contribute nothing (then it learns just that: "nobody
    // else"), and no rest of the others may be 1 .. threshold − 1.
    const TrajectoryTable t = Table();
    const Downloads published = DownloadAll(t, /*suppress=*/true);
    const auto truth = Truth(DownloadAll(t, /*suppress=*/false), &published);
    int targets = 0;  // cells whose rest after this provider's part is small: what the attack is after
    for (const char* code : {"10000001", "10000002", "10000003"}) {
        const std::string own = code;
        const std::string mine = "|provider:" + own + "|";
        auto parts = PartsOf(t, own);
        // Published among "overige aanbieders": its own figures are its part of that row.
        const bool folded = std::none_of(published.year.providers.begin(), published.year.providers.end(),
                                         [&](const ProviderRow& row) { return row.provider == own; });
        if (folded) {
            for (const auto& [cell, value] : truth) {
                const std::size_t at = cell.find(mine);
                if (at != std::string::npos)
                    parts[cell.substr(0, at) + "|others|" + cell.substr(at + mine.size())] = value;
            }
        }
        for (const auto& [cell, part] : parts) {
            const std::int64_t rest = ValueOf(truth, cell) - part;
            const std::int64_t threshold = IsNumeratorCell(cell) ? kNumeratorMinCount : kOutcomeMinCount;
            targets += rest > 0 && rest < threshold;
        }
        Attacker insider(published);
        for (const auto& [cell, value] : truth) {
            if (cell.find(mine) != std::string::npos) insider.Know(cell, value);
        }
        for (const auto& [cell, part] : parts) insider.KnowPart(cell, part);
        const auto pinned = insider.Pinned(mine);
        insider.Solve();
        EXPECT_TRUE(insider.Recovered(mine).empty()) << own << ": " << First(insider.Recovered(mine));
        EXPECT_TRUE(insider.SmallRests().empty()) << own << ": " << First(insider.SmallRests());
        EXPECT_TRUE(insider.SmallSums().empty()) << own << ": " << insider.SmallSums().front();
        for (const auto& [cell, value] : pinned) {
            if (cell.starts_with("rest|")) {
                // The rest of a shown cell is known by subtraction (SmallRests checks it); of a hidden one, never.
                EXPECT_FALSE(insider.IsHidden(cell.substr(5))) << own << " pins " << cell << " = " << value;
                continue;
            }
            EXPECT_EQ(value - ValueOf(parts, cell), 0) << own << " pins " << cell << " = " << value;
        }
    }
    EXPECT_GT(targets, 0);  // the table has help forms that one provider nearly fills
}

TEST_P(SuppressionAttack, WithoutComplementarySuppressionTheAttackSucceeds) {
    const TrajectoryTable t = Table();
    const Downloads published = DownloadAll(t, /*suppress=*/true, /*complementary=*/false);
    Attacker attacker(published);
    attacker.Solve();
    const auto recovered = attacker.Recovered();
    ASSERT_FALSE(recovered.empty());
    // What it finds is the truth, and includes small counts: the attack is real.
    const auto truth = Truth(DownloadAll(t, /*suppress=*/false), &published);
    bool small = false;
    for (const auto& [cell, value] : recovered) {
        EXPECT_EQ(value, ValueOf(truth, cell)) << cell;
        small = small || (value > 0 && value < kOutcomeMinCount);
    }
    EXPECT_TRUE(small);
}

TEST_P(SuppressionAttack, AnUnrelatedUploadChangesNothingSoTwoDownloadsTellNoMore) {
    // Differences between downloads: the pattern of a municipality's report depends only on its own
    // cells. A delivery for another municipality, with other clients, changes none of them: the
    // download after it is the same, and both together give an attacker nothing more.
    const TrajectoryTable before = Table();
    TrajectoryTable after = before;
    const std::uint32_t provider = after.providers.Intern("10000009");
    const std::uint32_t municipality = after.municipalities.Intern("GM0518");
    for (std::uint32_t k = 0; k < 40; ++k) {
        after.client.push_back(before.client_count + k);
        after.municipality.push_back(municipality);
        after.provider.push_back(provider);
        after.help_form.push_back(static_cast<std::uint8_t>(after.help_forms.Intern(k % 2 ? "03" : "11")));
        after.start_day.push_back(*ParseDay("2023-02-01") + static_cast<Day>(7 * k));
        after.end_day.push_back(k % 3 ? *ParseDay("2024-01-15") + static_cast<Day>(k) : kNoDay);
        after.reason.push_back(static_cast<std::uint8_t>(k % 3 ? 1 + k % 5 : 0));
        after.without_help_youth.push_back(static_cast<std::uint8_t>(k % 5));
        after.without_help_parent.push_back(0);
        after.satisfaction_youth.push_back(static_cast<std::uint8_t>(k % 11));
        after.satisfaction_parent.push_back(0);
    }
    after.Finish();
    const Downloads first = DownloadAll(before, /*suppress=*/true);
    const Downloads second = DownloadAll(after, /*suppress=*/true);
    EXPECT_EQ(Describe(first.year), Describe(second.year));
    EXPECT_EQ(Describe(first.half), Describe(second.half));
    Attacker both(std::vector<const Downloads*>{&first, &second});
    both.Solve();
    EXPECT_TRUE(both.Recovered().empty()) << First(both.Recovered());
    EXPECT_TRUE(both.SmallSums().empty()) << both.SmallSums().front();
    EXPECT_TRUE(Attacker(std::vector<const Downloads*>{&first, &second}).Pinned().empty());
}

INSTANTIATE_TEST_SUITE_P(Seeds, SuppressionAttack,
                         ::testing::Combine(::testing::Range(1u, 21u), ::testing::Values(9, 40)));

// --- The re-entry oracle --------------------------------------------------------------------------
//
// Provider A uploads ended trajectories in one cell (GM0363, help form 03, reason 01): made-up
// clients and one target. In one world provider B starts care for the target within 12 months, in
// the other not. Everything A can see of its outcomes must be the same in both worlds.

TrajectoryTable OracleWorld(int made_up, int shift_days, bool care_elsewhere) {
    TrajectoryTable t;
    const auto add = [&t](std::uint32_t client, const char* provider, Day start, Day end) {
        t.client.push_back(client);
        t.municipality.push_back(t.municipalities.Intern("GM0363"));
        t.provider.push_back(t.providers.Intern(provider));
        t.help_form.push_back(static_cast<std::uint8_t>(t.help_forms.Intern("03")));
        t.start_day.push_back(start);
        t.end_day.push_back(end);
        t.reason.push_back(static_cast<std::uint8_t>(end == kNoDay ? 0 : 1));
        t.without_help_youth.push_back(0);
        t.without_help_parent.push_back(0);
        t.satisfaction_youth.push_back(0);
        t.satisfaction_parent.push_back(0);
    };
    const Day end = *ParseDay("2024-01-15") + shift_days;
    const std::uint32_t target = static_cast<std::uint32_t>(made_up);
    for (std::uint32_t c = 0; c <= target; ++c) add(c, "10000001", end - 200, end);
    // Others' care, the same in both worlds, and the target's new start at B in one of them.
    for (std::uint32_t c = 0; c < 30; ++c) add(target + 1 + c, "10000002", end - 100, end + 50);
    if (care_elsewhere) add(target, "10000002", *ParseDay("2024-03-01") + shift_days, kNoDay);
    t.Finish();
    return t;
}

TEST(ReentryOracle, AProvidersOwnViewIsTheSameWhetherOrNotItsClientHasCareElsewhere) {
    for (const int made_up : {9, 1000}) {
        for (const int shift : {0, 45, 200}) {
            const TrajectoryTable without = OracleWorld(made_up, shift, false);
            const TrajectoryTable with = OracleWorld(made_up, shift, true);
            for (const Granularity g : {Granularity::kYear, Granularity::kHalfYear}) {
                OutcomeQuery q;
                q.scope = OutcomeQuery::Scope::kProvider;
                q.code = "10000001";
                q.granularity = g;
                q.reference_date = *ParseDay("2026-06-01");
                q.suppress = false;
                EXPECT_EQ(Describe(*ComputeOutcomes(without, q)), Describe(*ComputeOutcomes(with, q)))
                    << made_up << " made-up clients, shift " << shift;
                // The control: the municipality's own (unsuppressed) figures do see the new start,
                // so the two worlds really differ where re-entry is looked for everywhere.
                q.scope = OutcomeQuery::Scope::kMunicipality;
                q.code = "GM0363";
                EXPECT_NE(Describe(*ComputeOutcomes(without, q)), Describe(*ComputeOutcomes(with, q)));
            }
        }
    }
}

TEST(SuppressionCost, LargerMunicipalitiesKeepMostFiguresAndTheirMargins) {
    // Not privacy but usefulness: with 0-100 starts per provider, help form and year, most figures
    // and nearly all yearly margins stay visible (over 20 tables; a single table may lose more).
    // Smaller tables lose more: with 0-40 starts about 60 % of these figures are hidden, mostly
    // because one of three providers holds nearly all of a help form (dominance) and because small
    // numerators and complements hide their shares.
    int figures = 0, hidden = 0, margins = 0, margins_shown = 0;
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const Downloads published = DownloadAll(RandomTable(seed, 100), true);
        for (const OutcomeReport* r : {&published.year, &published.half}) {
            for (const OutcomeRow& row : r->rows) {
                const OutcomeFigures& f = row.figures;
                for (const S s : {f.started.suppression, f.ended.suppression, f.ongoing.suppression,
                                  f.satisfaction.suppression, f.without_help.suppression, f.no_reentry.suppression}) {
                    ++figures;
                    hidden += s != S::kNone;
                }
                if (r == &published.year && row.help_form == "all") {
                    ++margins;
                    margins_shown += f.started.value.has_value() && f.ended.value.has_value();
                }
            }
        }
    }
    EXPECT_LT(hidden * 3, figures);
    EXPECT_GE(margins_shown * 10, margins * 9);
}

}  // namespace
}  // namespace kompas::engine
