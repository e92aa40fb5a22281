#include "tests/engine/attacker.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kompas::engine::attack {
namespace {

using S = Suppression;

constexpr const char* kFamilies[] = {"started",   "ended",  "ongoing", "planned", "sat",  "wh",
                                     "unplanned", "wh_yes", "wh_no",   "nr_yes",  "nr_no"};

}  // namespace

OutcomeReport Download(const TrajectoryTable& t, const std::string& municipality, Day reference, Granularity g,
                       bool suppress, bool complementary) {
    OutcomeQuery q;
    q.scope = OutcomeQuery::Scope::kMunicipality;
    q.code = municipality;
    q.granularity = g;
    q.reference_date = reference;
    q.suppress = suppress;
    q.complementary = complementary;
    return *ComputeOutcomes(t, q);
}

Downloads DownloadAll(const TrajectoryTable& t, const std::string& municipality, Day reference, bool suppress,
                      bool complementary) {
    return {Download(t, municipality, reference, Granularity::kYear, suppress, complementary),
            Download(t, municipality, reference, Granularity::kHalfYear, suppress, complementary)};
}

// --- The attacker ----------------------------------------------------------------------------------

Attacker::Attacker(const std::vector<const Downloads*>& downloads) {
    for (const Downloads* d : downloads) {
        Read(d->year);
        Read(d->half);
    }
    Complete();
    BuildEquations();
}

// An insider knows its own part of a published cell: cell = part + rest, the rest an unknown
// named "rest|" + cell, which counts as hidden.
void Attacker::KnowPart(const std::string& cell, std::int64_t part) {
    if (ids_.find(cell) == ids_.end()) return;  // not a cell of the report
    const std::size_t part_id = Id("part|" + cell);
    known_[part_id] = part;
    const std::size_t rest = Id("rest|" + cell);
    hidden_[rest] = true;
    uninformative_.insert(rest);  // no label speaks of it
    equations_.push_back({{Id(cell)}, {part_id, rest}});
}

// Solves equations with one unknown (or whose unknowns must all be 0) until nothing changes.
void Attacker::Solve() {
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
Attacker::Cells Attacker::Recovered(const std::string& own, const Cells* parts) const {
    Cells out;
    for (std::size_t i = 0; i < names_.size(); ++i) {
        if (names_[i].starts_with("rest|")) continue;  // see SmallRests
        if (!hidden_[i] || !known_[i] || Owns(own, i)) continue;
        if (parts && *known_[i] == ValueOf(*parts, names_[i])) continue;  // "nobody else"
        out[names_[i]] = *known_[i];
    }
    return out;
}

// Equations that leave a known sum of unknowns below their threshold ("these 6 people"), after Solve().
std::vector<std::string> Attacker::SmallSums(const Cells* parts) const {
    std::vector<std::string> out;
    for (const Equation& eq : equations_) {
        const auto residual = Residual(eq);
        if (!residual) continue;
        std::int64_t threshold = 0;
        for (const std::size_t u : residual->first) threshold = std::max(threshold, Threshold(u));
        std::int64_t rest = residual->second;
        if (parts) {
            for (const std::size_t u : residual->first) rest -= ValueOf(*parts, names_[u]);
        }
        if (parts ? (rest > 0 && rest < threshold) : residual->second < threshold) {
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
Attacker::Cells Attacker::Pinned(const std::string& own) const {
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
            settled_ = false;
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
Attacker::Cells Attacker::SmallRests() const {
    Cells out;
    for (std::size_t i = 0; i < names_.size(); ++i) {
        if (!names_[i].starts_with("rest|") || !known_[i]) continue;
        if (*known_[i] > 0 && *known_[i] < Threshold(i)) out[names_[i]] = *known_[i];
    }
    return out;
}

bool Attacker::IsHidden(const std::string& cell) const {
    const auto it = ids_.find(cell);
    return it != ids_.end() && hidden_[it->second];
}

std::size_t Attacker::HiddenCount() const {
    return static_cast<std::size_t>(std::count(hidden_.begin(), hidden_.end(), true));
}

std::string Attacker::FamilyOf(const std::string& name) {
    const std::string bare = name.starts_with("rest|") ? name.substr(5) : name;
    return bare.substr(0, bare.find('|'));
}
bool Attacker::IsNumerator(const std::string& family) {
    return family == "unplanned" || family == "wh_yes" || family == "wh_no" || family == "nr_yes" || family == "nr_no";
}
std::int64_t Attacker::Threshold(std::size_t i) const {
    return IsNumerator(FamilyOf(names_[i])) ? kNumeratorMinCount : kOutcomeMinCount;
}
bool Attacker::ZeroMayBePrimary(std::size_t i) const {
    const std::string family = FamilyOf(names_[i]);
    return family == "planned" || IsNumerator(family);
}

bool Attacker::Owns(const std::string& own, std::size_t i) const {
    return !own.empty() && names_[i].find(own) != std::string::npos;
}

std::size_t Attacker::Id(const std::string& name) {
    const auto [it, inserted] = ids_.try_emplace(name, names_.size());
    if (inserted) {
        names_.push_back(name);
        known_.push_back(std::nullopt);
        hidden_.push_back(false);
    }
    return it->second;
}
std::size_t Attacker::Cell(const std::string& family, const std::string& group, const std::string& period) {
    return Id(family + "|" + group + "|" + period);
}

// `own_label`: the status speaks of this cell's own base count. A figure hidden because its row's
// ended count is hidden carries that count's label, which says nothing about its own base.
void Attacker::Publish(const std::string& family, const std::string& group, const std::string& period,
                       std::optional<std::int64_t> value, Suppression status, bool own_label) {
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
void Attacker::PublishCount(const std::string& numerator, const std::string& complement, const std::string& group,
                            const std::string& period, const ShareFigure& f) {
    if (!f.numerator_hidden) {
        Publish(numerator, group, period, f.numerator, S::kNone);
        Publish(complement, group, period, *f.denominator - *f.numerator, S::kNone);
        return;
    }
    Publish(numerator, group, period, std::nullopt, S::kComplementary, /*own_label=*/false);
    Publish(complement, group, period, std::nullopt, S::kComplementary, /*own_label=*/false);
}

void Attacker::ReadFigures(const OutcomeFigures& f, const std::string& group, const std::string& period) {
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

void Attacker::Read(const OutcomeReport& r) {
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

std::vector<std::string> Attacker::Groups() const {
    std::vector<std::string> groups = {"form:all"};
    for (const auto& f : forms_) groups.push_back("form:" + f);
    for (const auto& p : provider_codes_) groups.push_back("provider:" + p);
    if (others_) groups.push_back("others");
    return groups;
}

// Every year from the first to the last published one, with its halves; no row means 0.
void Attacker::Complete() {
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

void Attacker::BuildEquations() {
    for (const std::string& y : years_) {
        for (const std::string& period : {y, y + "-H1", y + "-H2"}) {
            for (const char* family : kFamilies) {
                Equation forms{{Cell(family, "form:all", period)}, {}};
                for (const auto& f : forms_) forms.rhs.push_back(Cell(family, "form:" + f, period));
                equations_.push_back(forms);
                Equation providers{{Cell(family, "form:all", period)}, {}};
                for (const auto& p : provider_codes_) providers.rhs.push_back(Cell(family, "provider:" + p, period));
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
                equations_.push_back(
                    {{Cell("planned", group, period)}, {Cell("nr_yes", group, period), Cell("nr_no", group, period)}});
            }
        }
        std::vector<std::string> halves;
        for (const std::string& y : years_) {
            for (const std::string f : kFamilies) {
                if (f == "ongoing") {
                    equations_.push_back({{Cell(f, group, y)}, {Cell(f, group, y + "-H2")}});
                } else {
                    equations_.push_back({{Cell(f, group, y)}, {Cell(f, group, y + "-H1"), Cell(f, group, y + "-H2")}});
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
std::optional<std::pair<std::vector<std::size_t>, std::int64_t>> Attacker::Residual(const Equation& eq) const {
    std::vector<std::size_t> left, right;
    std::int64_t known_left = 0, known_right = 0;
    for (const std::size_t c : eq.lhs) known_[c] ? void(known_left += *known_[c]) : left.push_back(c);
    for (const std::size_t c : eq.rhs) known_[c] ? void(known_right += *known_[c]) : right.push_back(c);
    if (left.empty() == right.empty()) return std::nullopt;
    if (!left.empty()) return std::make_pair(left, known_right - known_left);
    return std::make_pair(right, known_left - known_right);
}

// The true base counts by the attacker's cell names, from unsuppressed downloads (which list every
// provider). With the published downloads, also the "others" group: all minus the providers shown.
Attacker::Cells Truth(const Downloads& exact, const Downloads* published) {
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
Attacker::Cells PartsOf(const TrajectoryTable& t, const std::string& provider, const std::string& municipality,
                        Day reference) {
    TrajectoryTable split = t;
    const std::uint32_t id = *t.providers.Find(provider);
    for (std::size_t i = 0; i < split.size(); ++i) {
        if (t.provider[i] != id) continue;
        split.provider[i] = split.providers.Intern(provider + ":" + t.help_forms.Name(t.help_form[i]));
    }
    split.Finish();
    Attacker::Cells parts;
    const auto truth = Truth(DownloadAll(split, municipality, reference, /*suppress=*/false));
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

std::vector<std::string> SmallFigureProblems(const OutcomeFigures& f, const std::string& where) {
    std::vector<std::string> problems;
    const auto check = [&](bool ok, const std::string& what) {
        if (!ok) problems.push_back(where + ": " + what);
    };
    const auto ok = [](std::optional<std::int64_t> v) { return !v || *v == 0 || *v >= kOutcomeMinCount; };
    const auto text = [](std::optional<std::int64_t> v) { return v ? std::to_string(*v) : std::string("-"); };
    check(ok(f.started.value), "started " + text(f.started.value));
    check(ok(f.ended.value), "ended " + text(f.ended.value));
    check(ok(f.ongoing.value), "ongoing " + text(f.ongoing.value));
    check(ok(f.planned.denominator) && ok(f.planned.numerator),
          "planned " + text(f.planned.numerator) + " of " + text(f.planned.denominator));
    check(ok(f.satisfaction.n), "satisfaction n " + text(f.satisfaction.n));
    check(ok(f.without_help.denominator), "without_help n " + text(f.without_help.denominator));
    check(ok(f.no_reentry.denominator), "no_reentry n " + text(f.no_reentry.denominator));
    // A shown share: numerator and complement are 0 or at least 5, and 0 % or 100 % only over 20 or more.
    for (const ShareFigure* share : {&f.planned, &f.without_help, static_cast<const ShareFigure*>(&f.no_reentry)}) {
        if (!share->numerator) continue;
        const std::int64_t count = *share->numerator, n = *share->denominator;
        const auto small = [](std::int64_t v) { return v > 0 && v < kNumeratorMinCount; };
        const std::string of = std::to_string(count) + " of " + std::to_string(n);
        check(!(small(count) || small(n - count)), "small numerator or complement: " + of);
        check(!(n > 0 && (count == 0 || count == n) && n < kExtremeMinBase), "0 % or 100 % of a small base: " + of);
        check(!share->numerator_hidden, "a shown numerator marked hidden");
    }
    if (f.started.suppression != S::kNone) check(!f.started.value.has_value(), "hidden started with a value");
    if (f.planned.suppression != S::kNone) {
        check(!(f.planned.numerator || f.planned.denominator || f.planned.share || f.planned.interval),
              "hidden planned with a value");
    }
    if (f.satisfaction.suppression != S::kNone) {
        check(!(f.satisfaction.mean || f.satisfaction.n), "hidden satisfaction with a value");
    }
    if (f.no_reentry.suppression != S::kNone) {
        check(!(f.no_reentry.numerator || f.no_reentry.denominator || f.no_reentry.share),
              "hidden no_reentry with a value");
    }
    return problems;
}

void ExpectNoSmallFigure(const OutcomeFigures& f, const std::string& where) {
    for (const std::string& problem : SmallFigureProblems(f, where)) ADD_FAILURE() << problem;
}

Attacker::Cells InsiderParts(const TrajectoryTable& t, const std::string& own, const std::string& municipality,
                             Day reference, const Downloads& published, const Attacker::Cells& truth) {
    const std::string mine = "|provider:" + own + "|";
    Attacker::Cells parts = PartsOf(t, own, municipality, reference);
    const auto has_row = [&](const OutcomeReport& r) {
        return std::any_of(r.providers.begin(), r.providers.end(),
                           [&](const ProviderRow& row) { return row.provider == own; });
    };
    if (has_row(published.year) || has_row(published.half)) return parts;
    for (const auto& [cell, value] : truth) {
        const std::size_t at = cell.find(mine);
        if (at != std::string::npos) parts[cell.substr(0, at) + "|others|" + cell.substr(at + mine.size())] = value;
    }
    return parts;
}

int Targets(const Attacker::Cells& truth, const Attacker::Cells& parts) {
    int targets = 0;
    for (const auto& [cell, part] : parts) {
        const std::int64_t rest = ValueOf(truth, cell) - part;
        const std::int64_t threshold = IsNumeratorCell(cell) ? kNumeratorMinCount : kOutcomeMinCount;
        targets += rest > 0 && rest < threshold;
    }
    return targets;
}

Attacker Insider(const Downloads& published, const Attacker::Cells& truth, const Attacker::Cells& parts,
                 const std::string& own) {
    const std::string mine = "|provider:" + own + "|";
    Attacker insider(published);
    for (const auto& [cell, value] : truth) {
        if (cell.find(mine) != std::string::npos) insider.Know(cell, value);
    }
    for (const auto& [cell, part] : parts) insider.KnowPart(cell, part);
    return insider;
}

}  // namespace kompas::engine::attack
