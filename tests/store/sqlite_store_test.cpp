// What only SQLite or OpenStore itself must do: share one file between processes, create it,
// and tell database URLs apart.
#include <gtest/gtest.h>

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
