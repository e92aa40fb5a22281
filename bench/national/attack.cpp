// The attacker of tests/engine/attacker.hpp on the largest municipalities of a national data set, for
// bench/national/run: the suppression must stay complete at national scale. For each of the K
// municipalities with the most trajectories, with the reference date today, the municipality's
// report is downloaded in both granularities, suppressed and exact, and
//   (a) no published figure rests on 1-9 trajectories (numerators and complements 1-4, 0 % or 100 %
//       of fewer than 20), and a hidden figure carries no value;
//   (b) an outsider who reads both downloads recovers no hidden cell, is left with no small known sum
//       of hidden cells, and pins no hidden cell down by carrying bounds through the sums;
//   (c) insiders, each knowing what a real provider knows (its own provider rows whole, its own part
//       of every help-form and "all" cell, and if it is published among "overige aanbieders" its part
//       of that row): the P largest providers shown with a row of their own, and the largest provider
//       of "overige aanbieders" when the report has that group. None recovers a hidden cell beyond
//       its own part, knows a small rest of the others, is left with a small known sum of the
//       others' rests, or pins a cell to more than its own part. (A cell that is wholly its own part
//       tells it only that the others have nothing there, as a published 0 would.) "targets" counts
//       the cells whose rest after the insider's part is small: what the attack is after.
// The same checks as tests/engine/suppression_attack_test.cpp (SuppressionAttack), counted instead of
// asserted. Prints a block per municipality with its timings; exit status 1 on any failure, 2 on a
// usage or data error.
//   kompas_national_attack --data-dir DIR --municipalities K [--providers P] [--reference-date YYYY-MM-DD]
//
// The reports are computed on the rows of the municipality's clients only (every trajectory of every
// client with one in the municipality, anywhere): re-entry looks for the same client's later starts
// with any provider in any municipality, so that report is the report on the whole table (checked on
// the first municipality by comparing the downloads), and the attacker's copies of the table
// (PartsOf) stay small.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/trajectory.hpp"
#include "engine/outcome_engine.hpp"
#include "engine/outcome_indicators.hpp"
#include "engine/trajectory_table.hpp"
#include "service/outcomes.hpp"
#include "store/store.hpp"
#include "tests/engine/attacker.hpp"

namespace {

using namespace kompas::engine;
using namespace kompas::engine::attack;
using kompas::Day;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

// Every trajectory of every client with a trajectory in municipality `m`. The dictionaries are kept
// whole (same ids, same codes); clients are renumbered densely in the order of their old ids.
TrajectoryTable ClientsOf(const TrajectoryTable& t, std::uint32_t m) {
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> id(t.client_count, kNone);
    for (std::uint32_t k = t.municipality_offsets[m]; k < t.municipality_offsets[m + 1]; ++k) {
        id[t.client[t.municipality_rows[k]]] = 0;
    }
    std::uint32_t clients = 0;
    for (std::uint32_t& c : id) {
        if (c != kNone) c = clients++;
    }
    TrajectoryTable s;
    s.municipalities = t.municipalities;
    s.providers = t.providers;
    s.help_forms = t.help_forms;
    const bool parent = !t.without_help_parent.empty(), parent_sat = !t.satisfaction_parent.empty();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (id[t.client[i]] == kNone) continue;
        s.client.push_back(id[t.client[i]]);
        s.municipality.push_back(t.municipality[i]);
        s.provider.push_back(t.provider[i]);
        s.help_form.push_back(t.help_form[i]);
        s.start_day.push_back(t.start_day[i]);
        s.end_day.push_back(t.end_day[i]);
        s.reason.push_back(t.reason[i]);
        s.without_help_youth.push_back(t.without_help_youth[i]);
        if (parent) s.without_help_parent.push_back(t.without_help_parent[i]);
        s.satisfaction_youth.push_back(t.satisfaction_youth[i]);
        if (parent_sat) s.satisfaction_parent.push_back(t.satisfaction_parent[i]);
    }
    s.client_count = clients;
    s.Finish();
    return s;
}

// Failures of one municipality, with the first few examples of each kind.
class Findings {
public:
    void Fail(const std::string& kind, const std::string& example) {
        auto& [count, examples] = failures_[kind];
        ++count;
        if (examples.size() < 5) examples.push_back(example);
    }
    void Fail(const std::string& kind, const std::vector<std::string>& examples) {
        for (const std::string& e : examples) Fail(kind, e);
    }
    void Fail(const std::string& kind, const Attacker::Cells& cells) {
        for (const auto& [cell, value] : cells) Fail(kind, cell + " = " + std::to_string(value));
    }
    std::size_t Count(const std::string& kind) const {
        const auto it = failures_.find(kind);
        return it == failures_.end() ? 0 : it->second.first;
    }
    std::size_t Total() const {
        std::size_t total = 0;
        for (const auto& [kind, failure] : failures_) total += failure.first;
        return total;
    }
    void Print(const std::string& municipality) const {
        for (const auto& [kind, failure] : failures_) {
            fmt::print("  FAIL {} {}: {} time(s)\n", municipality, kind, failure.first);
            for (const std::string& e : failure.second) fmt::print("       {}\n", e);
        }
    }

private:
    std::map<std::string, std::pair<std::size_t, std::vector<std::string>>> failures_;
};

std::set<std::string> ShownProviders(const Downloads& published) {
    std::set<std::string> shown;
    for (const OutcomeReport* r : {&published.year, &published.half}) {
        for (const ProviderRow& row : r->providers) shown.insert(row.provider);
    }
    return shown;
}

// (a) Every published figure.
void CheckFigures(const Downloads& published, Findings& findings) {
    for (const OutcomeReport* r : {&published.year, &published.half}) {
        for (const OutcomeRow& row : r->rows) {
            findings.Fail("(a) small figure", SmallFigureProblems(row.figures, row.help_form + " " + row.period));
        }
        for (const ProviderRow& row : r->providers) {
            findings.Fail("(a) small figure", SmallFigureProblems(row.figures, row.provider + " " + row.period));
        }
        for (const OtherProvidersRow& row : r->other_providers) {
            findings.Fail("(a) small figure", SmallFigureProblems(row.figures, "others " + row.period));
        }
    }
}

// (b) The outsider, as AnOutsiderRecoversNoSuppressedBaseCount.
void CheckOutsider(const Downloads& published, const Attacker::Cells& truth, Findings& findings) {
    const auto t0 = Clock::now();
    Attacker attacker(published);
    const std::size_t hidden = attacker.HiddenCount();
    attacker.Solve();
    const auto recovered = attacker.Recovered();
    const auto sums = attacker.SmallSums();
    const double solve_s = Seconds(t0);
    const auto t1 = Clock::now();
    const Attacker reader(published);
    const auto pinned = reader.Pinned();
    const double pinned_s = Seconds(t1);
    findings.Fail("(b) outsider recovers", recovered);
    findings.Fail("(b) outsider small sum", sums);
    findings.Fail("(b) outsider pins", pinned);
    if (!reader.Settled()) findings.Fail("(b) outsider bounds do not settle", std::string("Pinned()"));
    for (const auto& [cell, value] : pinned) {
        if (value != ValueOf(truth, cell)) {
            findings.Fail("(b) attacker unsound: pinned value differs from the truth",
                          fmt::format("{} = {}, truly {}", cell, value, ValueOf(truth, cell)));
        }
    }
    fmt::print(
        "  (b) outsider: {} hidden cells; recovered {}, small sums {}, pinned {} (solve {:.1f} s, bounds {:.1f} s)\n",
        hidden, recovered.size(), sums.size(), pinned.size(), solve_s, pinned_s);
}

// (c) One insider, as AProviderLearnsNothingAboutTheOthers.
void CheckInsider(const TrajectoryTable& t, const std::string& municipality, Day reference, const std::string& own,
                  std::size_t rows, const Downloads& published, const Attacker::Cells& truth, Findings& findings) {
    const auto t0 = Clock::now();
    const std::string mine = "|provider:" + own + "|";
    const auto parts = InsiderParts(t, own, municipality, reference, published, truth);
    const bool folded = !ShownProviders(published).contains(own);
    const int targets = Targets(truth, parts);
    Attacker insider = Insider(published, truth, parts, own);
    const auto pinned = insider.Pinned(mine);
    if (!insider.Settled()) findings.Fail("(c) insider bounds do not settle", own);
    insider.Solve();
    const auto recovered = insider.Recovered(mine, &parts);
    const auto rests = insider.SmallRests();
    const auto sums = insider.SmallSums(&parts);
    findings.Fail("(c) insider " + own + " recovers", recovered);
    findings.Fail("(c) insider " + own + " knows a small rest", rests);
    findings.Fail("(c) insider " + own + " small sum", sums);
    std::size_t forbidden = 0;
    for (const auto& [cell, value] : pinned) {
        if (cell.starts_with("rest|")) {
            // The rest of a shown cell is known by subtraction (SmallRests checks it); of a hidden one, never.
            if (insider.IsHidden(cell.substr(5))) {
                ++forbidden;
                findings.Fail("(c) insider " + own + " pins a hidden cell's rest",
                              cell + " = " + std::to_string(value));
            }
            continue;
        }
        if (value != ValueOf(parts, cell)) {
            ++forbidden;
            findings.Fail("(c) insider " + own + " pins",
                          fmt::format("{} = {}, own part {}", cell, value, ValueOf(parts, cell)));
        }
    }
    fmt::print(
        "  (c) insider {} ({}, {} trajectories): targets {}; recovered {}, small rests {}, small sums {}, "
        "forbidden pins {} ({:.1f} s)\n",
        own, folded ? "among overige aanbieders" : "own row", rows, targets, recovered.size(), rests.size(),
        sums.size(), forbidden, Seconds(t0));
}

bool SameDownloads(const Downloads& a, const Downloads& b) {
    return Describe(a.year) == Describe(b.year) && Describe(a.half) == Describe(b.half);
}

// All checks on one municipality; returns its number of failures.
std::size_t AttackMunicipality(const TrajectoryTable& full, std::uint32_t m, Day reference, int provider_count,
                               bool compare_with_full) {
    const std::string code = full.municipalities.Name(m);
    const auto start = Clock::now();
    Findings findings;
    const TrajectoryTable t = ClientsOf(full, m);
    const std::size_t own_rows = full.municipality_offsets[m + 1] - full.municipality_offsets[m];
    fmt::print("{}: {} trajectories; {} rows of its {} clients ({:.1f} s)\n", code, own_rows, t.size(), t.client_count,
               Seconds(start));

    auto t0 = Clock::now();
    const Downloads published = DownloadAll(t, code, reference, /*suppress=*/true);
    const double suppressed_s = Seconds(t0);
    t0 = Clock::now();
    const Downloads exact = DownloadAll(t, code, reference, /*suppress=*/false);
    const double exact_s = Seconds(t0);
    const auto truth = Truth(exact, &published);
    fmt::print(
        "  downloads: suppressed {:.1f} s, exact {:.1f} s; {} rows, {} provider rows, {} others rows "
        "({} providers among overige aanbieders)\n",
        suppressed_s, exact_s, published.year.rows.size() + published.half.rows.size(),
        published.year.providers.size() + published.half.providers.size(),
        published.year.other_providers.size() + published.half.other_providers.size(),
        published.year.other_provider_count);

    // The sub-table gives the same reports as the whole table: exact ones always (cheap), and
    // suppressed ones where asked (as costly as the download itself).
    t0 = Clock::now();
    if (!SameDownloads(exact, DownloadAll(full, code, reference, /*suppress=*/false))) {
        findings.Fail("sub-table differs from the whole table", std::string("exact downloads"));
    }
    if (compare_with_full && !SameDownloads(published, DownloadAll(full, code, reference, /*suppress=*/true))) {
        findings.Fail("sub-table differs from the whole table", std::string("suppressed downloads"));
    }
    fmt::print("  sub-table = whole table: exact{} compared ({:.1f} s): {}\n",
               compare_with_full ? " and suppressed" : "", Seconds(t0),
               findings.Count("sub-table differs from the whole table") == 0 ? "same" : "DIFFERENT");

    CheckFigures(published, findings);
    fmt::print("  (a) published figures resting on 1-9: {}\n", findings.Count("(a) small figure"));

    CheckOutsider(published, truth, findings);

    // The insiders: the largest providers of the municipality's own trajectories shown with a row of
    // their own, and the largest one among "overige aanbieders".
    std::map<std::uint32_t, std::size_t> by_provider;
    for (std::uint32_t k = t.municipality_offsets[m]; k < t.municipality_offsets[m + 1]; ++k) {
        ++by_provider[t.provider[t.municipality_rows[k]]];
    }
    std::vector<std::pair<std::size_t, std::string>> sizes;
    for (const auto& [p, n] : by_provider) sizes.emplace_back(n, t.providers.Name(p));
    std::sort(sizes.begin(), sizes.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const std::set<std::string> shown = ShownProviders(published);
    int own_rows_taken = 0;
    bool folded_taken = published.year.other_provider_count == 0 && published.half.other_provider_count == 0;
    for (const auto& [n, provider] : sizes) {
        const bool is_shown = shown.contains(provider);
        if (is_shown && own_rows_taken < provider_count) {
            ++own_rows_taken;
        } else if (!is_shown && !folded_taken) {
            folded_taken = true;
        } else {
            continue;
        }
        CheckInsider(t, code, reference, provider, n, published, truth, findings);
        if (own_rows_taken == provider_count && folded_taken) break;
    }

    const std::size_t failures = findings.Total();
    findings.Print(code);
    fmt::print("  {}: {} ({:.1f} s)\n", code, failures == 0 ? "ok" : fmt::format("{} FAILURES", failures),
               Seconds(start));
    std::fflush(stdout);
    return failures;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"The attacker on the suppressed outcome reports of the largest municipalities"};
    std::string data_dir;
    int municipalities = 5;
    int providers = 3;
    std::string reference_text;
    app.add_option("--data-dir", data_dir, "Kompas data directory (SQLite: DIR/kompas.db)")->required();
    app.add_option("--municipalities", municipalities, "How many of the largest municipalities")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    app.add_option("--providers", providers, "Insiders per municipality: the largest providers with a row of their own")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    app.add_option("--reference-date", reference_text, "The reference date YYYY-MM-DD (default today)");
    CLI11_PARSE(app, argc, argv);

    Day reference = kompas::DayOf(std::chrono::system_clock::now());
    if (!reference_text.empty()) {
        const auto parsed = kompas::ParseDay(reference_text);
        if (!parsed) {
            fmt::print(stderr, "--reference-date: not a date: {}\n", reference_text);
            return 2;
        }
        reference = *parsed;
    }

    const std::filesystem::path db = std::filesystem::path(data_dir) / "kompas.db";
    if (!std::filesystem::exists(db)) {
        fmt::print(stderr, "no Kompas data in {}: {} is missing\n", data_dir, db.string());
        return 2;
    }
    auto t0 = Clock::now();
    auto store = kompas::OpenStore("sqlite:" + db.string());
    if (!store) {
        fmt::print(stderr, "{}\n", store.error().message);
        return 2;
    }
    if (auto migrated = (*store)->Migrate(); !migrated) {
        fmt::print(stderr, "{}\n", migrated.error().message);
        return 2;
    }
    OutcomeEngine engine;
    if (auto loaded = kompas::LoadOutcomeEngine(**store, engine); !loaded) {
        fmt::print(stderr, "{}\n", loaded.error().message);
        return 2;
    }
    const std::shared_ptr<const TrajectoryTable> table = engine.Snapshot();
    const TrajectoryTable& t = *table;
    fmt::print("loaded {} trajectories of {} clients in {} municipalities from {} ({:.1f} s); reference date {}\n",
               t.size(), t.client_count, t.municipalities.size(), db.string(), Seconds(t0),
               kompas::FormatDay(reference));

    std::vector<std::uint32_t> order(t.municipalities.size());
    for (std::uint32_t m = 0; m < order.size(); ++m) order[m] = m;
    const auto rows = [&t](std::uint32_t m) { return t.municipality_offsets[m + 1] - t.municipality_offsets[m]; };
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return rows(a) != rows(b) ? rows(a) > rows(b) : t.municipalities.Name(a) < t.municipalities.Name(b);
    });
    order.resize(std::min<std::size_t>(order.size(), static_cast<std::size_t>(municipalities)));

    const auto start = Clock::now();
    std::size_t failures = 0, failed = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t f = AttackMunicipality(t, order[k], reference, providers, /*compare_with_full=*/k == 0);
        failures += f;
        failed += f > 0;
    }
    fmt::print("attack: {} municipalities, {} failed, {} failures ({:.1f} s)\n", order.size(), failed, failures,
               Seconds(start));
    return failures == 0 ? 0 : 1;
}
