// An attacker on the suppressed outcome indicators of one municipality, written independently of the
// suppressor (engine/outcome_suppression.hpp): it knows only what one user can download (the
// municipality report in both granularities) and the sums any careful reader knows, and tries to
// compute hidden base counts back. With the helpers that give it the truth to compare against.
// Test support: used by tests/engine/suppression_attack_test.cpp on small random tables and by
// bench/national/attack.cpp on the largest municipalities of a national data set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/trajectory.hpp"
#include "engine/outcome_indicators.hpp"
#include "engine/trajectory_table.hpp"

namespace kompas::engine::attack {

// One granularity of a municipality's report at `reference` (today).
OutcomeReport Download(const TrajectoryTable& t, const std::string& municipality, Day reference, Granularity g,
                       bool suppress, bool complementary = true);

// What one user can download: both granularities.
struct Downloads {
    OutcomeReport year;
    OutcomeReport half;
};

Downloads DownloadAll(const TrajectoryTable& t, const std::string& municipality, Day reference, bool suppress,
                      bool complementary = true);

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
    explicit Attacker(const std::vector<const Downloads*>& downloads);

    // An insider knows some cells whatever is published (a provider its own figures).
    void Know(const std::string& cell, std::int64_t value) { known_[Id(cell)] = value; }

    // An insider knows its own part of a published cell: cell = part + rest, the rest an unknown
    // named "rest|" + cell, which counts as hidden.
    void KnowPart(const std::string& cell, std::int64_t part);

    // Solves equations with one unknown (or whose unknowns must all be 0) until nothing changes.
    void Solve();

    // Hidden cells whose value is now known, apart from those whose name contains `own`. With an
    // insider's `parts` (InsiderParts), also apart from the cells that are wholly its own part: of
    // those it learns only that the others have nothing there, which a published 0 says freely.
    Cells Recovered(const std::string& own = {}, const Cells* parts = nullptr) const;

    // Equations that leave a known sum of unknowns below their threshold ("these 6 people"), after Solve().
    // With an insider's `parts`: equations that leave the others' rest of that sum (the sum less the
    // insider's parts of those cells) at 1 .. threshold − 1; a rest of 0 says "nobody else".
    std::vector<std::string> SmallSums(const Cells* parts = nullptr) const;

    // The stronger attack: reading the statuses, a primary cell is 1..9 and a complementary one 0 or
    // ≥ 10. Bounds carried through every equation until nothing tightens; returns the hidden cells
    // (not `own`) pinned to one positive value. (A hidden 0 pinned down says "nobody", which the
    // tables publish freely anyway.) Bounds that never settle are a test failure (ADD_FAILURE) and
    // make Settled() false.
    Cells Pinned(const std::string& own = {}) const;
    bool Settled() const { return settled_; }

    // The others' rests an insider knows (solved, or from a shown cell) that are small: 1 .. threshold − 1.
    Cells SmallRests() const;

    bool IsHidden(const std::string& cell) const;

    std::size_t HiddenCount() const;
    const std::vector<std::string>& providers() const { return provider_codes_; }

private:
    struct Equation {
        std::vector<std::size_t> lhs, rhs;
    };

    static std::string FamilyOf(const std::string& name);
    static bool IsNumerator(const std::string& family);
    std::int64_t Threshold(std::size_t i) const;
    bool ZeroMayBePrimary(std::size_t i) const;
    bool Owns(const std::string& own, std::size_t i) const;

    std::size_t Id(const std::string& name);
    std::size_t Cell(const std::string& family, const std::string& group, const std::string& period);

    // `own_label`: the status speaks of this cell's own base count. A figure hidden because its row's
    // ended count is hidden carries that count's label, which says nothing about its own base.
    void Publish(const std::string& family, const std::string& group, const std::string& period,
                 std::optional<std::int64_t> value, Suppression status, bool own_label = true);
    // A hidden count of a share carries no label (neither primary nor complementary): its numerator
    // and complement are hidden and nothing more is said of them.
    void PublishCount(const std::string& numerator, const std::string& complement, const std::string& group,
                      const std::string& period, const ShareFigure& f);
    void ReadFigures(const OutcomeFigures& f, const std::string& group, const std::string& period);
    void Read(const OutcomeReport& r);
    std::vector<std::string> Groups() const;
    // Every year from the first to the last published one, with its halves; no row means 0.
    void Complete();
    void BuildEquations();

    // The unknowns of an equation when they all stand on one side, and the value of their sum.
    std::optional<std::pair<std::vector<std::size_t>, std::int64_t>> Residual(const Equation& eq) const;

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
    mutable bool settled_ = true;
};

// The true base counts by the attacker's cell names, from unsuppressed downloads (which list every
// provider). With the published downloads, also the "others" group: all minus the providers shown.
Attacker::Cells Truth(const Downloads& exact, const Downloads* published = nullptr);

std::int64_t ValueOf(const Attacker::Cells& cells, const std::string& cell);

// "cell = value" of the first cell, or "" for none.
std::string First(const Attacker::Cells& cells);

// Whether a cell is a numerator or complement (threshold kNumeratorMinCount) rather than a base count.
bool IsNumeratorCell(const std::string& cell);

// One provider's own part of every help-form and "all" cell of `municipality`'s report, by the
// attacker's cell names: the same table with that provider's rows split into one pseudo-provider per
// help form (the clients and their starts unchanged, so re-entry is counted as in the real report).
Attacker::Cells PartsOf(const TrajectoryTable& t, const std::string& provider, const std::string& municipality,
                        Day reference);

// What provider `own` knows as an insider: PartsOf, and when it is published among "overige
// aanbieders" (no row of its own in `published`), its own figures as its part of that row.
Attacker::Cells InsiderParts(const TrajectoryTable& t, const std::string& own, const std::string& municipality,
                             Day reference, const Downloads& published, const Attacker::Cells& truth);

// The cells whose rest after `parts` is 1 .. threshold − 1: what an insider's attack is after.
int Targets(const Attacker::Cells& truth, const Attacker::Cells& parts);

// The insider `own`: the published downloads read with its provider cells known whole and its parts known.
Attacker Insider(const Downloads& published, const Attacker::Cells& truth, const Attacker::Cells& parts,
                 const std::string& own);

// Every published value and status of a report, as text: two reports are the same download when
// their descriptions are equal.
std::string Describe(const OutcomeReport& r);

// What is wrong with a published figure, one message each (empty: nothing): every shown figure's
// base count is 0 or at least 10, and a hidden figure carries no value. `where` begins each message.
std::vector<std::string> SmallFigureProblems(const OutcomeFigures& f, const std::string& where);

// SmallFigureProblems as test failures (EXPECT).
void ExpectNoSmallFigure(const OutcomeFigures& f, const std::string& where);

}  // namespace kompas::engine::attack
