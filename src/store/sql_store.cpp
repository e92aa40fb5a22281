#include "store/sql_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

#include "store/import_sink.hpp"
#include "store/migrations.hpp"
#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

// Both databases accept far more parameters; this keeps one query's IN list sane.
constexpr std::size_t kMaxQueryRegions = 10000;

RowHandler SetTrue(bool& flag) {
    return [&flag](const SqlRow&) -> Result<void> {
        flag = true;
        return {};
    };
}

template <typename T>
Result<std::optional<T>> FindOne(SqlDatabase& db, std::string query, std::string_view key,
                                 Result<T> (*from_row)(const SqlRow&)) {
    std::vector<T> found;
    const SqlValue params[] = {key};
    if (auto ran = db.Exec(query, params, sql::AppendTo(found, from_row)); !ran) {
        return std::unexpected(std::move(ran.error()));
    }
    if (found.empty()) return std::optional<T>();
    return std::optional<T>(std::move(found.front()));
}

}  // namespace

Result<void> SqlStore::Migrate() {
    auto transaction = WriteTransaction::Begin(*db_, "kompas:migrate");
    if (!transaction) return std::unexpected(std::move(transaction.error()));
    if (auto created = db_->ExecScript(sql::kCreateMigrationsTable); !created) return created;

    std::set<std::int64_t> applied;
    auto collect = [&applied](const SqlRow& row) -> Result<void> {
        const auto version = row.Integer(0);
        if (!version)
            return Fail(ErrorCode::kInternal, "database: schema_migrations holds a version that is not a number");
        applied.insert(*version);
        return {};
    };
    if (auto listed = db_->Exec(sql::kSelectMigrations, {}, collect); !listed) return listed;

    const auto migrations = Migrations();
    if (!applied.empty() && *applied.rbegin() > migrations.back().version) {
        return Fail(ErrorCode::kInternal, fmt::format("database: schema version {} is newer than this program's {}",
                                                      *applied.rbegin(), migrations.back().version));
    }
    const std::string now = sql::UtcNow();
    for (const Migration& migration : migrations) {
        if (applied.contains(migration.version)) continue;
        auto ran = db_->ExecScript(MigrationSqlFor(migration.sql, db_->Dialect()));
        if (ran) {
            const SqlValue params[] = {std::int64_t{migration.version}, migration.name, now};
            ran = db_->Exec(sql::kInsertMigration, params);
        }
        if (!ran) {
            ran.error().message =
                fmt::format("migration {:04}_{}: {}", migration.version, migration.name, ran.error().message);
            return ran;
        }
    }
    return transaction->Commit();
}

Result<ImportSummary> SqlStore::Import(const ImportRecord& record,
                                       const std::function<Result<void>(ObservationSink&)>& write) {
    if (!write) return Fail(ErrorCode::kInvalidArgument, "import: nothing to write");
    if (record.format.empty() || record.content_hash.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "import: format and content hash are required");
    }
    auto transaction = WriteTransaction::Begin(*db_, "kompas:import:" + record.format + ":" + record.content_hash);
    if (!transaction) return std::unexpected(std::move(transaction.error()));

    const SqlValue key[] = {record.format, record.content_hash};
    bool seen = false;
    if (auto found = db_->Exec(sql::kFindImport, key, SetTrue(seen)); !found) {
        return std::unexpected(std::move(found.error()));
    }
    if (seen) {  // nothing to write but the upload's audit record, if it has one
        if (!record.audit) return ImportSummary{.already_imported = true};
        if (auto audited = AppendImportAudits(*db_, std::span(&record, 1)); !audited) {
            return std::unexpected(std::move(audited.error()));
        }
        if (auto committed = transaction->Commit(); !committed) return std::unexpected(std::move(committed.error()));
        return ImportSummary{.already_imported = true};
    }

    auto sink = ImportSink::Create(*db_);
    if (!sink) return std::unexpected(std::move(sink.error()));
    if (auto written = write(*sink); !written) return std::unexpected(std::move(written.error()));
    if (auto finished = sink->Finish(); !finished) return std::unexpected(std::move(finished.error()));
    if (sink->first_error()) return std::unexpected(*sink->first_error());

    const ImportSummary& summary = sink->summary();
    const std::string now = sql::UtcNow();
    const SqlValue params[] = {record.format,   record.content_hash, record.source,       now,
                               summary.regions, summary.indicators,  summary.observations};
    bool recorded = false;
    if (auto inserted = db_->Exec(sql::kInsertImport, params, SetTrue(recorded)); !inserted) {
        return std::unexpected(std::move(inserted.error()));
    }
    if (!recorded) return ImportSummary{.already_imported = true};  // a concurrent import won
    if (auto audited = AppendImportAudits(*db_, std::span(&record, 1)); !audited) {
        return std::unexpected(std::move(audited.error()));
    }
    if (auto committed = transaction->Commit(); !committed) return std::unexpected(std::move(committed.error()));
    return summary;
}

Result<std::vector<Region>> SqlStore::Regions(const RegionQuery& query) {
    std::string text(sql::kRegionColumns);
    std::vector<SqlValue> params;
    const std::string level = query.level ? RegionLevelName(*query.level) : "";
    if (!query.parent.empty()) params.emplace_back(query.parent);
    if (query.level) params.emplace_back(level);
    if (!query.parent.empty()) text += " WHERE parent = $1";
    if (query.level) text += fmt::format(" {} level = ${}", query.parent.empty() ? "WHERE" : "AND", params.size());
    text += " ORDER BY code";

    std::vector<Region> regions;
    if (auto ran = db_->Exec(text, params, sql::AppendTo(regions, &sql::RegionFromRow)); !ran) {
        return std::unexpected(std::move(ran.error()));
    }
    return regions;
}

Result<std::optional<Region>> SqlStore::FindRegion(std::string_view code) {
    return FindOne(*db_, std::string(sql::kRegionColumns) + " WHERE code = $1", code, &sql::RegionFromRow);
}

Result<std::vector<Indicator>> SqlStore::Indicators() {
    std::vector<Indicator> indicators;
    const std::string text = std::string(sql::kIndicatorColumns) + " ORDER BY key";
    if (auto ran = db_->Exec(text, {}, sql::AppendTo(indicators, &sql::IndicatorFromRow)); !ran) {
        return std::unexpected(std::move(ran.error()));
    }
    return indicators;
}

Result<std::optional<Indicator>> SqlStore::FindIndicator(std::string_view key) {
    return FindOne(*db_, std::string(sql::kIndicatorColumns) + " WHERE key = $1", key, &sql::IndicatorFromRow);
}

Result<std::vector<Observation>> SqlStore::Observations(const ObservationQuery& query) {
    if (query.regions.empty())
        return Fail(ErrorCode::kInvalidArgument, "observations: at least one region is required");
    if (query.regions.size() > kMaxQueryRegions) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("observations: at most {} regions per query", kMaxQueryRegions));
    }
    std::vector<SqlValue> params(query.regions.begin(), query.regions.end());
    std::string text = std::string(sql::kObservationColumns) + " WHERE region IN (";
    for (std::size_t i = 1; i <= params.size(); ++i) text += fmt::format("{}${}", i > 1 ? ", " : "", i);
    text += ")";
    if (!query.indicator.empty()) {
        params.emplace_back(query.indicator);
        text += fmt::format(" AND indicator = ${}", params.size());
    }
    text += " ORDER BY indicator, region, period";

    std::vector<Observation> observations;
    if (auto ran = db_->Exec(text, params, sql::AppendTo(observations, &sql::ObservationFromRow)); !ran) {
        return std::unexpected(std::move(ran.error()));
    }
    return observations;
}

Result<StoreCounts> SqlStore::Counts() {
    std::optional<StoreCounts> counts;
    auto read = [&counts](const SqlRow& row) -> Result<void> {
        const auto regions = row.Integer(0), indicators = row.Integer(1), observations = row.Integer(2),
                   imports = row.Integer(3);
        if (!regions || !indicators || !observations || !imports) {
            return Fail(ErrorCode::kInternal, "database: counts are not numbers");
        }
        counts = StoreCounts{*regions, *indicators, *observations, *imports};
        return {};
    };
    if (auto ran = db_->Exec(sql::kCounts, {}, read); !ran) return std::unexpected(std::move(ran.error()));
    if (!counts) return Fail(ErrorCode::kInternal, "database: counts returned no row");
    return *counts;
}

Result<std::int64_t> SqlStore::PublicDataVersion() {
    std::optional<std::int64_t> version;
    auto read = [&version](const SqlRow& row) -> Result<void> {
        version = row.Integer(0);
        return {};
    };
    if (auto ran = db_->Exec("SELECT n FROM public_data_version WHERE id = 1", {}, read); !ran) {
        return std::unexpected(std::move(ran.error()));
    }
    if (!version) return Fail(ErrorCode::kInternal, "database: public_data_version holds no number");
    return *version;
}

Result<std::optional<KeptSuppression>> SqlStore::FindKeptSuppression(std::string_view municipality) {
    std::optional<KeptSuppression> kept;
    const std::array<SqlValue, 1> key{municipality};
    auto read = [&kept](const SqlRow& row) -> Result<void> {
        kept = KeptSuppression{row.Text(0), row.Text(1), row.Text(2)};
        return {};
    };
    if (auto ran = db_->Exec("SELECT municipality, fingerprint, statuses FROM kept_suppression WHERE municipality = $1",
                             key, read);
        !ran) {
        return std::unexpected(std::move(ran.error()));
    }
    return kept;
}

Result<void> SqlStore::KeepSuppression(const KeptSuppression& kept) {
    const std::array<SqlValue, 3> values{std::string_view(kept.municipality), std::string_view(kept.fingerprint),
                                         std::string_view(kept.statuses)};
    return db_->Exec(
        "INSERT INTO kept_suppression (municipality, fingerprint, statuses) VALUES ($1, $2, $3) "
        "ON CONFLICT (municipality) DO UPDATE SET fingerprint = excluded.fingerprint, statuses = excluded.statuses",
        values);
}

}  // namespace kompas
