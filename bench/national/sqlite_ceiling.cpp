// What SQLite alone writes on this machine, with the product's tables, settings and statements: the
// ceiling under the import rates of issue 10 (bench/national/ceiling). Two figures per kind of row:
//  - SQLite alone: the rows made in memory beforehand, in key order, written through the product's
//    SqlDatabase and its multi-row upserts (256 trajectories, 128 observations a statement), in one
//    transaction; the commit and its checkpoint included. No file is read, nothing is checked, no
//    pseudonym is made and nothing is sorted while the clock runs.
//  - through the store: the same rows in delivery order through Store::ImportTrajectories (its
//    external sort: runs sorted, spilled and merged) and Store::Import (the observation sink).
// The rows are made up, shaped like bench/national's trajectories and bench/run's KWB-like file.
// Usage: kompas_sqlite_ceiling NEW-DIRECTORY [TRAJECTORIES]   (default 6,000,000)
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "store/sql_rows.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"
#include "store/trajectory_runs.hpp"

namespace {

using namespace kompas;

constexpr std::size_t kTrajectoriesPerStatement = 256;  // as SqlTrajectoryWriter
constexpr std::size_t kObservationsPerStatement = 128;  // as ImportSink
constexpr std::size_t kTrajectoryColumns = 14;
constexpr std::size_t kObservationColumns = 7;

double Seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

[[noreturn]] void Die(const Error& error) {
    fmt::print(stderr, "{}\n", error.message);
    std::exit(1);
}

template <typename T>
T Must(Result<T> result) {
    if (!result) Die(result.error());
    return std::move(*result);
}

void Must(Result<void> result) {
    if (!result) Die(result.error());
}

// A migrated, empty SQLite database at `path`, and the product's connection to it.
std::unique_ptr<SqlDatabase> FreshDatabase(const std::filesystem::path& path) {
    Must(Must(OpenSqliteStore(path))->Migrate());
    return Must(OpenSqliteDatabase(path));
}

std::unique_ptr<Store> FreshStore(const std::filesystem::path& path) {
    auto store = Must(OpenSqliteStore(path));
    Must(store->Migrate());
    return store;
}

std::uint64_t SplitMix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// `count` records over about 0.6 clients a record and 3,000 providers, in no order.
std::vector<Trajectory> MakeTrajectories(std::size_t count) {
    std::mt19937_64 random(10);
    const std::uint64_t clients = std::max<std::uint64_t>(1, count * 6 / 10);
    static constexpr const char* kForms[] = {"01", "02", "03", "04", "11", "12", "13", "14"};
    std::vector<Trajectory> rows(count);
    for (Trajectory& t : rows) {
        const std::uint64_t client = random() % clients;
        t.client = fmt::format("{:016x}{:016x}{:016x}{:016x}", SplitMix(client), SplitMix(client + 1),
                               SplitMix(client + 2), SplitMix(client + 3));
        t.provider = fmt::format("{:08}", 90'000'000 + random() % 3'000);
        t.municipality = fmt::format("GM{:04}", random() % 342);
        t.birth_year = 2000 + static_cast<int>(random() % 20);
        t.sex = random() % 2 == 0 ? "1" : "2";
        t.referrer = fmt::format("{:02}", 1 + random() % 8);
        t.help_form = kForms[random() % 8];
        t.start_day = 17'000 + static_cast<Day>(random() % 3'650);
        if (random() % 10 < 6) {
            t.end_day = t.start_day + static_cast<Day>(random() % 700);
            t.reason = static_cast<EndReason>(1 + random() % 5);
            if (random() % 3 == 0) t.youth = {static_cast<int>(random() % 11), static_cast<int>(random() % 2)};
        }
    }
    return rows;
}

SqlValue Optional(const std::optional<int>& value) {
    return value ? SqlValue(static_cast<std::int64_t>(*value)) : SqlValue();
}

void AddParams(const Trajectory& t, std::vector<SqlValue>& params) {
    params.insert(params.end(), {t.provider, t.client, t.help_form, SqlValue(static_cast<std::int64_t>(t.start_day)),
                                 t.municipality, SqlValue(static_cast<std::int64_t>(t.birth_year)), t.sex, t.referrer,
                                 t.end_day ? SqlValue(static_cast<std::int64_t>(*t.end_day)) : SqlValue(),
                                 t.reason ? SqlValue(static_cast<std::int64_t>(*t.reason)) : SqlValue(),
                                 Optional(t.youth.satisfaction), Optional(t.parent.satisfaction),
                                 Optional(t.youth.without_help), Optional(t.parent.without_help)});
}

// Writes `rows` (in key order, each key once) in statements of `per` rows, the rest one by one.
template <typename Row, typename Add>
void WriteInChunks(SqlDatabase& db, std::string_view insert, std::string_view conflict, std::size_t columns,
                   std::size_t per, const std::vector<Row>& rows, const Add& add) {
    auto chunk = Must(db.Prepare(std::string(insert) + sql::Placeholders(per, columns) + std::string(conflict)));
    auto single = Must(db.Prepare(std::string(insert) + sql::Placeholders(1, columns) + std::string(conflict)));
    std::vector<SqlValue> params;
    std::size_t i = 0;
    for (; i + per <= rows.size(); i += per) {
        params.clear();
        for (std::size_t j = i; j < i + per; ++j) add(rows[j], params);
        Must(chunk->Run(params));
    }
    for (; i < rows.size(); ++i) {
        params.clear();
        add(rows[i], params);
        Must(single->Run(params));
    }
}

void Report(std::string_view what, std::size_t rows, double seconds, std::string_view extra = {}) {
    fmt::print("{}: {} rows in {:.2f} s = {:.0f} rows/s{}\n", what, rows, seconds, static_cast<double>(rows) / seconds,
               extra);
}

void Trajectories(const std::filesystem::path& dir, std::size_t count) {
    std::vector<Trajectory> delivered = MakeTrajectories(count);
    {
        std::vector<Trajectory> sorted = delivered;
        std::stable_sort(sorted.begin(), sorted.end(), TrajectoryKeyLess);
        // Of one key the last delivered, as the import's merge leaves it.
        std::vector<Trajectory> unique;
        unique.reserve(sorted.size());
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            if (i + 1 < sorted.size() && SameTrajectoryKey(sorted[i], sorted[i + 1])) continue;
            unique.push_back(std::move(sorted[i]));
        }
        sorted.clear();
        sorted.shrink_to_fit();
        auto db = FreshDatabase(dir / "trajectories-alone.db");
        const auto start = std::chrono::steady_clock::now();
        Must(db->ExecScript("BEGIN IMMEDIATE"));
        WriteInChunks(*db, sql::kInsertTrajectories,
                      std::string(sql::kTrajectoryConflict) + std::string(sql::kWholeUpdate), kTrajectoryColumns,
                      kTrajectoriesPerStatement, unique, AddParams);
        Must(db->ExecScript("COMMIT"));
        Report("SQLite alone, trajectories (in key order, 256 a statement, one transaction)", unique.size(),
               Seconds(start));
    }
    auto store = FreshStore(dir / "trajectories-store.db");
    const ImportRecord record{"trajectories-csv", "ceiling", "ceiling"};
    const auto start = std::chrono::steady_clock::now();
    const auto summary = Must(store->ImportTrajectories(std::span(&record, 1), [&](TrajectoryWriter& writer) {
        for (const Trajectory& t : delivered) {
            if (auto put = writer.Put(t, TrajectoryChange::kWhole); !put) return put;
        }
        return Result<void>();
    }));
    Report("through the store, trajectories (in delivery order: sorted, spilled, merged, written)",
           static_cast<std::size_t>(summary.trajectories), Seconds(start));
}

// Regions, indicators and observations shaped like bench/run's KWB-like file: 192 municipalities of
// 363 regions (the municipality, 30 districts, 332 neighbourhoods), 16 indicators, 3 years. In
// the file's order: per municipality, per year, per region, per indicator.
struct Observations {
    std::vector<Region> regions;
    std::vector<Indicator> indicators;
    std::vector<Observation> rows;
};

Observations MakeObservations() {
    Observations made;
    for (int i = 0; i < 16; ++i) {
        Indicator indicator;
        indicator.key = fmt::format("Indicator_{}", i);
        indicator.title = "Titel";
        indicator.unit = "aantal";
        made.indicators.push_back(std::move(indicator));
    }
    for (int m = 1; m <= 192; ++m) {
        const std::string gm = fmt::format("GM{:04}", m);
        made.regions.push_back({gm, gm, RegionLevel::kMunicipality, "NL01"});
        for (int d = 0; d < 30; ++d) {
            const std::string wk = fmt::format("WK{:04}{:02}", m, d);
            made.regions.push_back({wk, wk, RegionLevel::kDistrict, gm});
            for (int b = 0; b < (d < 2 ? 12 : 11); ++b) {
                const std::string bu = fmt::format("BU{:04}{:02}{:02}", m, d, b);
                made.regions.push_back({bu, bu, RegionLevel::kNeighbourhood, wk});
            }
        }
    }
    std::size_t first = 0;
    while (first < made.regions.size()) {
        std::size_t end = first + 1;
        while (end < made.regions.size() && made.regions[end].level != RegionLevel::kMunicipality) ++end;
        for (int year = 2025; year >= 2023; --year) {
            for (std::size_t r = first; r < end; ++r) {
                for (const Indicator& indicator : made.indicators) {
                    Observation& o = made.rows.emplace_back();
                    o.indicator = indicator.key;
                    o.region = made.regions[r].code;
                    o.period = fmt::format("{}JJ00", year);
                    o.value = static_cast<double>(r % 1000) + year;
                }
            }
        }
        first = end;
    }
    return made;
}

void AddObservation(const Observation& o, std::vector<SqlValue>& params) {
    const auto row = sql::ObservationParams(o);
    params.insert(params.end(), row.begin(), row.end());
}

void ObservationFigures(const std::filesystem::path& dir) {
    const Observations made = MakeObservations();
    // The KWB-like file of bench/run: 200 MB with 3,362,688 observations.
    const auto per_file = [](std::size_t rows, double seconds) {
        return fmt::format("; a 200 MB KWB-like file of 3,362,688 observations at this rate: {:.1f} MB/s",
                           200.0 / (3'362'688.0 / (static_cast<double>(rows) / seconds)));
    };
    {
        std::vector<Observation> sorted = made.rows;
        std::sort(sorted.begin(), sorted.end(), [](const Observation& a, const Observation& b) {
            return std::tie(a.region, a.indicator, a.period) < std::tie(b.region, b.indicator, b.period);
        });
        auto db = FreshDatabase(dir / "observations-alone.db");
        const auto start = std::chrono::steady_clock::now();
        Must(db->ExecScript("BEGIN IMMEDIATE"));
        auto region = Must(db->Prepare(sql::kPutRegion));
        for (const Region& r : made.regions) Must(region->Run(sql::RegionParams(r)));
        auto indicator = Must(db->Prepare(sql::kPutIndicator));
        for (const Indicator& i : made.indicators) Must(indicator->Run(sql::IndicatorParams(i)));
        WriteInChunks(*db, sql::kInsertObservations, sql::kObservationConflict, kObservationColumns,
                      kObservationsPerStatement, sorted, AddObservation);
        Must(db->ExecScript("COMMIT"));
        const double seconds = Seconds(start);
        Report("SQLite alone, observations (in key order, 128 a statement, one transaction)", sorted.size(), seconds,
               per_file(sorted.size(), seconds));
    }
    auto store = FreshStore(dir / "observations-store.db");
    const auto start = std::chrono::steady_clock::now();
    const auto summary = Must(store->Import({"kwb-csv", "ceiling", "ceiling"}, [&](ObservationSink& sink) {
        for (const Indicator& i : made.indicators) {
            if (auto put = sink.PutIndicator(i); !put) return put;
        }
        for (const Region& r : made.regions) {
            if (auto put = sink.PutRegion(r); !put) return put;
        }
        for (const Observation& o : made.rows) {
            if (auto put = sink.PutObservation(o); !put) return put;
        }
        return Result<void>();
    }));
    const double seconds = Seconds(start);
    Report("through the store, observations (in the file's order, the observation sink)",
           static_cast<std::size_t>(summary.observations), seconds,
           per_file(static_cast<std::size_t>(summary.observations), seconds));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: {} NEW-DIRECTORY [TRAJECTORIES]\n", argv[0]);
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::error_code error;
    if (!std::filesystem::create_directory(dir, error)) {
        fmt::print(stderr, "{}: not a new directory\n", dir.string());
        return 2;
    }
    const std::size_t count = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 6'000'000;
    Trajectories(dir, count);
    ObservationFigures(dir);
    return 0;
}
