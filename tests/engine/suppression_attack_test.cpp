// Suppression of the outcome indicators: the constraint-table suppressor on its own, and an attack on
// a realistic random municipality. The attacker is written independently of the suppressor: it
// knows only what one user can download (the municipality report in both granularities) and the
// sums any careful reader knows, and tries to compute hidden base counts back.
#include <gtest/gtest.h>

#include <algorithm>
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

using S = CellStatus;

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
              (std::vector<S>{S::kShown, S::kShown, S::kPrimary, S::kShown, S::kComplementary}));
}

TEST(ConstraintSuppression, HiddenCellsMustAddUpToTheThreshold) {
    // 49 = 1 + 2 + 6 + 40: 1 and 2 are primary (sum 3), 6 joins (sum 9, still < 10), then 40.
    EXPECT_EQ(*SuppressConstraintTable(Group(49, {1, 2, 6, 40})),
              (std::vector<S>{S::kShown, S::kPrimary, S::kPrimary, S::kPrimary, S::kComplementary}));
    // 3 + 8 = 11 ≥ 10: two primary cells protect each other.
    EXPECT_EQ(*SuppressConstraintTable(Group(31, {3, 8, 20})),
              (std::vector<S>{S::kShown, S::kPrimary, S::kPrimary, S::kShown}));
}

TEST(ConstraintSuppression, ZerosAreShownAndChosenLast) {
    // 15 = 0 + 3 + 12: hiding the 0 next to the 3 would still give away 3; 12 goes instead.
    EXPECT_EQ(*SuppressConstraintTable(Group(15, {0, 3, 12})),
              (std::vector<S>{S::kShown, S::kShown, S::kPrimary, S::kComplementary}));
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
    EXPECT_EQ(s, (std::vector<S>{S::kComplementary, S::kPrimary, S::kComplementary, S::kComplementary, S::kShown,
                                 S::kShown, S::kShown, S::kShown, S::kShown}));
}

TEST(ConstraintSuppression, TwoSidedStockAndFlow) {
    // ongoing1 + ended = ongoing0 + started: 20 + 4 = 14 + 10. ended is primary; hiding ongoing1 on
    // the same side makes the known sum 24.
    ConstraintTable t;
    t.counts = {20, 4, 14, 10};
    t.equations = {{{0, 1}, {2, 3}}};
    EXPECT_EQ(*SuppressConstraintTable(t), (std::vector<S>{S::kComplementary, S::kPrimary, S::kShown, S::kShown}));
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
    EXPECT_EQ(*SuppressConstraintTable(t, rules_only), (std::vector<S>{S::kComplementary, S::kPrimary, S::kShown}));
    EXPECT_EQ(*SuppressConstraintTable(t), (std::vector<S>{S::kComplementary, S::kPrimary, S::kComplementary}));
}

TEST(ConstraintSuppression, OwnersCannotSubtractTheirOwnCells) {
    // 40 = A 5 + B 20 + C 15 with each part owned by its provider. Against outsiders hiding C is
    // enough, but C knows C and would find A = 40 − 20 − 15: so B goes too.
    ConstraintTable t = Group(40, {5, 20, 15});
    t.owners = {kNoOwner, 0, 1, 2};
    EXPECT_EQ(*SuppressConstraintTable(t),
              (std::vector<S>{S::kShown, S::kPrimary, S::kComplementary, S::kComplementary}));
    // Without owners only C.
    t.owners.clear();
    EXPECT_EQ(*SuppressConstraintTable(t), (std::vector<S>{S::kShown, S::kPrimary, S::kShown, S::kComplementary}));
    // Two providers: the other one always knows the total minus its own, so the total goes.
    ConstraintTable two = Group(25, {5, 20});
    two.owners = {kNoOwner, 0, 1};
    EXPECT_EQ(*SuppressConstraintTable(two), (std::vector<S>{S::kComplementary, S::kPrimary, S::kComplementary}));
}

TEST(ConstraintSuppression, PrimaryOnlyAndInvalidInput) {
    EXPECT_EQ(*SuppressConstraintTable(Group(60, {20, 3, 25, 12}), {10, false}),
              (std::vector<S>{S::kShown, S::kShown, S::kPrimary, S::kShown, S::kShown}));
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
                        t.category.push_back(static_cast<std::uint8_t>(t.categories.Intern(form)));
                        t.start.push_back(start);
                        t.end.push_back(end);
                        t.reason.push_back(code(chance(0.6) ? 1 : uniform(2, 5), ended));
                        t.outcome.push_back(code(uniform(1, 4), ended && chance(0.5)));
                        t.outcome2.push_back(code(uniform(1, 4), ended && chance(0.4)));
                        t.satisfaction.push_back(code(uniform(1, 10), ended && chance(0.5)));
                        t.satisfaction2.push_back(code(uniform(1, 10), ended && chance(0.4)));
                    }
                }
            }
        }
    }
    t.Finish();
    return t;
}

// The same table without one provider's rows: what the others contribute.
TrajectoryTable Without(const TrajectoryTable& t, const std::string& provider) {
    const std::uint32_t drop = *t.providers.Find(provider);
    TrajectoryTable out;
    out.municipalities = t.municipalities;
    out.providers = t.providers;
    out.categories = t.categories;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t.provider[i] == drop) continue;
        out.client.push_back(t.client[i]);
        out.municipality.push_back(t.municipality[i]);
        out.provider.push_back(t.provider[i]);
        out.category.push_back(t.category[i]);
        out.start.push_back(t.start[i]);
        out.end.push_back(t.end[i]);
        out.reason.push_back(t.reason[i]);
        out.outcome.push_back(t.outcome[i]);
        out.outcome2.push_back(t.outcome2[i]);
        out.satisfaction.push_back(t.satisfaction[i]);
        out.satisfaction2.push_back(t.satisfaction2[i]);
    }
    out.Finish();
    return out;
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
// Cells are named "family|group|period" with group "form:01", "form:all" or "provider:10000001". A
// published figure gives its base count: started, ended (also planned.n), ongoing, sat
// (satisfaction.n), wh (without_help.n), nr (no_reentry.n, and planned.count, which counts the same
// trajectories). A (group, period) without a row has nothing started, ended or ongoing: all 0.
// Equations, each Σ lhs = Σ rhs: help forms add up to all; providers add up to all; H1 + H2 = year
// (flows); ongoing(year) = ongoing(H2); ongoing(p) + ended(p) = ongoing(p − 1) + started(p), with
// nothing ongoing before the first year.
class Attacker {
public:
    using Cells = std::map<std::string, std::int64_t>;

    explicit Attacker(const Downloads& d) {
        Read(d.year);
        Read(d.half);
        Complete();
        BuildEquations();
    }

    // An insider knows some cells whatever is published (a provider its own figures).
    void Know(const std::string& cell, std::int64_t value) { known_[Id(cell)] = value; }

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
            if (hidden_[i] && known_[i] && !Owns(own, i)) out[names_[i]] = *known_[i];
        }
        return out;
    }

    // Equations that leave a known sum of unknowns below 10 ("these 6 people"), after Solve().
    std::vector<std::string> SmallSums() const {
        std::vector<std::string> out;
        for (const Equation& eq : equations_) {
            const auto residual = Residual(eq);
            if (residual && residual->second < kOutcomeMinCount) {
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
                lo[i] = 1;
                hi[i] = kOutcomeMinCount - 1;
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
                        if (!primary_.count(c) && !uninformative_.count(c)) {  // complementary: 0 or ≥ 10
                            if (new_lo >= 1) new_lo = std::max(new_lo, kOutcomeMinCount);
                            if (new_hi < kOutcomeMinCount) new_hi = 0;
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

    std::size_t HiddenCount() const {
        return static_cast<std::size_t>(std::count(hidden_.begin(), hidden_.end(), true));
    }
    const std::vector<std::string>& providers() const { return provider_codes_; }

private:
    struct Equation {
        std::vector<std::size_t> lhs, rhs;
    };

    static constexpr const char* kFamilies[] = {"started", "ended", "ongoing", "sat", "wh", "nr"};

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
                 std::optional<std::int64_t> value, CellStatus status, bool own_label = true) {
        const std::size_t id = Cell(family, group, period);
        if (!own_label && !value) uninformative_.insert(id);
        if (status == CellStatus::kPrimary && own_label) primary_.insert(id);
        if (value) {
            known_[id] = *value;
            hidden_[id] = false;
        } else if (!known_[id]) {
            hidden_[id] = true;
        }
    }

    void ReadFigures(const OutcomeFigures& f, const std::string& group, const std::string& period) {
        periods_.insert(period);
        Publish("started", group, period, f.started.value, f.started.status);
        Publish("ended", group, period, f.ended.value, f.ended.status);
        Publish("ended", group, period, f.planned.n, S::kShown);
        Publish("ongoing", group, period, f.ongoing.value, f.ongoing.status);
        const bool own = f.ended.status == S::kShown;
        Publish("sat", group, period, f.satisfaction.n, f.satisfaction.status, own);
        Publish("wh", group, period, f.without_help.n, f.without_help.status, own);
        Publish("nr", group, period, f.no_reentry.n, f.no_reentry.status, own);
        Publish("nr", group, period, f.planned.count, S::kShown);
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
    }

    std::vector<std::string> Groups() const {
        std::vector<std::string> groups = {"form:all"};
        for (const auto& f : forms_) groups.push_back("form:" + f);
        for (const auto& p : provider_codes_) groups.push_back("provider:" + p);
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
                    equations_.push_back(providers);
                }
            }
        }
        for (const std::string& group : Groups()) {
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
    std::set<std::size_t> primary_;
    std::set<std::size_t> uninformative_;
    std::set<std::string> forms_, periods_;
    std::vector<std::string> provider_codes_, years_;
    std::vector<Equation> equations_;
};

// The true base counts by the attacker's cell names, from unsuppressed downloads.
Attacker::Cells Truth(const Downloads& exact) {
    Attacker::Cells truth;
    const auto add = [&](const OutcomeFigures& f, const std::string& group, const std::string& period) {
        const std::string suffix = "|" + group + "|" + period;
        truth["started" + suffix] = *f.started.value;
        truth["ended" + suffix] = *f.ended.value;
        truth["ongoing" + suffix] = *f.ongoing.value;
        truth["sat" + suffix] = *f.satisfaction.n;
        truth["wh" + suffix] = *f.without_help.n;
        truth["nr" + suffix] = *f.no_reentry.n;
    };
    for (const OutcomeReport* r : {&exact.year, &exact.half}) {
        for (const OutcomeRow& row : r->rows) add(row.figures, "form:" + row.help_form, row.period);
        for (const ProviderRow& row : r->providers) add(row.figures, "provider:" + row.provider, row.period);
    }
    return truth;
}

std::int64_t ValueOf(const Attacker::Cells& cells, const std::string& cell) {
    const auto it = cells.find(cell);
    return it == cells.end() ? 0 : it->second;
}

std::string First(const Attacker::Cells& cells) {
    return cells.empty() ? "" : cells.begin()->first + " = " + std::to_string(cells.begin()->second);
}

// Every shown figure's base count is 0 or at least 10, and a hidden figure carries no value.
void ExpectNoSmallFigure(const OutcomeFigures& f, const std::string& where) {
    const auto ok = [](std::optional<std::int64_t> v) { return !v || *v == 0 || *v >= kOutcomeMinCount; };
    EXPECT_TRUE(ok(f.started.value)) << where;
    EXPECT_TRUE(ok(f.ended.value)) << where;
    EXPECT_TRUE(ok(f.ongoing.value)) << where;
    EXPECT_TRUE(ok(f.planned.n) && ok(f.planned.count)) << where;
    EXPECT_TRUE(ok(f.satisfaction.n)) << where;
    EXPECT_TRUE(ok(f.without_help.n)) << where;
    EXPECT_TRUE(ok(f.no_reentry.n)) << where;
    if (f.started.status != S::kShown) {
        EXPECT_FALSE(f.started.value.has_value()) << where;
    }
    if (f.planned.status != S::kShown) {
        EXPECT_FALSE(f.planned.count || f.planned.n || f.planned.share || f.planned.interval) << where;
    }
    if (f.satisfaction.status != S::kShown) {
        EXPECT_FALSE(f.satisfaction.mean || f.satisfaction.n) << where;
    }
    if (f.no_reentry.status != S::kShown) {
        EXPECT_FALSE(f.no_reentry.count || f.no_reentry.n || f.no_reentry.share) << where;
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
    }
}

TEST_P(SuppressionAttack, AnOutsiderRecoversNoSuppressedBaseCount) {
    const TrajectoryTable t = Table();
    const Downloads published = DownloadAll(t, /*suppress=*/true);
    const auto truth = Truth(DownloadAll(t, /*suppress=*/false));
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
    // Each provider knows its own figures in the municipality. It may pin a cell down only where the
    // others contribute nothing (then it learns just that: "nobody else").
    const TrajectoryTable t = Table();
    const Downloads published = DownloadAll(t, /*suppress=*/true);
    const auto truth = Truth(DownloadAll(t, /*suppress=*/false));
    const std::string all_providers[] = {"10000001", "10000002", "10000003"};
    for (const std::string& own : all_providers) {
        const std::string mine = "|provider:" + own + "|";
        Attacker insider(published);
        for (const auto& [cell, value] : truth) {
            if (cell.find(mine) != std::string::npos) insider.Know(cell, value);
        }
        const auto pinned = insider.Pinned(mine);
        insider.Solve();
        EXPECT_TRUE(insider.Recovered(mine).empty()) << own << ": " << First(insider.Recovered(mine));
        const auto others = Truth(DownloadAll(Without(t, own), /*suppress=*/false));
        for (const auto& [cell, value] : pinned) {
            EXPECT_EQ(ValueOf(others, cell), 0) << own << " pins " << cell << " = " << value;
        }
    }
}

TEST_P(SuppressionAttack, WithoutComplementarySuppressionTheAttackSucceeds) {
    const TrajectoryTable t = Table();
    Attacker attacker(DownloadAll(t, /*suppress=*/true, /*complementary=*/false));
    attacker.Solve();
    const auto recovered = attacker.Recovered();
    ASSERT_FALSE(recovered.empty());
    // What it finds is the truth, and includes small counts: the attack is real.
    const auto truth = Truth(DownloadAll(t, /*suppress=*/false));
    bool small = false;
    for (const auto& [cell, value] : recovered) {
        EXPECT_EQ(value, ValueOf(truth, cell)) << cell;
        small = small || (value > 0 && value < kOutcomeMinCount);
    }
    EXPECT_TRUE(small);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SuppressionAttack,
                         ::testing::Combine(::testing::Range(1u, 21u), ::testing::Values(9, 40)));

TEST(SuppressionCost, LargerMunicipalitiesKeepMostFiguresAndTheirMargins) {
    // Not privacy but usefulness: with 0-40 starts per provider, help form and year, most figures
    // and nearly all yearly margins stay visible (over 20 tables; a single table may lose more).
    int figures = 0, hidden = 0, margins = 0, margins_shown = 0;
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const Downloads published = DownloadAll(RandomTable(seed, 40), true);
        for (const OutcomeReport* r : {&published.year, &published.half}) {
            for (const OutcomeRow& row : r->rows) {
                const OutcomeFigures& f = row.figures;
                for (const S s : {f.started.status, f.ended.status, f.ongoing.status, f.satisfaction.status,
                                  f.without_help.status, f.no_reentry.status}) {
                    ++figures;
                    hidden += s != S::kShown;
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
