// issue 13: a failed write, injected at the store's database seam (SqlDatabase). A wrapping
// database fails the Nth write statement (INSERT, UPDATE, DELETE, DDL or COMMIT; by Exec, a
// prepared statement's Run or ExecScript) with an I/O error. Imports and ordinary changes run
// through the services for N = 1, 2, ... until they succeed; after every failure the error comes
// back unchanged, every table holds exactly what it held before (the audit trail may gain the
// record of the failed attempt, nothing else), the audit chain verifies and the same store still
// answers reads. On SQLite always, on PostgreSQL when KOMPAS_TEST_POSTGRES_URL is set.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "privacy/pseudonym.hpp"
#include "service/accounts.hpp"
#include "service/actions.hpp"
#include "service/ambitions.hpp"
#include "service/collaborations.hpp"
#include "service/imports.hpp"
#include "service/outcomes.hpp"
#include "service/own_data.hpp"
#include "service/trajectories.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store/sql_store.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/storage_failure.hpp"
#include "test_store.hpp"

namespace kompas::testing {
namespace {

constexpr std::string_view kInjected = "injected: the disk refused the write";

// Whether a statement (or script) changes the database: its first word, after any comments.
bool IsWrite(std::string_view sql) {
    std::size_t at = 0;
    while (at < sql.size()) {
        if (std::isspace(static_cast<unsigned char>(sql[at]))) {
            ++at;
        } else if (sql.substr(at, 2) == "--") {
            at = sql.find('\n', at);
            if (at == std::string_view::npos) return false;
        } else {
            break;
        }
    }
    std::string word;
    while (at < sql.size() && std::isalpha(static_cast<unsigned char>(sql[at]))) {
        word += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[at++])));
    }
    if (word == "WITH") {  // a common table expression in front of a change
        std::string upper(sql);
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return upper.find("INSERT ") != std::string::npos || upper.find("UPDATE ") != std::string::npos ||
               upper.find("DELETE ") != std::string::npos;
    }
    return word == "INSERT" || word == "UPDATE" || word == "DELETE" || word == "REPLACE" || word == "CREATE" ||
           word == "DROP" || word == "ALTER" || word == "COMMIT" || word == "END";
}

// Counts the write statements it passes on and fails the one numbered `fail_at` (1-based, 0 = never).
struct Injector {
    int writes = 0;
    int fail_at = 0;
    bool fired = false;
    std::string failed_sql;

    Result<void> Check(std::string_view sql) {
        if (!IsWrite(sql)) return {};
        ++writes;
        if (fail_at == 0 || writes != fail_at) return {};
        fired = true;
        failed_sql = std::string(sql.substr(0, 120));
        return Fail(ErrorCode::kUnavailable, StorageFailureMessage(kIoErrorMessage, kInjected));
    }
};

class FailingStatement final : public SqlStatement {
public:
    FailingStatement(std::unique_ptr<SqlStatement> inner, std::string sql, Injector& injector)
        : inner_(std::move(inner)), sql_(std::move(sql)), injector_(injector) {}
    Result<void> Run(std::span<const SqlValue> params, const RowHandler& on_row) override {
        if (auto checked = injector_.Check(sql_); !checked) return checked;
        return inner_->Run(params, on_row);
    }

private:
    std::unique_ptr<SqlStatement> inner_;
    std::string sql_;
    Injector& injector_;
};

// The seam: every call goes to the real database, except the write the injector fails.
class FailingDatabase final : public SqlDatabase {
public:
    FailingDatabase(std::unique_ptr<SqlDatabase> inner, Injector& injector)
        : inner_(std::move(inner)), injector_(injector) {}

    Result<void> Exec(std::string_view sql, std::span<const SqlValue> params, const RowHandler& on_row) override {
        if (auto checked = injector_.Check(sql); !checked) return checked;
        return inner_->Exec(sql, params, on_row);
    }
    Result<void> ExecScript(std::string_view sql) override {
        if (auto checked = injector_.Check(sql); !checked) return checked;
        return inner_->ExecScript(sql);
    }
    Result<std::unique_ptr<SqlStatement>> Prepare(std::string_view sql) override {
        auto statement = inner_->Prepare(sql);
        if (!statement) return std::unexpected(std::move(statement.error()));
        return std::make_unique<FailingStatement>(std::move(*statement), std::string(sql), injector_);
    }
    Result<void> BeginWrite(std::string_view lock) override { return inner_->BeginWrite(lock); }
    std::string_view Dialect() const override { return inner_->Dialect(); }

    SqlDatabase& inner() { return *inner_; }

private:
    std::unique_ptr<SqlDatabase> inner_;
    Injector& injector_;
};

class FailedWriteTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override {
        if (GetParam() == Backend::kPostgres && PostgresTestUrl().empty()) {
            GTEST_SKIP() << "KOMPAS_TEST_POSTGRES_URL is not set";
        }
        auto database = TestDatabase::Create(GetParam());
        ASSERT_TRUE(database.has_value()) << database.error().message;
        database_ = std::move(*database);
        auto inner = GetParam() == Backend::kSqlite
                         ? OpenSqliteDatabase(database_->url().substr(std::string_view("sqlite:").size()))
                         : OpenPostgresDatabase(database_->url());
        ASSERT_TRUE(inner.has_value()) << inner.error().message;
        auto failing = std::make_unique<FailingDatabase>(std::move(*inner), injector_);
        database_seam_ = failing.get();
        store_ = std::make_unique<SqlStore>(std::move(failing));
        const auto migrated = store_->Migrate();
        ASSERT_TRUE(migrated.has_value()) << migrated.error().message;
    }

    // Every row of every table, as text, in a fixed order: what "nothing partial" compares.
    std::string Everything() {
        SqlDatabase& db = database_seam_->inner();
        const bool sqlite = db.Dialect() == "sqlite";
        std::vector<std::string> tables;
        const auto listed = db.Exec(sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                             "'sqlite_%' ORDER BY name"
                                           : "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                             "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
                                    {}, [&tables](const SqlRow& row) -> Result<void> {
                                        tables.push_back(row.Text(0));
                                        return {};
                                    });
        if (!listed) return "tables failed: " + listed.error().message;
        std::string dump;
        for (const std::string& table : tables) {
            std::vector<std::string> columns;
            const SqlValue name[] = {std::string_view(table)};
            const auto described =
                db.Exec(sqlite ? "SELECT name FROM pragma_table_info($1) ORDER BY cid"
                               : "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND table_name = $1 ORDER BY ordinal_position",
                        name, [&columns](const SqlRow& row) -> Result<void> {
                            columns.push_back(row.Text(0));
                            return {};
                        });
            if (!described) return "columns failed: " + described.error().message;
            std::string select = "SELECT ";
            std::string order;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                select += (i == 0 ? "\"" : ", \"") + columns[i] + "\"";
                order += (i == 0 ? "" : ", ") + std::to_string(i + 1);
            }
            select += " FROM \"" + table + "\"";
            // The record of a failed attempt is no partial write: it says that nothing happened.
            if (table == "audit_log") select += " WHERE result = 'ok'";
            select += " ORDER BY " + order;
            const int width = static_cast<int>(columns.size());
            const auto rows = db.Exec(select, {}, [&dump, &table, width](const SqlRow& row) -> Result<void> {
                dump += table;
                for (int i = 0; i < width; ++i) dump += row.IsNull(i) ? "|NULL" : "|" + row.Text(i);
                dump += "\n";
                return {};
            });
            if (!rows) return "rows of " + table + " failed: " + rows.error().message;
        }
        return dump;
    }

    // Runs `change` with the 1st, 2nd, ... write failing until it succeeds; checks each failure.
    // Returns how many failures were checked.
    int FailEveryWriteOf(const std::string& what, const std::function<Result<void>()>& change) {
        int failures = 0;
        for (int n = 1; n <= 10'000; ++n) {
            const std::string before = Everything();
            injector_ = Injector{0, n, false, {}};
            const auto result = change();
            injector_.fail_at = 0;
            if (result) {
                // The change went through: it must not have swallowed a failed write on its way.
                EXPECT_FALSE(injector_.fired)
                    << what << ": succeeded although write " << n << " failed: " << injector_.failed_sql;
                EXPECT_NE(Everything(), before) << what << ": succeeded but changed nothing";
                return failures;
            }
            ++failures;
            EXPECT_TRUE(injector_.fired) << what << ": failed without an injected failure: " << result.error().message;
            EXPECT_EQ(result.error().code, ErrorCode::kUnavailable) << what << " at write " << n;
            // The database's error, word for word (an import may name the row in front of it).
            EXPECT_NE(result.error().message.find(StorageFailureMessage(kIoErrorMessage, kInjected)), std::string::npos)
                << what << " at write " << n << ": " << result.error().message;
            EXPECT_EQ(Everything(), before)
                << what << ": partial write after write " << n << " failed (" << injector_.failed_sql << ")";
            const auto verified = VerifyAudit(*store_);
            EXPECT_TRUE(verified.has_value() && verified->ok)
                << what << " at write " << n << ": "
                << (verified ? DescribeAuditVerification(*verified) : verified.error().message);
            const auto counts = store_->Counts();  // the same store still reads
            EXPECT_TRUE(counts.has_value()) << what << " at write " << n << ": " << counts.error().message;
            if (::testing::Test::HasFailure()) return failures;  // one report per change is enough
        }
        ADD_FAILURE() << what << ": still failing after 10000 writes";
        return failures;
    }

    static TimePoint T0() { return *ParseUtc("2026-11-24T10:00:00Z"); }

    Injector injector_;
    std::unique_ptr<TestDatabase> database_;
    FailingDatabase* database_seam_ = nullptr;  // owned by store_
    std::unique_ptr<Store> store_;
};

TEST_P(FailedWriteTest, EveryFailedWriteLeavesNothingPartialAndTheStoreReads) {
    const std::filesystem::path fixtures = std::filesystem::path(KOMPAS_SOURCE_DIR) / "tests" / "fixtures";
    int failures = 0;

    failures += FailEveryWriteOf("KWB import", [&]() -> Result<void> {
        auto imported = ImportPath(*store_, ImportFormat::kCbsCsv, fixtures / "own-data" / "kwb-testdorp.csv");
        if (!imported) return std::unexpected(imported.error());
        return {};
    });
    ASSERT_FALSE(HasFailure());

    // Accounts are set up without failures: they are the stage, not the play.
    auto municipality = AddOrganisation(*store_, NewOrganisation{"Gemeente Testdorp", OrganisationKind::kMunicipality,
                                                                 std::string("GM0999"), std::nullopt});
    ASSERT_TRUE(municipality.has_value()) << municipality.error().message;
    auto provider = AddOrganisation(
        *store_, NewOrganisation{"Zorgaanbieder", OrganisationKind::kProvider, std::nullopt, std::string("65656055")});
    ASSERT_TRUE(provider.has_value()) << provider.error().message;
    auto coordinator = AddPerson(
        *store_, NewPerson{"coord@example.nl", "Coördinator", municipality->id, "Zeer-geheim-42-tekens"}, false);
    ASSERT_TRUE(coordinator.has_value()) << coordinator.error().message;
    auto owner =
        AddPerson(*store_, NewPerson{"eigenaar@example.nl", "Eigenaar", provider->id, "Zeer-geheim-42-tekens"}, false);
    ASSERT_TRUE(owner.has_value()) << owner.error().message;
    const Caller caller{coordinator->id, coordinator->organisation_id, false, "127.0.0.1", coordinator->email};

    std::string collaboration_id;
    failures += FailEveryWriteOf("collaboration", [&]() -> Result<void> {
        auto created = CreateCollaboration(
            *store_, caller, NewCollaboration{"Samen sterk", "Jeugd", {"GM0999"}, "2026-01-01", {}, ""}, T0());
        if (!created) return std::unexpected(created.error());
        collaboration_id = created->collaboration.id;
        return {};
    });
    ASSERT_FALSE(HasFailure());
    failures += FailEveryWriteOf("partner", [&]() -> Result<void> {
        auto added = AddPartner(*store_, caller, collaboration_id,
                                NewPartner{provider->id, {}, {}, CollaborationRole::kPartner}, T0());
        if (!added) return std::unexpected(added.error());
        return {};
    });
    ASSERT_FALSE(HasFailure());
    failures += FailEveryWriteOf("ambition", [&]() -> Result<void> {
        auto created = CreateAmbition(*store_, caller, collaboration_id,
                                      NewAmbition{"Gezond opgroeien", "Alle jongeren", "2026-02-01", {}, {}, {}}, T0());
        if (!created) return std::unexpected(created.error());
        return {};
    });
    ASSERT_FALSE(HasFailure());
    std::string action_id;
    failures += FailEveryWriteOf("action", [&]() -> Result<void> {
        NewImprovementAction input;
        input.title = "Wachtlijst korter";
        input.owner_person_id = owner->id;
        input.due_on = "2026-12-31";
        auto created = CreateAction(*store_, caller, collaboration_id, input, T0());
        if (!created) return std::unexpected(created.error());
        action_id = created->action.id;
        return {};
    });
    ASSERT_FALSE(HasFailure());
    failures += FailEveryWriteOf("action status", [&]() -> Result<void> {
        auto changed = ChangeActionStatus(*store_, caller, collaboration_id, action_id, ActionStatus::kInProgress,
                                          "gestart", T0());
        if (!changed) return std::unexpected(changed.error());
        return {};
    });
    ASSERT_FALSE(HasFailure());

    // The command line's import of a trajectory file.
    const auto pseudonymiser = Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7});
    failures += FailEveryWriteOf("trajectory import", [&]() -> Result<void> {
        const auto path = fixtures / "trajectories" / "trajecten.csv";
        auto imported = ImportTrajectoryFile(*store_, pseudonymiser, path, "trajecten.csv", std::string("65656055"));
        if (!imported) return std::unexpected(imported.error());
        return {};
    });
    ASSERT_FALSE(HasFailure());

    // Uploads by people: the data, the claim on new indicators and the audit record are one change.
    const Caller uploader{owner->id, owner->organisation_id, false, "127.0.0.1", owner->email};
    failures += FailEveryWriteOf("own data upload", [&]() -> Result<void> {
        auto uploaded = UploadOwnData(*store_, caller, ImportFormat::kLongCsv, "eigen.csv",
                                      "indicator,region,period,value\nschijf_eigen,GM0999,2023JJ00,4.5\n"
                                      "schijf_eigen,GM0999,2024JJ00,5\nschijf_ander,GM0999,2024JJ00,7\n",
                                      T0());
        if (!uploaded) return std::unexpected(uploaded.error());
        return {};
    });
    ASSERT_FALSE(HasFailure());
    OutcomeServices services(Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}));
    std::string delivery;
    {
        std::ifstream in(fixtures / "trajectories" / "trajecten.csv", std::ios::binary);
        delivery.assign(std::istreambuf_iterator<char>(in), {});
    }
    // Other bytes (a name, which is never stored), so that the upload is new and writes every row.
    ASSERT_NE(delivery.find("Tom de Wit"), std::string::npos);
    delivery.replace(delivery.find("Tom de Wit"), 10, "Tom de Wid");
    failures += FailEveryWriteOf("trajectory upload", [&]() -> Result<void> {
        auto uploaded = UploadTrajectories(*store_, services, uploader, "trajecten.csv", delivery, T0());
        if (!uploaded) return std::unexpected(uploaded.error());
        return {};
    });
    ASSERT_FALSE(HasFailure());

    // Each change had at least its own write and its audit record (or import record) to fail.
    EXPECT_GE(failures, 9 * 2);
    const auto verified = VerifyAudit(*store_);
    ASSERT_TRUE(verified.has_value()) << verified.error().message;
    EXPECT_TRUE(verified->ok) << DescribeAuditVerification(*verified);
    EXPECT_GT(verified->records, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, FailedWriteTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& backend) { return BackendName(backend.param); });

}  // namespace
}  // namespace kompas::testing
