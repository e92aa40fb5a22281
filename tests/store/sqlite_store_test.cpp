// What only SQLite or OpenStore itself must do: share one file between processes, create it,
// and tell database URLs apart.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "store/migrations.hpp"
#include "test_store.hpp"

namespace kompas::testing {
namespace {

class SqliteStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto database = TestDatabase::Create(Backend::kSqlite);
        ASSERT_TRUE(database.has_value()) << database.error().message;
        database_ = std::move(*database);
    }

    std::unique_ptr<Store> MustOpen(const std::string& url) {
        auto store = OpenStore(url);
        EXPECT_TRUE(store.has_value()) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    // Runs `sql` on a connection of its own (to the test database, or to `file`) and returns the
    // first column of its last row, or the error message prefixed with "error: ".
    std::string Raw(const std::string& sql, const std::filesystem::path& file = {}) {
        sqlite3* db = nullptr;
        sqlite3_open(file.empty() ? database_->url().substr(7).c_str() : file.c_str(), &db);
        std::string last;
        char* message = nullptr;
        const auto keep = [](void* out, int, char** values, char**) {
            *static_cast<std::string*>(out) = values[0] != nullptr ? values[0] : "";
            return 0;
        };
        if (sqlite3_exec(db, sql.c_str(), keep, &last, &message) != SQLITE_OK) last = std::string("error: ") + message;
        sqlite3_free(message);
        sqlite3_close(db);
        return last;
    }

    static Result<void> PutAlmere(ObservationSink& sink) {
        return sink.PutRegion(MakeTestRegion("GM0034", "Almere", RegionLevel::kMunicipality, "NL01"));
    }

    std::unique_ptr<TestDatabase> database_;
};

// The CLI imports into the file that the running server reads.
TEST_F(SqliteStoreTest, SecondStoreOnTheSameFileSeesWhatTheFirstCommitted) {
    auto cli = MustOpen(database_->url());
    auto server = MustOpen(database_->url());
    ASSERT_TRUE(cli && server);
    ASSERT_TRUE(cli->Migrate().has_value());
    ASSERT_TRUE(server->Migrate().has_value());
    ASSERT_TRUE(cli->Import({"long-csv", "a.csv", "h1"}, PutAlmere).has_value());
    EXPECT_EQ(server->FindRegion("GM0034").value().value().name, "Almere");
    EXPECT_EQ(Dump(*server), Dump(*cli));
}

// WAL: the server keeps answering while an import is in progress, and sees it only after commit.
TEST_F(SqliteStoreTest, ReaderSeesTheLastCommitWhileAnImportIsRunning) {
    auto writer = MustOpen(database_->url());
    auto reader = MustOpen(database_->url());
    ASSERT_TRUE(writer && reader);
    ASSERT_TRUE(writer->Migrate().has_value());
    const auto imported = writer->Import({"long-csv", "a.csv", "h1"}, [&](ObservationSink& sink) -> Result<void> {
        if (auto put = PutAlmere(sink); !put) return put;
        const auto counts = reader->Counts();
        EXPECT_TRUE(counts.has_value()) << counts.error().message;
        EXPECT_EQ(counts.value_or(StoreCounts{}).regions, 1);
        return {};
    });
    ASSERT_TRUE(imported.has_value()) << imported.error().message;
    EXPECT_EQ(reader->Counts().value().regions, 2);
}

TEST_F(SqliteStoreTest, OpenStoreCreatesTheFileAndItsParentDirectories) {
    const auto path = database_->directory() / "nested" / "deeper" / "kompas.db";
    auto store = MustOpen(path.string());  // a plain path means SQLite too
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Migrate().has_value());
    EXPECT_TRUE(std::filesystem::exists(path));
}

// Issue 10: a new database has pages of 16 KiB (a national import writes faster); one made before,
// with SQLite's 4 KiB, keeps its size and is read and written as before.
TEST_F(SqliteStoreTest, ANewDatabaseHasPagesOf16KiBAndAnOlderOneKeepsItsOwn) {
    auto fresh = MustOpen(database_->url());
    ASSERT_NE(fresh, nullptr);
    ASSERT_TRUE(fresh->Migrate().has_value());
    EXPECT_EQ(Raw("PRAGMA page_size"), "16384");

    const auto older = database_->directory() / "older.db";
    ASSERT_EQ(Raw("PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE t (x); PRAGMA page_size", older),
              "4096");
    auto store = MustOpen(older.string());
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Migrate().has_value());
    ASSERT_TRUE(store->Import({"cbs-csv", "almere", "older"}, &SqliteStoreTest::PutAlmere).has_value());
    auto almere = store->FindRegion("GM0034");
    ASSERT_TRUE(almere.has_value() && almere->has_value());
    EXPECT_EQ(Raw("PRAGMA page_size", older), "4096");
}

TEST_F(SqliteStoreTest, OpenStoreFailsOnAFileThatIsNotADatabase) {
    std::filesystem::create_directories(database_->directory());
    const auto path = database_->directory() / "not-a-database.db";
    { std::ofstream(path) << "dit is geen database, maar wel lang genoeg om als kop gelezen te worden\n"; }
    auto store = OpenStore("sqlite:" + path.string());
    if (store) {
        const auto migrated = (*store)->Migrate();
        ASSERT_FALSE(migrated.has_value());
        EXPECT_NE(migrated.error().message.find("sqlite"), std::string::npos);
    } else {
        EXPECT_NE(store.error().message.find("sqlite"), std::string::npos);
    }
}

TEST(OpenStoreTest, RejectsAnEmptyUrl) {
    const auto store = OpenStore("");
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::kInvalidArgument);
}

TEST(OpenStoreTest, UnreachablePostgresIsUnavailable) {
    for (const char* url : {"postgresql://postgres@127.0.0.1:1/kompas?connect_timeout=2",
                            "host=127.0.0.1 port=1 dbname=kompas connect_timeout=2"}) {
        const auto store = OpenStore(url);
        ASSERT_FALSE(store.has_value()) << url;
        EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
        EXPECT_NE(store.error().message.find("postgresql"), std::string::npos);
    }
}

// Issue 10: migration 22 stores the trajectories in the order of their key (WITHOUT ROWID) and
// drops the index on municipality that no query used; the records stored before come through.
TEST_F(SqliteStoreTest, MigrationTwentyTwoKeepsTheStoredTrajectories) {
    auto store = MustOpen(database_->url());
    ASSERT_TRUE(store && store->Migrate().has_value());
    store.reset();
    // Back to the shape of migration 5, with two records in it, as a database of before would be.
    ASSERT_EQ(Raw("DROP TABLE trajectories;"
                  "CREATE TABLE trajectories (provider TEXT NOT NULL, client TEXT NOT NULL, help_form TEXT NOT NULL,"
                  " start_day INTEGER NOT NULL, municipality TEXT NOT NULL, birth_year INTEGER NOT NULL,"
                  " sex TEXT NOT NULL, referrer TEXT NOT NULL, end_day INTEGER, reason INTEGER,"
                  " satisfaction_youth INTEGER, satisfaction_parent INTEGER, without_help_youth INTEGER,"
                  " without_help_parent INTEGER, PRIMARY KEY (provider, client, help_form, start_day));"
                  "CREATE INDEX trajectories_municipality ON trajectories (municipality);"
                  "INSERT INTO trajectories VALUES ('65656055', 'b', '02', 19000, 'GM0363', 2010, '1', '01',"
                  " 19400, 1, 8, NULL, 2, 3), ('65656055', 'a', '01', 18000, 'GM0034', 2011, '2', '',"
                  " NULL, NULL, NULL, NULL, NULL, NULL);"
                  "DELETE FROM schema_migrations WHERE version = 22;"),
              "");
    store = MustOpen(database_->url());
    ASSERT_TRUE(store);
    const auto migrated = store->Migrate();
    ASSERT_TRUE(migrated.has_value()) << migrated.error().message;

    std::vector<Trajectory> all;
    ASSERT_TRUE(store
                    ->ForEachTrajectory([&all](const Trajectory& t) -> Result<void> {
                        all.push_back(t);
                        return {};
                    })
                    .has_value());
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].client, "a");  // read in key order now
    EXPECT_EQ(all[0].municipality, "GM0034");
    EXPECT_EQ(all[0].end_day, std::nullopt);
    EXPECT_EQ(all[1].client, "b");
    EXPECT_EQ(all[1].end_day, std::optional<Day>(19400));
    EXPECT_EQ(all[1].reason, std::optional(EndReason::kPlanned));
    EXPECT_EQ(all[1].youth.satisfaction, std::optional(8));
    EXPECT_EQ(all[1].parent.without_help, std::optional(3));
    EXPECT_NE(Raw("SELECT sql FROM sqlite_master WHERE name = 'trajectories'").find("WITHOUT ROWID"),
              std::string::npos);
    EXPECT_EQ(Raw("SELECT count(*) FROM sqlite_master WHERE name = 'trajectories_municipality'"), "0");
}

// Issue 10: migration 24 keeps the observations in the order of (region, indicator, period),
// WITHOUT ROWID and without the index it replaces; the observations stored before come through, and
// an import still replaces an observation by its key.
TEST_F(SqliteStoreTest, MigrationTwentyFourKeepsTheStoredObservations) {
    auto store = MustOpen(database_->url());
    ASSERT_TRUE(store && store->Migrate().has_value());
    store.reset();
    // Back to the shape of migration 1, with three observations in it, as a database of before would be.
    ASSERT_EQ(Raw("DROP TABLE observations;"
                  "CREATE TABLE observations (indicator TEXT NOT NULL REFERENCES indicators (key),"
                  " region TEXT NOT NULL REFERENCES regions (code), period TEXT NOT NULL, value DOUBLE PRECISION,"
                  " numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, status TEXT NOT NULL,"
                  " PRIMARY KEY (indicator, region, period));"
                  "CREATE INDEX observations_by_region ON observations (region, indicator, period);"
                  "INSERT INTO observations VALUES ('UitkomstVolgensPlanBeeindigd', 'NL01', '2024JJ00', 61.5, 123,"
                  " 200, 'known'), ('UitkomstVolgensPlanBeeindigd', 'NL01', '2023JJ00', NULL, NULL, NULL,"
                  " 'confidential');"
                  "DELETE FROM schema_migrations WHERE version = 24;"),
              "");
    store = MustOpen(database_->url());
    ASSERT_TRUE(store);
    const auto migrated = store->Migrate();
    ASSERT_TRUE(migrated.has_value()) << migrated.error().message;

    EXPECT_NE(Raw("SELECT sql FROM sqlite_master WHERE name = 'observations'").find("WITHOUT ROWID"),
              std::string::npos);
    EXPECT_EQ(Raw("SELECT count(*) FROM sqlite_master WHERE name = 'observations_by_region'"), "0");
    const auto read = store->Observations({{"NL01"}, ""});
    ASSERT_TRUE(read.has_value()) << read.error().message;
    ASSERT_EQ(read->size(), 2u);
    EXPECT_EQ((*read)[0].period, "2023JJ00");
    EXPECT_EQ((*read)[0].status, ObservationStatus::kConfidential);
    EXPECT_FALSE((*read)[0].value.has_value());
    EXPECT_EQ((*read)[1].period, "2024JJ00");
    EXPECT_EQ((*read)[1].value, 61.5);

    // An import replaces an observation by its key, as before.
    const auto imported = store->Import({"long-csv", "b.csv", "h24"}, [](ObservationSink& sink) -> Result<void> {
        Observation changed;
        changed.indicator = "UitkomstVolgensPlanBeeindigd";
        changed.region = "NL01";
        changed.period = "2024JJ00";
        changed.value = 60.0;
        changed.status = ObservationStatus::kKnown;
        return sink.PutObservation(changed);
    });
    ASSERT_TRUE(imported.has_value()) << imported.error().message;
    EXPECT_EQ(Raw("SELECT count(*) || ' ' || max(value) FROM observations"), "2 60.0");
}

TEST(MigrationsTest, AreEmbeddedInVersionOrderWithoutGaps) {
    const auto migrations = Migrations();
    ASSERT_FALSE(migrations.empty());
    EXPECT_EQ(migrations[0].name, "youth_profile");
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1);
        const std::string_view sql = migrations[i].sql;
        EXPECT_TRUE(sql.find("CREATE") != sql.npos || sql.find("ALTER TABLE") != sql.npos ||
                    sql.find("INSERT") != sql.npos)
            << migrations[i].name << " changes nothing";
    }
}

}  // namespace
}  // namespace kompas::testing
