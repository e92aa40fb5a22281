// The Store on top of a SqlDatabase: migrations, imports and queries written once for SQLite
// and PostgreSQL.
#pragma once

#include <memory>

#include "store/sql_database.hpp"
#include "store/store.hpp"

namespace kompas {

// Owns its database connection. Not thread-safe: one SqlStore per thread.
class SqlStore final : public Store {
  public:
    explicit SqlStore(std::unique_ptr<SqlDatabase> db) : db_(std::move(db)) {}

    Result<void> Migrate() override;
    Result<ImportSummary> Import(const ImportRecord& record,
                                 const std::function<Result<void>(ObservationSink&)>& write) override;
    Result<std::vector<Region>> Regions(const RegionQuery& query) override;
    Result<std::optional<Region>> FindRegion(std::string_view code) override;
    Result<std::vector<Indicator>> Indicators() override;
    Result<std::optional<Indicator>> FindIndicator(std::string_view key) override;
    Result<std::vector<Observation>> Observations(const ObservationQuery& query) override;
    Result<StoreCounts> Counts() override;

  private:
    std::unique_ptr<SqlDatabase> db_;
};

}  // namespace kompas
