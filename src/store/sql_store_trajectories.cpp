// The SqlStore's trajectory records (block 5): merged by their key (provider, client, help form,
// start) inside one import transaction, and read back for the outcome engine and for the provider
// that delivered them.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

constexpr std::string_view kColumns =
    "provider, client, help_form, start_day, municipality, birth_year, sex, referrer, end_day, reason, "
    "satisfaction_youth, satisfaction_parent, without_help_youth, without_help_parent";

// What each kind of change overwrites in an existing record.
constexpr std::string_view kWholeUpdate =
    "municipality = excluded.municipality, birth_year = excluded.birth_year, sex = excluded.sex, "
    "referrer = excluded.referrer, end_day = excluded.end_day, reason = excluded.reason, "
    "satisfaction_youth = excluded.satisfaction_youth, satisfaction_parent = excluded.satisfaction_parent, "
    "without_help_youth = excluded.without_help_youth, without_help_parent = excluded.without_help_parent";
constexpr std::string_view kStartUpdate =
    "municipality = excluded.municipality, birth_year = excluded.birth_year, sex = excluded.sex";
constexpr std::string_view kStopUpdate =
    "municipality = excluded.municipality, birth_year = excluded.birth_year, sex = excluded.sex, "
    "end_day = excluded.end_day, reason = excluded.reason";

SqlValue OptionalInt(const std::optional<int>& value) {
    return value ? SqlValue(static_cast<std::int64_t>(*value)) : SqlValue();
}

std::optional<int> IntOrNone(const SqlRow& row, int column) {
    const auto value = row.Integer(column);
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
}

Result<Trajectory> TrajectoryFromRow(const SqlRow& row) {
    Trajectory t;
    t.provider = row.Text(0);
    t.client = row.Text(1);
    t.help_form = row.Text(2);
    const auto start = row.Integer(3);
    if (!start) return Fail(ErrorCode::kInternal, "database: a trajectory's start is not a number");
    t.start_day = static_cast<Day>(*start);
    t.municipality = row.Text(4);
    t.birth_year = static_cast<int>(row.Integer(5).value_or(0));
    t.sex = row.Text(6);
    t.referrer = row.Text(7);
    if (const auto end = row.Integer(8)) t.end_day = static_cast<Day>(*end);
    if (const auto reason = row.Integer(9)) {
        if (*reason < 1 || *reason > 5) return Fail(ErrorCode::kInternal, "database: a trajectory's reason is not 1-5");
        t.reason = static_cast<EndReason>(*reason);
    }
    t.youth.satisfaction = IntOrNone(row, 10);
    t.parent.satisfaction = IntOrNone(row, 11);
    t.youth.without_help = IntOrNone(row, 12);
    t.parent.without_help = IntOrNone(row, 13);
    return t;
}

// The record key, in the order of the primary key.
bool KeyLess(const Trajectory& a, const Trajectory& b) {
    if (const int c = a.provider.compare(b.provider); c != 0) return c < 0;
    if (const int c = a.client.compare(b.client); c != 0) return c < 0;
    if (const int c = a.help_form.compare(b.help_form); c != 0) return c < 0;
    return a.start_day < b.start_day;
}

bool SameKey(const Trajectory& a, const Trajectory& b) {
    return a.start_day == b.start_day && a.client == b.client && a.provider == b.provider && a.help_form == b.help_form;
}

// Writes records in bounded runs: each run of kRunRows records is sorted by key (stably, so that
// the records of one key keep their order) and written with multi-row upserts of kRowsPerStatement
// records. Inserting in key order keeps the primary-key index's B-tree work local, which is what
// makes a large import fast; the upserts merge by key exactly as one upsert per record in file
// order would, because records with different keys do not touch each other's rows. Memory stays
// bounded by one run whatever the size of the delivery. Flush() writes what is left.
class SqlTrajectoryWriter final : public TrajectoryWriter {
public:
    static constexpr std::size_t kRunRows = 1u << 17;
    static constexpr std::size_t kRowsPerStatement = 256;  // 14 parameters each: 3584, within both limits

    static Result<SqlTrajectoryWriter> Create(SqlDatabase& db) {
        std::array<std::unique_ptr<SqlStatement>, 3> single;
        std::array<std::unique_ptr<SqlStatement>, 3> multi;
        std::string values;
        for (std::size_t row = 0; row < kRowsPerStatement; ++row) {
            values += row == 0 ? "(" : ", (";
            for (std::size_t column = 0; column < kColumnCount; ++column) {
                values += fmt::format("{}${}", column == 0 ? "" : ", ", row * kColumnCount + column + 1);
            }
            values += ")";
        }
        for (std::size_t i = 0; i < single.size(); ++i) {
            auto prepared = db.Prepare(std::string(kInsert) +
                                       "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
                                       "$13, $14)" +
                                       std::string(kUpsert) + std::string(kUpdates[i]));
            if (!prepared) return std::unexpected(std::move(prepared.error()));
            single[i] = std::move(*prepared);
            prepared = db.Prepare(std::string(kInsert) + values + std::string(kUpsert) + std::string(kUpdates[i]));
            if (!prepared) return std::unexpected(std::move(prepared.error()));
            multi[i] = std::move(*prepared);
        }
        return SqlTrajectoryWriter(std::move(single), std::move(multi));
    }

    Result<void> Put(const Trajectory& t, TrajectoryChange change) override {
        run_.push_back({t, change});
        ++written_;
        if (run_.size() >= kRunRows) return Flush();
        return {};
    }

    // Writes the records put since the last flush.
    Result<void> Flush() {
        std::vector<std::uint32_t> order(run_.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [this](std::uint32_t a, std::uint32_t b) { return KeyLess(run_[a].t, run_[b].t); });
        Result<void> result;
        std::vector<std::uint32_t> chunk;
        chunk.reserve(kRowsPerStatement);
        TrajectoryChange chunk_change = TrajectoryChange::kWhole;
        for (std::size_t at = 0; at < order.size() && result; ++at) {
            const Pending& row = run_[order[at]];
            // A whole record replaces every column, so one followed by a whole record of the same
            // key leaves no trace: skip it, as the upsert of the later record would overwrite it.
            if (at + 1 < order.size()) {
                const Pending& next = run_[order[at + 1]];
                if (next.change == TrajectoryChange::kWhole && SameKey(row.t, next.t)) continue;
            }
            // One statement may not touch a row twice (PostgreSQL refuses) and has one kind of change.
            const bool repeats = !chunk.empty() && SameKey(run_[chunk.back()].t, row.t);
            if (!chunk.empty() && (repeats || row.change != chunk_change)) result = WriteSingly(chunk, chunk_change);
            if (!result) break;
            chunk_change = row.change;
            chunk.push_back(order[at]);
            if (chunk.size() == kRowsPerStatement) result = WriteChunk(chunk, chunk_change);
        }
        if (result && !chunk.empty()) result = WriteSingly(chunk, chunk_change);
        run_.clear();
        return result;
    }

    std::int64_t written() const { return written_; }

private:
    static constexpr std::size_t kColumnCount = 14;
    static constexpr std::string_view kInsert =
        "INSERT INTO trajectories (provider, client, help_form, start_day, municipality, birth_year, sex, "
        "referrer, end_day, reason, satisfaction_youth, satisfaction_parent, without_help_youth, "
        "without_help_parent) VALUES ";
    static constexpr std::string_view kUpsert = " ON CONFLICT (provider, client, help_form, start_day) DO UPDATE SET ";
    static constexpr std::array<std::string_view, 3> kUpdates = {kWholeUpdate, kStartUpdate, kStopUpdate};

    struct Pending {
        Trajectory t;
        TrajectoryChange change;
    };

    SqlTrajectoryWriter(std::array<std::unique_ptr<SqlStatement>, 3> single,
                        std::array<std::unique_ptr<SqlStatement>, 3> multi)
        : single_(std::move(single)), multi_(std::move(multi)) {}

    static void AddParams(const Trajectory& t, std::vector<SqlValue>& params) {
        params.insert(params.end(),
                      {SqlValue(t.provider), SqlValue(t.client), SqlValue(t.help_form),
                       SqlValue(static_cast<std::int64_t>(t.start_day)), SqlValue(t.municipality),
                       SqlValue(static_cast<std::int64_t>(t.birth_year)), SqlValue(t.sex), SqlValue(t.referrer),
                       t.end_day ? SqlValue(static_cast<std::int64_t>(*t.end_day)) : SqlValue(),
                       t.reason ? SqlValue(static_cast<std::int64_t>(*t.reason)) : SqlValue(),
                       OptionalInt(t.youth.satisfaction), OptionalInt(t.parent.satisfaction),
                       OptionalInt(t.youth.without_help), OptionalInt(t.parent.without_help)});
    }

    // A full chunk in one statement.
    Result<void> WriteChunk(std::vector<std::uint32_t>& chunk, TrajectoryChange change) {
        params_.clear();
        for (const std::uint32_t i : chunk) AddParams(run_[i].t, params_);
        chunk.clear();
        return multi_[static_cast<std::size_t>(change)]->Run(params_);
    }

    // A short chunk one record at a time.
    Result<void> WriteSingly(std::vector<std::uint32_t>& chunk, TrajectoryChange change) {
        for (const std::uint32_t i : chunk) {
            params_.clear();
            AddParams(run_[i].t, params_);
            if (auto ran = single_[static_cast<std::size_t>(change)]->Run(params_); !ran) return ran;
        }
        chunk.clear();
        return {};
    }

    std::array<std::unique_ptr<SqlStatement>, 3> single_;
    std::array<std::unique_ptr<SqlStatement>, 3> multi_;
    std::vector<Pending> run_;
    std::vector<SqlValue> params_;
    std::int64_t written_ = 0;
};

}  // namespace

Result<ImportSummary> SqlStore::ImportTrajectories(std::span<const ImportRecord> records,
                                                   const std::function<Result<void>(TrajectoryWriter&)>& write) {
    if (records.empty()) return Fail(ErrorCode::kInvalidArgument, "import: no files given");
    for (const ImportRecord& record : records) {
        if (record.format.empty() || record.content_hash.empty()) {
            return Fail(ErrorCode::kInvalidArgument, "import: format and content hash are required");
        }
    }
    auto transaction = WriteTransaction::Begin(*db_, "kompas:import:trajectories");
    if (!transaction) return std::unexpected(std::move(transaction.error()));

    bool all_seen = true;
    for (const ImportRecord& record : records) {
        const SqlValue key[] = {record.format, record.content_hash};
        auto seen = Exists(*db_, sql::kFindImport, key);
        if (!seen) return std::unexpected(std::move(seen.error()));
        all_seen = all_seen && *seen;
    }
    if (all_seen) {  // nothing to write but the uploads' audit records, if they have them
        if (auto audited = AppendImportAudits(*db_, records); !audited) {
            return std::unexpected(std::move(audited.error()));
        }
        if (auto committed = transaction->Commit(); !committed) return std::unexpected(std::move(committed.error()));
        return ImportSummary{.already_imported = true};
    }

    auto writer = SqlTrajectoryWriter::Create(*db_);
    if (!writer) return std::unexpected(std::move(writer.error()));
    if (auto written = write(*writer); !written) return std::unexpected(std::move(written.error()));
    if (auto flushed = writer->Flush(); !flushed) return std::unexpected(std::move(flushed.error()));

    const std::string now = sql::UtcNow();
    const std::int64_t zero = 0;
    for (const ImportRecord& record : records) {
        const SqlValue params[] = {record.format, record.content_hash, record.source, now, zero, zero, zero};
        auto inserted = db_->Exec(sql::kInsertImport, params);
        if (!inserted) return std::unexpected(std::move(inserted.error()));
    }
    if (auto audited = AppendImportAudits(*db_, records); !audited) return std::unexpected(std::move(audited.error()));
    if (auto committed = transaction->Commit(); !committed) return std::unexpected(std::move(committed.error()));
    return ImportSummary{.trajectories = writer->written()};
}

Result<void> SqlStore::ForEachTrajectory(const std::function<Result<void>(const Trajectory&)>& visit) {
    return db_->Exec(
        // No ORDER BY: a plain scan, not a walk through the primary key's index (the engine's figures do
        // not depend on the order of the rows).
        "SELECT " + std::string(kColumns) + " FROM trajectories", {}, [&visit](const SqlRow& row) -> Result<void> {
            auto trajectory = TrajectoryFromRow(row);
            if (!trajectory) return std::unexpected(std::move(trajectory.error()));
            return visit(*trajectory);
        });
}

Result<std::vector<Trajectory>> SqlStore::ProviderTrajectories(std::string_view provider, std::int64_t limit,
                                                               std::int64_t offset) {
    std::vector<Trajectory> found;
    const SqlValue params[] = {provider, limit, offset};
    auto ran = db_->Exec("SELECT " + std::string(kColumns) +
                             " FROM trajectories WHERE provider = $1 ORDER BY start_day, client, help_form "
                             "LIMIT $2 OFFSET $3",
                         params, sql::AppendTo(found, &TrajectoryFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    return found;
}

Result<std::int64_t> SqlStore::CountTrajectories(std::string_view provider) {
    std::int64_t count = 0;
    const SqlValue params[] = {provider};
    auto ran = db_->Exec("SELECT count(*) FROM trajectories WHERE provider = $1", params,
                         [&count](const SqlRow& row) -> Result<void> {
                             count = row.Integer(0).value_or(0);
                             return {};
                         });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return count;
}

Result<std::string> SqlStore::TrajectoryVersion() {
    std::string version;
    auto ran =
        db_->Exec("SELECT count(*), max(imported_at) FROM imports WHERE format LIKE 'trajectories%' OR format = 'ijw'",
                  {}, [&version](const SqlRow& row) -> Result<void> {
                      version = std::to_string(row.Integer(0).value_or(0)) + "@" + row.Text(1);
                      return {};
                  });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return version;
}

}  // namespace kompas
