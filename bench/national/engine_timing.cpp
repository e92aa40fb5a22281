// The outcome engine on a Kompas database, without HTTP: loads every trajectory as the server does
// (LoadOutcomeEngine) and times the suppressed municipality reports and the funnels, cold. For
// reading where the time of bench/national/run goes. Each step prints its wall time and the process's
// CPU time. Then a checksum of what every municipality's report hides (the year and the half-year
// report: which figures are hidden), to compare two builds of the suppressor, and the national
// funnel once more on a new scope cache of the same table: what a start of the day, or an upload that
// changed no municipality's cells, costs with the suppression kept (engine/suppression_memo.hpp).
// Usage: kompas_national_engine DATABASE-URL [GMxxxx ...]   (sqlite:DIR/kompas.db or postgresql://...)
// SCOPE_MIB=N sets the scope caches' memory budget (the server's default, 256 MiB, otherwise): to see
// how much of a funnel is scopes computed again because the budget let them go. REPORTS_ONLY=1 stops
// after the reports (to profile them alone).
#include <fmt/core.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "engine/outcome_indicators.hpp"
#include "service/outcomes.hpp"
#include "store/store.hpp"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double CpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec);
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Folds which figures of a report are hidden into `hash` (FNV-1a).
void Fold(std::uint64_t& hash, std::uint64_t value) { hash = (hash ^ value) * 1099511628211ULL; }
void FoldFigures(std::uint64_t& hash, const kompas::engine::OutcomeFigures& f) {
    for (const auto s : {f.started.suppression, f.ended.suppression, f.ongoing.suppression, f.planned.suppression,
                         f.satisfaction.suppression, f.without_help.suppression, f.no_reentry.suppression}) {
        Fold(hash, static_cast<std::uint64_t>(s != kompas::Suppression::kNone));
    }
    for (const bool hidden :
         {f.planned.numerator_hidden, f.without_help.numerator_hidden, f.no_reentry.numerator_hidden}) {
        Fold(hash, hidden ? 1 : 0);
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace kompas;
    if (argc < 2) {
        fmt::print(stderr, "usage: {} DATABASE-URL [GMxxxx ...]\n", argv[0]);
        return 2;
    }
    auto store = OpenStore(argv[1]);
    if (!store) {
        fmt::print(stderr, "{}\n", store.error().message);
        return 1;
    }
    engine::OutcomeEngine outcomes;
    auto start = std::chrono::steady_clock::now();
    if (auto loaded = LoadOutcomeEngine(**store, outcomes); !loaded) {
        fmt::print(stderr, "{}\n", loaded.error().message);
        return 1;
    }
    const auto table = outcomes.Snapshot();
    fmt::print("load: {} trajectories in {:.2f} s\n", table->size(), Seconds(start));
    const Day today = DayOf(std::chrono::system_clock::now());
    const char* scope_mib = std::getenv("SCOPE_MIB");
    const std::size_t budget = (scope_mib ? std::stoull(scope_mib) : 256) << 20;
    fmt::print("scope cache budget: {} MiB\n", budget >> 20);
    engine::ScopeCache cache(table, budget);
    for (int i = 2; i < argc; ++i) {
        start = std::chrono::steady_clock::now();
        const double cpu = CpuSeconds();
        engine::OutcomeQuery query{engine::OutcomeQuery::Scope::kMunicipality, argv[i], engine::Granularity::kYear,
                                   today, true};
        auto report = engine::ComputeOutcomes(*table, query, &cache);
        if (!report) return 1;
        fmt::print("report {}: {:.3f} s (cpu {:.3f} s), {} provider rows, {} folded providers\n", argv[i],
                   Seconds(start), CpuSeconds() - cpu, report->providers.size(), report->other_provider_count);
    }
    if (std::getenv("REPORTS_ONLY")) return 0;  // for profiling the reports alone
    const auto funnels = [&](engine::ScopeCache& scopes, const char* label) -> bool {
        for (const auto indicator : {engine::FunnelIndicator::kPlanned, engine::FunnelIndicator::kWithoutHelp}) {
            start = std::chrono::steady_clock::now();
            const double cpu = CpuSeconds();
            auto funnel =
                engine::ComputeFunnel(*table, engine::FunnelQuery{indicator, YearOf(today) - 1, {}, today}, &scopes);
            if (!funnel) return false;
            fmt::print("{} national funnel {}: {:.3f} s (cpu {:.3f} s), {} points, {} hidden; {} scopes kept, {} MiB\n",
                       label, engine::FunnelIndicatorName(indicator), Seconds(start), CpuSeconds() - cpu,
                       funnel->points.size(), funnel->hidden, scopes.size(), scopes.bytes() >> 20);
        }
        return true;
    };
    if (!funnels(cache, "cold")) return 1;
    std::uint64_t hash = 1469598103934665603ULL;
    std::size_t rows = 0;
    for (std::uint32_t m = 0; m < table->municipalities.size(); ++m) {
        for (const auto granularity : {engine::Granularity::kYear, engine::Granularity::kHalfYear}) {
            engine::OutcomeQuery query{engine::OutcomeQuery::Scope::kMunicipality, table->municipalities.Name(m),
                                       granularity, today, true};
            auto report = engine::ComputeOutcomes(*table, query, &cache);
            if (!report) return 1;
            for (const auto& row : report->rows) FoldFigures(hash, row.figures);
            for (const auto& row : report->providers) FoldFigures(hash, row.figures);
            for (const auto& row : report->other_providers) FoldFigures(hash, row.figures);
            rows += report->rows.size() + report->providers.size() + report->other_providers.size();
        }
    }
    fmt::print("hidden figures of all {} municipalities: checksum {:016x} over {} rows\n", table->municipalities.size(),
               hash, rows);
    engine::ScopeCache again(table, budget);
    if (!funnels(again, "kept suppression:")) return 1;
    return 0;
}
