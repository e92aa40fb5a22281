// The SqlStore's trajectory records (block 5): merged by their key (provider, client, help form,
// start) inside one import transaction, and read back for the outcome engine and for the provider
// that delivered them.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/sql_access.hpp"
#include "store/sql_copy.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/trajectory_runs.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

using sql::kTrajectoryColumns;
using sql::kWholeUpdate;

// What the other kinds of change overwrite in an existing record (a whole one: kWholeUpdate).
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

// The number that a `SELECT count(*) ...` answers.
Result<std::int64_t> CountOf(SqlDatabase& db, std::string_view sql, std::span<const SqlValue> params) {
    std::int64_t count = 0;
    auto ran = db.Exec(sql, params, [&count](const SqlRow& row) -> Result<void> {
        count = row.Integer(0).value_or(0);
        return {};
    });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return count;
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

// Writes records in key order: runs of kRunRows records are sorted by key (stably, so that the
// records of one key keep their order); a delivery larger than one run spills its sorted runs to
// a temporary file (TrajectoryRuns) and merges them back at the end. The table is then written in
// one pass in key order with multi-row upserts of kRowsPerStatement records, so each page of the
// primary-key index is touched once rather than once per run, which is what made a large import
// slow down with its size. The upserts merge by key exactly as one upsert per record in file
// order would, because records with different keys do not touch each other's rows. Memory stays
// bounded by one run whatever the size of the delivery. Nothing is written to the table before
// Finish().
class SqlTrajectoryWriter final : public TrajectoryWriter {
public:
    static constexpr std::size_t kRunRows = 1u << 17;
    static constexpr std::size_t kRowsPerStatement = 256;  // 14 parameters each: 3584, within both limits

    static Result<SqlTrajectoryWriter> Create(SqlDatabase& db) {
        std::array<std::unique_ptr<SqlStatement>, 3> single;
        std::array<std::unique_ptr<SqlStatement>, 3> multi;
        const std::string one = sql::Placeholders(1, kColumnCount);
        const std::string values = sql::Placeholders(kRowsPerStatement, kColumnCount);
        for (std::size_t i = 0; i < single.size(); ++i) {
            auto prepared = db.Prepare(std::string(kInsert) + one + std::string(kUpsert) + std::string(kUpdates[i]));
            if (!prepared) return std::unexpected(std::move(prepared.error()));
            single[i] = std::move(*prepared);
            prepared = db.Prepare(std::string(kInsert) + values + std::string(kUpsert) + std::string(kUpdates[i]));
            if (!prepared) return std::unexpected(std::move(prepared.error()));
            multi[i] = std::move(*prepared);
        }
        return SqlTrajectoryWriter(db, std::move(single), std::move(multi));
    }

    Result<void> Put(Trajectory t, TrajectoryChange change) override {
        run_.push_back({std::move(t), change});
        ++written_;
        all_whole_ = all_whole_ && change == TrajectoryChange::kWhole;
        if (run_.size() < kRunRows) return {};
        // A full run goes to the temporary file, sorted.
        if (!runs_) {
            auto created = TrajectoryRuns::Create();
            if (!created) return std::unexpected(std::move(created.error()));
            runs_.emplace(std::move(*created));
        }
        auto spilled = runs_->Spill(run_, SortedRun());
        run_.clear();
        return spilled;
    }

    // Writes every record put, in key order.
    Result<void> Finish() {
        Result<void> result = BeginCopy();
        if (!result) return result;
        if (runs_) {
            if (!run_.empty()) result = runs_->Spill(run_, SortedRun());
            run_.clear();
            if (result) result = runs_->Merge([this](PendingTrajectory&& row) { return Take(std::move(row)); });
            runs_.reset();
        } else {
            for (const std::uint32_t i : SortedRun()) {
                result = Take(std::move(run_[i]));
                if (!result) break;
            }
            run_.clear();
        }
        if (result && held_) result = Emit(std::move(*held_));
        held_.reset();
        if (result && !chunk_.empty()) result = WriteSingly();
        if (copying_) {
            if (result) return EndCopy();
            (void)copy_->CopyEnd();  // back from COPY mode, so that the transaction can roll back
        }
        return result;
    }

    std::int64_t written() const { return written_; }

private:
    static constexpr std::size_t kColumnCount = 14;
    static constexpr std::string_view kInsert = sql::kInsertTrajectories;
    static constexpr std::string_view kUpsert = sql::kTrajectoryConflict;
    static constexpr std::array<std::string_view, 3> kUpdates = {kWholeUpdate, kStartUpdate, kStopUpdate};

    SqlTrajectoryWriter(SqlDatabase& db, std::array<std::unique_ptr<SqlStatement>, 3> single,
                        std::array<std::unique_ptr<SqlStatement>, 3> multi)
        : db_(&db), single_(std::move(single)), multi_(std::move(multi)) {}

    // The positions of run_ in key order; records of one key in the order they were put.
    std::vector<std::uint32_t> SortedRun() const { return KeyOrder(run_); }

    // The next record in key order. A whole record replaces every column, so one followed by a
    // whole record of the same key leaves no trace: it is dropped, as the upsert of the later record
    // would overwrite it.
    Result<void> Take(PendingTrajectory&& row) {
        if (held_ && !(row.change == TrajectoryChange::kWhole && SameTrajectoryKey(held_->t, row.t))) {
            if (auto emitted = Emit(std::move(*held_)); !emitted) return emitted;
        }
        held_ = std::move(row);
        return {};
    }

    Result<void> Emit(PendingTrajectory&& row) {
        if (copying_) return CopyRow(row.t);
        // One statement may not touch a row twice (PostgreSQL refuses) and has one kind of change.
        const bool repeats = !chunk_.empty() && SameTrajectoryKey(chunk_.back().t, row.t);
        if (!chunk_.empty() && (repeats || row.change != chunk_.back().change)) {
            if (auto written = WriteSingly(); !written) return written;
        }
        chunk_.push_back(std::move(row));
        if (chunk_.size() == kRowsPerStatement) return WriteChunk();
        return {};
    }

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
    Result<void> WriteChunk() {
        params_.clear();
        for (const PendingTrajectory& row : chunk_) AddParams(row.t, params_);
        auto ran = multi_[static_cast<std::size_t>(chunk_.front().change)]->Run(params_);
        chunk_.clear();
        return ran;
    }

    // A short chunk one record at a time.
    Result<void> WriteSingly() {
        for (const PendingTrajectory& row : chunk_) {
            params_.clear();
            AddParams(row.t, params_);
            if (auto ran = single_[static_cast<std::size_t>(row.change)]->Run(params_); !ran) return ran;
        }
        chunk_.clear();
        return {};
    }

    // PostgreSQL loads a delivery of whole records far faster with COPY into a temporary table
    // and one upsert from there than with multi-row upserts. Take() has already merged the records
    // of one key, so the upsert touches no row twice, and into an empty table (the first national
    // load) the records go by COPY directly: there is nothing to merge with, and the upsert's
    // per-row conflict check took most of the load's time. The lock lets no other writer add
    // trajectories between the check and the commit; readers go on.
    Result<void> BeginCopy() {
        copy_ = dynamic_cast<SqlCopy*>(db_);
        if (copy_ == nullptr || !all_whole_ || written_ == 0) return {};
        auto begun = db_->ExecScript("LOCK TABLE trajectories IN SHARE ROW EXCLUSIVE MODE");
        if (!begun) return begun;
        auto filled = Exists(*db_, "SELECT 1 FROM trajectories LIMIT 1", {});
        if (!filled) return std::unexpected(std::move(filled.error()));
        direct_ = !*filled;
        if (!direct_) {
            begun = db_->ExecScript("CREATE TEMPORARY TABLE trajectories_import (LIKE trajectories) ON COMMIT DROP");
        }
        if (begun) {
            begun = copy_->CopyBegin(fmt::format("COPY {} ({}) FROM STDIN",
                                                 direct_ ? "trajectories" : "trajectories_import", kTrajectoryColumns));
        }
        copying_ = begun.has_value();
        return begun;
    }

    Result<void> CopyRow(const Trajectory& t) {
        for (const std::string* text : {&t.provider, &t.client, &t.help_form}) {
            AppendCopyText(*text);
            copy_buffer_ += '\t';
        }
        AppendCopyInt(t.start_day);
        copy_buffer_ += '\t';
        AppendCopyText(t.municipality);
        copy_buffer_ += '\t';
        AppendCopyInt(t.birth_year);
        copy_buffer_ += '\t';
        AppendCopyText(t.sex);
        copy_buffer_ += '\t';
        AppendCopyText(t.referrer);
        for (const std::optional<int> value :
             {t.end_day ? std::optional<int>(*t.end_day) : std::nullopt,
              t.reason ? std::optional<int>(static_cast<int>(*t.reason)) : std::nullopt, t.youth.satisfaction,
              t.parent.satisfaction, t.youth.without_help, t.parent.without_help}) {
            copy_buffer_ += '\t';
            if (value) {
                AppendCopyInt(*value);
            } else {
                copy_buffer_ += "\\N";
            }
        }
        copy_buffer_ += '\n';
        if (copy_buffer_.size() < kCopyBuffer) return {};
        auto sent = copy_->CopyData(copy_buffer_);
        copy_buffer_.clear();
        return sent;
    }

    Result<void> EndCopy() {
        copying_ = false;
        auto done = copy_buffer_.empty() ? Result<void>() : copy_->CopyData(copy_buffer_);
        copy_buffer_.clear();
        auto ended = copy_->CopyEnd();
        if (!done) return done;
        if (!ended || direct_) return ended;
        return db_->ExecScript("INSERT INTO trajectories (" + std::string(kTrajectoryColumns) + ") SELECT " +
                               std::string(kTrajectoryColumns) + " FROM trajectories_import" + std::string(kUpsert) +
                               std::string(kWholeUpdate) + "; DROP TABLE trajectories_import");
    }

    // COPY's text format: backslash, tab, newline and carriage return escaped.
    void AppendCopyText(std::string_view text) {
        for (const char c : text) {
            switch (c) {
                case '\\':
                    copy_buffer_ += "\\\\";
                    break;
                case '\t':
                    copy_buffer_ += "\\t";
                    break;
                case '\n':
                    copy_buffer_ += "\\n";
                    break;
                case '\r':
                    copy_buffer_ += "\\r";
                    break;
                default:
                    copy_buffer_ += c;
            }
        }
    }

    void AppendCopyInt(std::int64_t value) { fmt::format_to(std::back_inserter(copy_buffer_), "{}", value); }

    static constexpr std::size_t kCopyBuffer = 1u << 20;

    SqlDatabase* db_;
    SqlCopy* copy_ = nullptr;  // PostgreSQL
    bool all_whole_ = true;
    bool copying_ = false;
    bool direct_ = false;  // COPY into the empty trajectories table itself
    std::string copy_buffer_;
    std::array<std::unique_ptr<SqlStatement>, 3> single_;
    std::array<std::unique_ptr<SqlStatement>, 3> multi_;
    std::vector<PendingTrajectory> run_;
    std::optional<TrajectoryRuns> runs_;
    std::optional<PendingTrajectory> held_;
    std::vector<PendingTrajectory> chunk_;
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
    if (auto finished = writer->Finish(); !finished) return std::unexpected(std::move(finished.error()));

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
        "SELECT " + std::string(kTrajectoryColumns) + " FROM trajectories", {},
        [&visit](const SqlRow& row) -> Result<void> {
            auto trajectory = TrajectoryFromRow(row);
            if (!trajectory) return std::unexpected(std::move(trajectory.error()));
            return visit(*trajectory);
        });
}

Result<void> SqlStore::ForEachTrajectoryRow(const std::function<Result<void>(const TrajectoryRow&)>& visit) {
    TrajectoryRow t;
    return db_->Exec(
        "SELECT client, provider, municipality, help_form, start_day, end_day, reason, satisfaction_youth, "
        "satisfaction_parent, without_help_youth, without_help_parent FROM trajectories",
        {}, [&visit, &t](const SqlRow& row) -> Result<void> {
            t.client = row.TextView(0);
            t.provider = row.TextView(1);
            t.municipality = row.TextView(2);
            t.help_form = row.TextView(3);
            const auto start = row.Integer(4);
            if (!start) return Fail(ErrorCode::kInternal, "database: a trajectory's start is not a number");
            t.start_day = static_cast<Day>(*start);
            const auto end = row.Integer(5);
            t.end_day = end ? std::optional<Day>(static_cast<Day>(*end)) : std::nullopt;
            t.reason = static_cast<int>(row.Integer(6).value_or(0));
            if (t.reason < 0 || t.reason > 5)
                return Fail(ErrorCode::kInternal, "database: a trajectory's reason is not 1-5");
            t.satisfaction_youth = static_cast<int>(row.Integer(7).value_or(0));
            t.satisfaction_parent = static_cast<int>(row.Integer(8).value_or(0));
            t.without_help_youth = static_cast<int>(row.Integer(9).value_or(0));
            t.without_help_parent = static_cast<int>(row.Integer(10).value_or(0));
            return visit(t);
        });
}

Result<std::vector<Trajectory>> SqlStore::ProviderTrajectories(std::string_view provider, std::int64_t limit,
                                                               std::int64_t offset) {
    std::vector<Trajectory> found;
    const SqlValue params[] = {provider, limit, offset};
    auto ran = db_->Exec("SELECT " + std::string(kTrajectoryColumns) +
                             " FROM trajectories WHERE provider = $1 ORDER BY start_day, client, help_form "
                             "LIMIT $2 OFFSET $3",
                         params, sql::AppendTo(found, &TrajectoryFromRow));
    if (!ran) return std::unexpected(std::move(ran.error()));
    return found;
}

Result<std::int64_t> SqlStore::CountTrajectories(std::string_view provider) {
    const SqlValue params[] = {provider};
    return CountOf(*db_, "SELECT count(*) FROM trajectories WHERE provider = $1", params);
}

Result<std::int64_t> SqlStore::CountAllTrajectories() { return CountOf(*db_, "SELECT count(*) FROM trajectories", {}); }

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
