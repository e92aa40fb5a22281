#include "test_store.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>

namespace kompas::testing {
namespace {

std::atomic<int> next_id{0};

std::string UniqueName(std::string_view prefix) {
    return fmt::format("{}_{}_{}", prefix, static_cast<long>(::getpid()), next_id++);
}

Result<void> RunAdmin(const std::string& url, const std::string& sql) {
    PGconn* connection = PQconnectdb(url.c_str());
    std::unique_ptr<PGconn, decltype(&PQfinish)> owner(connection, &PQfinish);
    if (PQstatus(connection) != CONNECTION_OK) {
        return Fail(ErrorCode::kUnavailable, std::string("cannot connect: ") + PQerrorMessage(connection));
    }
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection, sql.c_str()), &PQclear);
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        return Fail(ErrorCode::kInternal, PQerrorMessage(connection));
    }
    return {};
}

// The same server and database, with `schema` first on the search path.
std::string WithSearchPath(const std::string& url, const std::string& schema) {
    if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
        return url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
    }
    return url + " options='-csearch_path=" + schema + "'";
}

std::string Number(const std::optional<double>& value) { return value ? fmt::format("{}", *value) : "NULL"; }

}  // namespace

std::string BackendName(Backend backend) { return backend == Backend::kSqlite ? "Sqlite" : "Postgres"; }

std::string PostgresTestUrl() {
    const char* url = std::getenv("KOMPAS_TEST_POSTGRES_URL");
    return url != nullptr ? url : "";
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::Create(Backend backend) {
    auto database = std::make_unique<TestDatabase>();
    if (backend == Backend::kSqlite) {
        database->directory_ = std::filesystem::temp_directory_path() / UniqueName("kompas_store_test");
        database->url_ = "sqlite:" + (database->directory_ / "kompas.db").string();
        return database;
    }
    database->admin_url_ = PostgresTestUrl();
    database->schema_ = UniqueName("kompas_test");
    auto created = RunAdmin(database->admin_url_,
                            fmt::format("DROP SCHEMA IF EXISTS {0} CASCADE; CREATE SCHEMA {0}", database->schema_));
    if (!created) return std::unexpected(created.error());
    database->url_ = WithSearchPath(database->admin_url_, database->schema_);
    return database;
}

TestDatabase::~TestDatabase() {
    if (!directory_.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(directory_, ignored);
    }
    if (!schema_.empty()) (void)RunAdmin(admin_url_, fmt::format("DROP SCHEMA IF EXISTS {} CASCADE", schema_));
}

Region MakeTestRegion(std::string code, std::string name, RegionLevel level, std::string parent) {
    return Region{std::move(code), std::move(name), level, std::move(parent)};
}

Indicator MakeTestIndicator(std::string key, std::string title) {
    return Indicator{std::move(key), std::move(title), "%", 1, Direction::kLowerIsBetter,
                     "CBS 85984NED", "Een definitie"};
}

Observation MakeTestObservation(std::string indicator, std::string region, std::string period,
                                std::optional<double> value, ObservationStatus status) {
    return Observation{
        std::move(indicator), std::move(region), std::move(period), value, std::nullopt, std::nullopt, status};
}

std::string Dump(Store& store) {
    std::string dump;
    const auto counts = store.Counts();
    if (!counts) return "counts failed: " + counts.error().message;
    dump +=
        fmt::format("counts {} {} {} {}\n", counts->regions, counts->indicators, counts->observations, counts->imports);
    const auto regions = store.Regions({});
    if (!regions) return "regions failed: " + regions.error().message;
    ObservationQuery all;
    for (const Region& r : *regions) {
        dump += fmt::format("region {}|{}|{}|{}\n", r.code, r.name, RegionLevelName(r.level), r.parent);
        all.regions.push_back(r.code);
    }
    const auto indicators = store.Indicators();
    if (!indicators) return "indicators failed: " + indicators.error().message;
    for (const Indicator& i : *indicators) {
        dump += fmt::format("indicator {}|{}|{}|{}|{}|{}|{}\n", i.key, i.title, i.unit, i.decimals,
                            DirectionName(i.direction), i.source, i.definition);
    }
    const auto observations = store.Observations(all);
    if (!observations) return "observations failed: " + observations.error().message;
    for (const Observation& o : *observations) {
        dump += fmt::format("observation {}|{}|{}|{}|{}|{}|{}\n", o.indicator, o.region, o.period, Number(o.value),
                            Number(o.numerator), Number(o.denominator), ObservationStatusName(o.status));
    }
    return dump;
}

}  // namespace kompas::testing
