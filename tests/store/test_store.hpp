// Test helpers for the store: a fresh database per test on SQLite or PostgreSQL, sample rows,
// and a text dump of everything stored, to compare before and after.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/store.hpp"

namespace kompas::testing {

enum class Backend { kSqlite, kPostgres };

std::string BackendName(Backend backend);

// The database the PostgreSQL cases run against; empty when KOMPAS_TEST_POSTGRES_URL is unset.
std::string PostgresTestUrl();

// A fresh, empty database for one test, removed afterwards: a SQLite file in its own temporary
// directory, or a PostgreSQL schema of its own (so that tests may run in parallel). Owns what it
// created. Not thread-safe, but the stores opened on it may be used from other threads.
class TestDatabase {
public:
    static Result<std::unique_ptr<TestDatabase>> Create(Backend backend);
    TestDatabase() = default;  // empty; use Create
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& url() const { return url_; }
    const std::filesystem::path& directory() const { return directory_; }  // SQLite only

private:
    std::string url_;
    std::filesystem::path directory_;
    std::string admin_url_;  // PostgreSQL only: where the schema was created
    std::string schema_;
};

Region MakeTestRegion(std::string code, std::string name, RegionLevel level, std::string parent);
Indicator MakeTestIndicator(std::string key, std::string title = "Titel");
Observation MakeTestObservation(std::string indicator, std::string region, std::string period,
                                std::optional<double> value, ObservationStatus status = ObservationStatus::kKnown);

// Every region, indicator and observation, and the counts, one per line.
std::string Dump(Store& store);

// A fixture with a fresh, migrated store per test on the backend of its parameter; PostgreSQL
// cases are skipped when KOMPAS_TEST_POSTGRES_URL is unset.
class FreshStoreTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override {
        if (GetParam() == Backend::kPostgres && PostgresTestUrl().empty()) {
            GTEST_SKIP() << "KOMPAS_TEST_POSTGRES_URL is not set";
        }
        auto database = TestDatabase::Create(GetParam());
        ASSERT_TRUE(database.has_value()) << database.error().message;
        database_ = std::move(*database);
        auto store = OpenStore(database_->url());
        ASSERT_TRUE(store.has_value()) << store.error().message;
        store_ = std::move(*store);
        const auto migrated = store_->Migrate();
        ASSERT_TRUE(migrated.has_value()) << migrated.error().message;
    }

    std::unique_ptr<TestDatabase> database_;
    std::unique_ptr<Store> store_;
};

}  // namespace kompas::testing
