// The Kompas side of the outcome benchmark (bench/outcome/run): loads the workload CSV into a
// TrajectoryTable, times Q1-Q4 (1 warm-up + RUNS timed runs each), writes the results for the
// agreement check and prints one JSON line with the timings and the peak RSS.
//   kompas-outcome-bench CSV GEMEENTE OUT_DIR N [RUNS]
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "outcome/workload_csv.hpp"
#include "outcome/workload_queries.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

bool WriteFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace kompas::bench;
    using kompas::engine::TrajectoryTable;
    if (argc < 5) {
        std::fputs("usage: kompas-outcome-bench CSV GEMEENTE OUT_DIR N [RUNS]\n", stderr);
        return 2;
    }
    const std::string csv = argv[1], gemeente = argv[2], out_dir = argv[3], n = argv[4];
    const int runs = argc > 5 ? std::max(1, std::atoi(argv[5])) : 5;
    constexpr unsigned kThreads = 2;

    const auto t0 = Clock::now();
    auto loaded = LoadWorkloadCsv(csv, kThreads);
    const double load_s = Seconds(t0);
    if (!loaded) {
        fmt::print(stderr, "load failed: {}\n", loaded.error().message);
        return 1;
    }
    const TrajectoryTable& table = *loaded;

    // Timed: the query with its result materialised as structs; the CSV is written once afterwards.
    struct Query {
        const char* name;
        std::function<std::size_t()> run;
        std::function<std::string()> csv;
    };
    const Query queries[] = {
        {"q1", [&] { return OutcomesByMunicipality(table, kThreads).size(); },
         [&] { return MunicipalityOutcomesCsv(table, OutcomesByMunicipality(table, kThreads)); }},
        {"q2", [&] { return OutcomesByProvider(table, kThreads).size(); },
         [&] { return ProviderOutcomesCsv(table, OutcomesByProvider(table, kThreads)); }},
        {"q3", [&] { return ReentryByMunicipality(table, kThreads).size(); },
         [&] { return ReentryCsv(table, ReentryByMunicipality(table, kThreads)); }},
        {"q4", [&] { return OutcomesOfMunicipality(table, gemeente).size(); },
         [&] { return MunicipalityOutcomesCsv(table, OutcomesOfMunicipality(table, gemeente)); }},
    };
    std::string json_queries;
    for (const Query& query : queries) {
        std::size_t rows = query.run();  // warm-up
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            rows = query.run();
            times.push_back(Seconds(start));
        }
        const std::string path = fmt::format("{}/kompas_{}_{}.csv", out_dir, n, query.name);
        if (!WriteFile(path, query.csv())) {
            fmt::print(stderr, "cannot write {}\n", path);
            return 1;
        }
        std::vector<double> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        fmt::format_to(std::back_inserter(json_queries), "{}\"{}\":{{\"times\":[{}],\"median\":{},\"rows\":{}}}",
                       json_queries.empty() ? "" : ",", query.name, fmt::join(times, ","), sorted[sorted.size() / 2],
                       rows);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    fmt::print("{{\"engine\":\"kompas\",\"n\":{},\"rows\":{},\"clients\":{},", n, table.size(), table.client_count);
    fmt::print("\"load_s\":{},\"queries\":{{{}}},\"maxrss_kb\":{}}}\n", load_s, json_queries, usage.ru_maxrss);
    return 0;
}
