// Persistence of Kompas' data behind one interface, with SQLite (embedded default) and
// PostgreSQL (server option) implementations that share the numbered migrations.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/indicator.hpp"
#include "core/observation_sink.hpp"
#include "core/region.hpp"

namespace kompas {

// What identifies one import: the same content from the same kind of source is imported once.
struct ImportRecord {
    std::string format;        // "kwb-csv", "long-csv", "cbs-odata", ...
    std::string source;        // file or folder name, table id; for people, not for identity
    std::string content_hash;  // hex BLAKE2b-256 of the content
};

struct ImportSummary {
    bool already_imported = false;  // same hash seen before: nothing was written
    std::int64_t regions = 0;       // rows delivered to the sink, per kind
    std::int64_t indicators = 0;
    std::int64_t observations = 0;
};

struct RegionQuery {
    std::string parent;                // only children of this region, when set
    std::optional<RegionLevel> level;  // only this level, when set
};

struct ObservationQuery {
    std::vector<std::string> regions;  // required: at least one region code
    std::string indicator;             // all indicators when empty
};

struct StoreCounts {
    std::int64_t regions = 0;
    std::int64_t indicators = 0;
    std::int64_t observations = 0;
    std::int64_t imports = 0;
};

// A Store owns one database connection. It is not thread-safe: give each thread its own Store
// (SQLite in WAL mode and PostgreSQL both let several connections read while one writes).
class Store {
public:
    virtual ~Store() = default;

    // Brings the schema up to the newest migration; safe to call on every start.
    virtual Result<void> Migrate() = 0;

    // Runs `write` inside one transaction and records `record` with it. If `write` fails, or
    // anything else does, the transaction is rolled back and the database is as before. If an
    // import with the same format and content hash is already recorded, `write` is not called.
    virtual Result<ImportSummary> Import(const ImportRecord& record,
                                         const std::function<Result<void>(ObservationSink&)>& write) = 0;

    virtual Result<std::vector<Region>> Regions(const RegionQuery& query) = 0;  // ordered by code
    virtual Result<std::optional<Region>> FindRegion(std::string_view code) = 0;
    virtual Result<std::vector<Indicator>> Indicators() = 0;  // ordered by key
    virtual Result<std::optional<Indicator>> FindIndicator(std::string_view key) = 0;
    // Ordered by indicator, region, period.
    virtual Result<std::vector<Observation>> Observations(const ObservationQuery& query) = 0;
    virtual Result<StoreCounts> Counts() = 0;
};

// "sqlite:PATH" or a plain path opens SQLite (creating the file); "postgresql://..." or
// "postgres://..." or a libpq "host=..." string opens PostgreSQL. Does not migrate.
Result<std::unique_ptr<Store>> OpenStore(std::string_view url);

}  // namespace kompas
