// issue 13: the audit trail is append-only in the database itself. An UPDATE or DELETE of
// audit_log, sent straight to the database past the Store, fails on SQLite and on PostgreSQL
// (when KOMPAS_TEST_POSTGRES_URL is set); appending still works. And the dialect sections of a
// migration (store/migrations.hpp) pick the right lines.
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>
#include <string>
#include <vector>

#include "service/accounts.hpp"
#include "store/migrations.hpp"
#include "test_store.hpp"

namespace kompas::testing {
namespace {

struct RawOutcome {
    bool ok = false;
    std::string message;
};

// Runs `sql` on its own connection, as someone with direct access to the database would.
RawOutcome RawExec(const std::string& url, const std::string& sql) {
    if (url.starts_with("sqlite:")) {
        sqlite3* db = nullptr;
        sqlite3_open(url.substr(7).c_str(), &db);
        char* message = nullptr;
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
        RawOutcome outcome{rc == SQLITE_OK, message != nullptr ? message : ""};
        sqlite3_free(message);
        sqlite3_close(db);
        return outcome;
    }
    std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(url.c_str()), &PQfinish);
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection.get(), sql.c_str()), &PQclear);
    const auto status = PQresultStatus(result.get());
    return {status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK, PQerrorMessage(connection.get())};
}

std::string Count(const std::string& url) {
    if (url.starts_with("sqlite:")) {
        sqlite3* db = nullptr;
        sqlite3_open(url.substr(7).c_str(), &db);
        std::string count;
        sqlite3_exec(
            db, "SELECT count(*) || ':' || group_concat(object_id || '/' || remote, ',') FROM audit_log",
            [](void* out, int, char** values, char**) {
                *static_cast<std::string*>(out) = values[0] != nullptr ? values[0] : "";
                return 0;
            },
            &count, nullptr);
        sqlite3_close(db);
        return count;
    }
    std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(url.c_str()), &PQfinish);
    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(connection.get(),
               "SELECT count(*) || ':' || string_agg(object_id || '/' || remote, ',' ORDER BY seq) FROM audit_log"),
        &PQclear);
    return PQresultStatus(result.get()) == PGRES_TUPLES_OK ? PQgetvalue(result.get(), 0, 0) : "error";
}

class AuditAppendOnlyTest : public FreshStoreTest {
protected:
    void SetUp() override {
        FreshStoreTest::SetUp();
        if (IsSkipped()) return;
        for (const char* id : {"org-1", "org-2"}) {
            AuditEntry entry;
            entry.at = "2026-12-06T10:00:00Z";
            entry.object_type = "organisation";
            entry.object_id = id;
            entry.remote = "127.0.0.1";
            ASSERT_TRUE(store_->AppendAudit(entry).has_value());
        }
        before_ = Count(database_->url());
        ASSERT_EQ(before_, "2:org-1/127.0.0.1,org-2/127.0.0.1");
    }
    std::string before_;
};

TEST_P(AuditAppendOnlyTest, UpdateIsRefused) {
    const RawOutcome outcome = RawExec(database_->url(), "UPDATE audit_log SET remote = '10.6.6.6' WHERE seq = 1");
    EXPECT_FALSE(outcome.ok);
    EXPECT_NE(outcome.message.find("append-only"), std::string::npos) << outcome.message;
    EXPECT_EQ(Count(database_->url()), before_);
}

TEST_P(AuditAppendOnlyTest, DeleteIsRefused) {
    const RawOutcome outcome = RawExec(database_->url(), "DELETE FROM audit_log WHERE seq = 2");
    EXPECT_FALSE(outcome.ok);
    EXPECT_NE(outcome.message.find("append-only"), std::string::npos) << outcome.message;
    EXPECT_EQ(Count(database_->url()), before_);
}

TEST_P(AuditAppendOnlyTest, DeleteOfEverythingIsRefused) {
    const std::string sql = database_->url().starts_with("sqlite:") ? "DELETE FROM audit_log" : "TRUNCATE audit_log";
    const RawOutcome outcome = RawExec(database_->url(), sql);
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(Count(database_->url()), before_);
}

TEST_P(AuditAppendOnlyTest, AppendingStillWorks) {
    AuditEntry entry;
    entry.at = "2026-12-06T10:00:00Z";
    entry.object_type = "organisation";
    entry.object_id = "org-3";
    entry.remote = "127.0.0.1";
    ASSERT_TRUE(store_->AppendAudit(entry).has_value());
    EXPECT_EQ(Count(database_->url()), "3:org-1/127.0.0.1,org-2/127.0.0.1,org-3/127.0.0.1");
}

// issue 13 (bench/chaos): an upload's audit record travels with its ImportRecord and is appended in
// the import's own transaction, so that a crash cannot leave stored data without the record of who
// uploaded it. The record is kept when the import commits and undone with it when the import fails.
TEST_P(AuditAppendOnlyTest, AnImportsAuditRecordIsStoredWithIt) {
    AuditEntry entry;
    entry.at = "2026-12-06T10:00:00Z";
    entry.object_type = "own_data_upload";
    entry.remote = "127.0.0.1";
    entry.object_id = "refused.csv";
    const ImportRecord refused{"long-csv", "refused.csv", std::string(64, 'a'), entry};
    auto failed = store_->Import(
        refused, [&](ObservationSink&) -> Result<void> { return Fail(ErrorCode::kInvalidArgument, "afgekeurd"); });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().message, "afgekeurd");
    EXPECT_EQ(Count(database_->url()), before_);

    entry.object_id = "stored.csv";
    const ImportRecord stored{"long-csv", "stored.csv", std::string(64, 'b'), entry};
    auto imported = store_->Import(stored, [&](ObservationSink&) -> Result<void> { return {}; });
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(Count(database_->url()), "3:org-1/127.0.0.1,org-2/127.0.0.1,stored.csv/127.0.0.1");

    // The same content again writes nothing but the record of the second upload.
    auto again = store_->Import(stored, [&](ObservationSink&) -> Result<void> { return {}; });
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_TRUE(again->already_imported);
    EXPECT_EQ(Count(database_->url()), "4:org-1/127.0.0.1,org-2/127.0.0.1,stored.csv/127.0.0.1,stored.csv/127.0.0.1");
}

// A change that took long (an upload parsed before its transaction began) may be appended after a
// record of a later moment: its time is then that of the record before it, so that the trail's
// times follow its order (seq), and the chain still verifies.
TEST_P(AuditAppendOnlyTest, TimesNeverGoBackInTheTrail) {
    AuditEntry late;
    late.at = "2026-12-06T10:00:05Z";
    late.object_type = "organisation";
    late.object_id = "late";
    late.remote = "127.0.0.1";
    ASSERT_TRUE(store_->AppendAudit(late).has_value());
    AuditEntry slow = late;
    slow.at = "2026-12-06T10:00:02Z";  // began earlier, committed after `late`
    slow.object_id = "slow";
    ASSERT_TRUE(store_->AppendAudit(slow).has_value());
    AuditEntry next = late;
    next.at = "2026-12-06T10:00:09Z";
    next.object_id = "next";
    ASSERT_TRUE(store_->AppendAudit(next).has_value());

    std::vector<std::string> times;
    ASSERT_TRUE(store_
                    ->ForEachAuditRecord([&](const AuditRecord& record) -> Result<void> {
                        times.push_back(record.object_id + "@" + record.at);
                        return {};
                    })
                    .has_value());
    EXPECT_EQ(times, (std::vector<std::string>{"org-1@2026-12-06T10:00:00Z", "org-2@2026-12-06T10:00:00Z",
                                               "late@2026-12-06T10:00:05Z", "slow@2026-12-06T10:00:05Z",
                                               "next@2026-12-06T10:00:09Z"}));
    const auto verified = VerifyAudit(*store_);
    ASSERT_TRUE(verified.has_value()) << verified.error().message;
    EXPECT_TRUE(verified->ok) << DescribeAuditVerification(*verified);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditAppendOnlyTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

TEST(MigrationSqlFor, KeepsCommonLinesAndTheOwnDialectOnly) {
    const std::string sql =
        "-- intro\nCREATE TABLE t (x TEXT);\n-- dialect: sqlite\nA;\n-- dialect: postgresql\nB;\n-- dialect: all\nC;\n";
    EXPECT_EQ(MigrationSqlFor(sql, "sqlite"),
              "-- intro\nCREATE TABLE t (x TEXT);\n-- dialect: sqlite\nA;\n\n\n-- dialect: all\nC;\n");
    EXPECT_EQ(MigrationSqlFor(sql, "postgresql"),
              "-- intro\nCREATE TABLE t (x TEXT);\n\n\n-- dialect: postgresql\nB;\n-- dialect: all\nC;\n");
    EXPECT_EQ(MigrationSqlFor("SELECT 1;", "sqlite"), "SELECT 1;");
}

}  // namespace
}  // namespace kompas::testing
