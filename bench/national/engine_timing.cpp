// The outcome engine on a Kompas database, without HTTP: loads every trajectory as the server does
// (LoadOutcomeEngine) and times the suppressed municipality reports and the funnels, cold. For
// reading where the time of bench/national/run goes.
// Usage: kompas_national_engine DATABASE-URL [GMxxxx ...]   (sqlite:DIR/kompas.db or postgresql://...)
#include <fmt/core.h>

#include <chrono>
#include <string>

#include "engine/outcome_indicators.hpp"
#include "service/outcomes.hpp"
#include "store/store.hpp"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
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
    engine::ScopeCache cache(table);
    for (int i = 2; i < argc; ++i) {
        start = std::chrono::steady_clock::now();
        engine::OutcomeQuery query{engine::OutcomeQuery::Scope::kMunicipality, argv[i], engine::Granularity::kYear,
                                   today, true};
        auto report = engine::ComputeOutcomes(*table, query, &cache);
        if (!report) return 1;
        fmt::print("report {}: {:.3f} s, {} provider rows, {} folded providers\n", argv[i], Seconds(start),
                   report->providers.size(), report->other_provider_count);
    }
    for (const auto indicator : {engine::FunnelIndicator::kPlanned, engine::FunnelIndicator::kWithoutHelp}) {
        start = std::chrono::steady_clock::now();
        auto funnel =
            engine::ComputeFunnel(*table, engine::FunnelQuery{indicator, YearOf(today) - 1, {}, today}, &cache);
        if (!funnel) return 1;
        fmt::print("national funnel {}: {:.3f} s, {} points, {} hidden; {} scopes kept, {} MiB\n",
                   engine::FunnelIndicatorName(indicator), Seconds(start), funnel->points.size(), funnel->hidden,
                   cache.size(), cache.bytes() >> 20);
    }
    return 0;
}
