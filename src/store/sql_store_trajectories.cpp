// The SqlStore's trajectory records (block 5): merged by their key (provider, client, help form,
// start) inside one import transaction, and read back for the outcome engine and for the provider
// that delivered them.
#include <array>
#include <utility>

#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

constexpr std::string_view kColumns =
    "provider, client, help_form, start_day, municipality, birth_year, sex, referrer, end_day, reason, "
    "satisfaction_youth, satisfaction_parent, without_help_youth, without_help_parent";

constexpr std::string_view kInsert =
    "INSERT INTO trajectories (provider, client, help_form, start_day, municipality, birth_year, sex, referrer, "
    "end_day, reason, satisfaction_youth, satisfaction_parent, without_help_youth, without_help_parent) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) "
    "ON CONFLICT (provider, client, help_form, start_day) DO UPDATE SET ";

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

class SqlTrajectoryWriter final : public TrajectoryWriter {
public:
    static Result<SqlTrajectoryWriter> Create(SqlDatabase& db) {
        std::array<std::unique_ptr<SqlStatement>, 3> statements;
        const std::string_view updates[] = {kWholeUpdate, kStartUpdate, kStopUpdate};
        for (std::size_t i = 0; i < statements.size(); ++i) {
            auto prepared = db.Prepare(std::string(kInsert) + std::string(updates[i]));
            if (!prepared) return std::unexpected(std::move(prepared.error()));
            statements[i] = std::move(*prepared);
        }
        return SqlTrajectoryWriter(std::move(statements));
    }

    Result<void> Put(const Trajectory& t, TrajectoryChange change) override {
        const std::int64_t start = t.start_day;
        const std::int64_t birth_year = t.birth_year;
        const SqlValue end = t.end_day ? SqlValue(static_cast<std::int64_t>(*t.end_day)) : SqlValue();
        const SqlValue reason = t.reason ? SqlValue(static_cast<std::int64_t>(*t.reason)) : SqlValue();
        const SqlValue params[] = {t.provider,
                                   t.client,
                                   t.help_form,
                                   start,
                                   t.municipality,
                                   birth_year,
                                   t.sex,
                                   t.referrer,
                                   end,
                                   reason,
                                   OptionalInt(t.youth.satisfaction),
                                   OptionalInt(t.parent.satisfaction),
                                   OptionalInt(t.youth.without_help),
                                   OptionalInt(t.parent.without_help)};
        auto ran = statements_[static_cast<std::size_t>(change)]->Run(params);
        if (!ran) return std::unexpected(std::move(ran.error()));
        ++written_;
        return {};
    }

    std::int64_t written() const { return written_; }

private:
    explicit SqlTrajectoryWriter(std::array<std::unique_ptr<SqlStatement>, 3> statements)
        : statements_(std::move(statements)) {}

    std::array<std::unique_ptr<SqlStatement>, 3> statements_;
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
    if (all_seen) return ImportSummary{.already_imported = true};

    auto writer = SqlTrajectoryWriter::Create(*db_);
    if (!writer) return std::unexpected(std::move(writer.error()));
    if (auto written = write(*writer); !written) return std::unexpected(std::move(written.error()));

    const std::string now = sql::UtcNow();
    const std::int64_t zero = 0;
    for (const ImportRecord& record : records) {
        const SqlValue params[] = {record.format, record.content_hash, record.source, now, zero, zero, zero};
        auto inserted = db_->Exec(sql::kInsertImport, params);
        if (!inserted) return std::unexpected(std::move(inserted.error()));
    }
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
