// The Store's rules, checked on SQLite and on PostgreSQL (when KOMPAS_TEST_POSTGRES_URL is set).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "core/source_location.hpp"
#include "test_store.hpp"

namespace kompas::testing {
namespace {

// The outcome indicators of block 5 that every store has from its migrations (0017), so that a
// societal result can use one.
constexpr int kOutcomeIndicators = 3;

using Write = std::function<Result<void>(ObservationSink&)>;

class StoreTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override {
        if (GetParam() == Backend::kPostgres && PostgresTestUrl().empty()) {
            GTEST_SKIP() << "KOMPAS_TEST_POSTGRES_URL is not set: start a cluster with scripts/pg-test-cluster.sh "
                            "and set it to run the PostgreSQL cases";
        }
        database_ = Fresh();
        ASSERT_NE(database_, nullptr);
        store_ = Open(*database_);
        ASSERT_NE(store_, nullptr);
        const auto migrated = store_->Migrate();
        ASSERT_TRUE(migrated.has_value()) << migrated.error().message;
    }

    std::unique_ptr<TestDatabase> Fresh() {
        auto database = TestDatabase::Create(GetParam());
        EXPECT_TRUE(database.has_value()) << database.error().message;
        return database ? std::move(*database) : nullptr;
    }

    static std::unique_ptr<Store> Open(const TestDatabase& database) {
        auto store = OpenStore(database.url());
        EXPECT_TRUE(store.has_value()) << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    static ImportRecord Record(std::string hash) { return ImportRecord{"long-csv", "test.csv", std::move(hash)}; }

    ImportSummary MustImport(const std::string& hash, const Write& write) {
        const auto summary = store_->Import(Record(hash), write);
        EXPECT_TRUE(summary.has_value()) << summary.error().message;
        return summary.value_or(ImportSummary{});
    }

    // GM0034 (Almere) under NL01, one indicator, two years of it.
    void ImportBasics() {
        MustImport("basics", [](ObservationSink& sink) -> Result<void> {
            if (auto r = sink.PutRegion(MakeTestRegion("GM0034", "Almere", RegionLevel::kMunicipality, "NL01")); !r) {
                return r;
            }
            if (auto r = sink.PutIndicator(MakeTestIndicator("Jeugdzorg")); !r) return r;
            if (auto r = sink.PutObservation(MakeTestObservation("Jeugdzorg", "GM0034", "2022JJ00", 10.5)); !r) {
                return r;
            }
            return sink.PutObservation(MakeTestObservation("Jeugdzorg", "GM0034", "2023JJ00", 11.0));
        });
    }

    std::unique_ptr<TestDatabase> database_;
    std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, MigrateTwiceIsHarmless) {
    ImportBasics();
    const std::string before = Dump(*store_);
    ASSERT_TRUE(store_->Migrate().has_value());
    ASSERT_TRUE(store_->Migrate().has_value());
    EXPECT_EQ(Dump(*store_), before);
}

TEST_P(StoreTest, MigrationSeedsTheCountry) {
    const auto country = store_->FindRegion("NL01").value();
    ASSERT_TRUE(country.has_value());
    EXPECT_EQ(country->name, "Nederland");
    EXPECT_EQ(country->level, RegionLevel::kCountry);
    EXPECT_EQ(country->parent, "");
    EXPECT_EQ(store_->Counts().value().regions, 1);
}

TEST_P(StoreTest, ImportRoundTripsRegionsIndicatorsAndObservations) {
    Indicator indicator{"PercentageJongerenMetJeugdzorg",
                        "Jongeren met jeugdzorg",
                        "%",
                        1,
                        Direction::kLowerIsBetter,
                        "CBS 85984NED",
                        "Aandeel jongeren tot 18 jaar met jeugdzorg."};
    const auto summary = MustImport("round-trip", [&](ObservationSink& sink) -> Result<void> {
        if (auto r = sink.PutRegion(MakeTestRegion("GM0034", "Almere", RegionLevel::kMunicipality, "PV24")); !r) {
            return r;
        }
        if (auto r = sink.PutIndicator(indicator); !r) return r;
        return sink.PutObservation(Observation{indicator.key, "GM0034", "2023JJ00", 12.5, std::nullopt, std::nullopt,
                                               ObservationStatus::kProvisional});
    });
    EXPECT_FALSE(summary.already_imported);
    EXPECT_EQ(summary.regions, 1);
    EXPECT_EQ(summary.indicators, 1);
    EXPECT_EQ(summary.observations, 1);

    const auto region = store_->FindRegion("GM0034").value().value();
    EXPECT_EQ(region.name, "Almere");
    EXPECT_EQ(region.level, RegionLevel::kMunicipality);
    EXPECT_EQ(region.parent, "PV24");
    const auto stored = store_->FindIndicator(indicator.key).value().value();
    EXPECT_EQ(stored.title, indicator.title);
    EXPECT_EQ(stored.unit, "%");
    EXPECT_EQ(stored.decimals, 1);
    EXPECT_EQ(stored.direction, Direction::kLowerIsBetter);
    EXPECT_EQ(stored.source, indicator.source);
    EXPECT_EQ(stored.definition, indicator.definition);
    const auto observations = store_->Observations({{"GM0034"}, ""}).value();
    ASSERT_EQ(observations.size(), 1u);
    EXPECT_EQ(observations[0].indicator, indicator.key);
    EXPECT_EQ(observations[0].period, "2023JJ00");
    EXPECT_EQ(observations[0].value, 12.5);
    EXPECT_FALSE(observations[0].numerator.has_value());
    EXPECT_EQ(observations[0].status, ObservationStatus::kProvisional);
    const auto counts = store_->Counts().value();
    EXPECT_EQ(counts.regions, 2);
    EXPECT_EQ(counts.indicators, 1 + kOutcomeIndicators);
    EXPECT_EQ(counts.observations, 1);
    EXPECT_EQ(counts.imports, 1);
}

TEST_P(StoreTest, UnknownValueStaysNullNotZero) {
    ImportBasics();
    MustImport("unknown", [](ObservationSink& sink) {
        return sink.PutObservation(
            MakeTestObservation("Jeugdzorg", "GM0034", "2024JJ00", std::nullopt, ObservationStatus::kUnknown));
    });
    const auto observations = store_->Observations({{"GM0034"}, "Jeugdzorg"}).value();
    ASSERT_EQ(observations.size(), 3u);
    EXPECT_EQ(observations[2].period, "2024JJ00");
    EXPECT_FALSE(observations[2].value.has_value());
    EXPECT_EQ(observations[2].status, ObservationStatus::kUnknown);
}

TEST_P(StoreTest, NumeratorDenominatorAndExactValuesRoundTrip) {
    ImportBasics();
    Observation observation = MakeTestObservation("Jeugdzorg", "GM0034", "2024KW01", 0.1 + 0.2);
    observation.numerator = 123456789.123456789;
    observation.denominator = 1e-300;
    MustImport("fractions", [&](ObservationSink& sink) { return sink.PutObservation(observation); });
    const auto stored = store_->Observations({{"GM0034"}, "Jeugdzorg"}).value();
    ASSERT_EQ(stored.size(), 3u);
    EXPECT_EQ(stored[2].period, "2024KW01");
    EXPECT_EQ(stored[2].value, 0.1 + 0.2);  // exact: no rounding through text
    EXPECT_EQ(stored[2].numerator, 123456789.123456789);
    EXPECT_EQ(stored[2].denominator, 1e-300);
}

TEST_P(StoreTest, SameContentHashIsImportedOnce) {
    ImportBasics();
    const std::string before = Dump(*store_);
    bool called = false;
    const auto again = store_->Import(Record("basics"), [&](ObservationSink& sink) {
        called = true;
        return sink.PutRegion(MakeTestRegion("GM0035", "Elders", RegionLevel::kMunicipality, "NL01"));
    });
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_TRUE(again->already_imported);
    EXPECT_EQ(again->regions, 0);
    EXPECT_FALSE(called);
    EXPECT_EQ(Dump(*store_), before);
}

TEST_P(StoreTest, SameHashInAnotherFormatIsAnotherImport) {
    ImportBasics();
    ImportRecord record = Record("basics");
    record.format = "kwb-csv";
    const auto summary = store_->Import(record, [](ObservationSink&) -> Result<void> { return {}; });
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_FALSE(summary->already_imported);
    EXPECT_EQ(store_->Counts().value().imports, 2);
}

TEST_P(StoreTest, FailedWriteStoresNothingAndPassesItsErrorThrough) {
    ImportBasics();
    const std::string before = Dump(*store_);
    const Error error = ImportError({"data.csv", 7, 3}, "waarde", "geen getal");
    const auto failed = store_->Import(Record("broken"), [&](ObservationSink& sink) -> Result<void> {
        EXPECT_TRUE(sink.PutRegion(MakeTestRegion("GM0035", "Elders", RegionLevel::kMunicipality, "NL01")));
        EXPECT_TRUE(sink.PutIndicator(MakeTestIndicator("Jeugdzorg", "Overschreven")));
        EXPECT_TRUE(sink.PutObservation(MakeTestObservation("Jeugdzorg", "GM0034", "2022JJ00", 99.0)));
        return std::unexpected(error);
    });
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, error.code);
    EXPECT_EQ(failed.error().message, error.message);
    EXPECT_EQ(failed.error().field, "data.csv:7:3");
    EXPECT_EQ(Dump(*store_), before);

    // The failed import left no record: the same content imports once the file is fixed.
    const auto retried = MustImport("broken", [](ObservationSink&) -> Result<void> { return {}; });
    EXPECT_FALSE(retried.already_imported);
}

TEST_P(StoreTest, ObservationForUnknownRegionIsRejectedAndRolledBack) {
    ImportBasics();
    const std::string before = Dump(*store_);
    const auto failed = store_->Import(Record("unknown-region"), [](ObservationSink& sink) -> Result<void> {
        if (auto r = sink.PutIndicator(MakeTestIndicator("Nieuw")); !r) return r;
        return sink.PutObservation(MakeTestObservation("Nieuw", "GM9999", "2023JJ00", 1.0));
    });
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(failed.error().message.find("GM9999"), std::string::npos) << failed.error().message;
    EXPECT_EQ(Dump(*store_), before);
}

TEST_P(StoreTest, ObservationForUnknownIndicatorIsRejectedAndRolledBack) {
    ImportBasics();
    const std::string before = Dump(*store_);
    const auto failed = store_->Import(Record("unknown-indicator"), [](ObservationSink& sink) {
        return sink.PutObservation(MakeTestObservation("Onbekend", "GM0034", "2023JJ00", 1.0));
    });
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(Dump(*store_), before);
}

// Issue 10: observations are written in chunks of 128 rows per statement. 300 of them (two whole
// chunks and the rest one by one) all arrive; an observation put twice within one chunk (PostgreSQL
// refuses one statement that touches a row twice) ends with its later value, as one upsert after the
// other would; one for an unknown region in a whole chunk names the chunk and stores nothing.
TEST_P(StoreTest, ObservationsInChunksArriveAsOneAfterTheOther) {
    ImportBasics();
    const auto put = [](ObservationSink& sink, int count, int repeat, const std::string& stranger) -> Result<void> {
        for (int i = 0; i < count; ++i) {
            const std::string region = i == 77 ? stranger : "GM0034";
            const std::string period = fmt::format("{}MM{:02}", 1900 + i / 12, i % 12 + 1);
            if (auto r = sink.PutObservation(MakeTestObservation("Jeugdzorg", region, period, i)); !r) return r;
            if (i == repeat) {  // again, later in the same chunk, with another value
                if (auto r = sink.PutObservation(MakeTestObservation("Jeugdzorg", region, "1900MM01", 1000.0)); !r) {
                    return r;
                }
            }
        }
        return {};
    };
    const auto summary = MustImport("chunks", [&](ObservationSink& sink) { return put(sink, 300, 5, "GM0034"); });
    EXPECT_EQ(summary.observations, 301);
    const auto read = store_->Observations({{"GM0034"}, "Jeugdzorg"});
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(read->size(), 302u);  // 300 months and the two years of ImportBasics
    const auto first =
        std::find_if(read->begin(), read->end(), [](const Observation& o) { return o.period == "1900MM01"; });
    ASSERT_NE(first, read->end());
    EXPECT_EQ(first->value, 1000.0);

    const std::string before = Dump(*store_);
    const auto failed =
        store_->Import(Record("chunk-stranger"), [&](ObservationSink& sink) { return put(sink, 300, -1, "GM9999"); });
    ASSERT_FALSE(failed.has_value());
    EXPECT_NE(failed.error().message.find("observations"), std::string::npos) << failed.error().message;
    EXPECT_EQ(Dump(*store_), before);
}

TEST_P(StoreTest, WriterThatIgnoresASinkErrorStillRollsBack) {
    ImportBasics();
    const std::string before = Dump(*store_);
    const auto failed = store_->Import(Record("careless"), [](ObservationSink& sink) -> Result<void> {
        (void)sink.PutObservation(MakeTestObservation("Onbekend", "GM0034", "2023JJ00", 1.0));
        (void)sink.PutRegion(MakeTestRegion("GM0035", "Elders", RegionLevel::kMunicipality, "NL01"));
        return {};
    });
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(Dump(*store_), before);
}

TEST_P(StoreTest, EnsureDoesNotOverwriteButPutDoes) {
    ImportBasics();
    MustImport("ensure", [](ObservationSink& sink) -> Result<void> {
        if (auto r = sink.EnsureRegion(MakeTestRegion("GM0034", "GM0034", RegionLevel::kMunicipality, "NL01")); !r) {
            return r;
        }
        if (auto r = sink.EnsureRegion(MakeTestRegion("GM0035", "Nieuw", RegionLevel::kMunicipality, "NL01")); !r) {
            return r;
        }
        return sink.EnsureIndicator(MakeTestIndicator("Jeugdzorg", "Jeugdzorg"));
    });
    EXPECT_EQ(store_->FindRegion("GM0034").value()->name, "Almere");
    EXPECT_EQ(store_->FindRegion("GM0035").value()->name, "Nieuw");
    EXPECT_EQ(store_->FindIndicator("Jeugdzorg").value()->title, "Titel");

    MustImport("put", [](ObservationSink& sink) -> Result<void> {
        if (auto r = sink.PutRegion(MakeTestRegion("GM0034", "Almere (Fl)", RegionLevel::kMunicipality, "PV24")); !r) {
            return r;
        }
        if (auto r = sink.PutIndicator(MakeTestIndicator("Jeugdzorg", "Nieuwe titel")); !r) return r;
        return sink.PutObservation(
            MakeTestObservation("Jeugdzorg", "GM0034", "2022JJ00", std::nullopt, ObservationStatus::kConfidential));
    });
    const auto region = store_->FindRegion("GM0034").value().value();
    EXPECT_EQ(region.name, "Almere (Fl)");
    EXPECT_EQ(region.parent, "PV24");
    EXPECT_EQ(store_->FindIndicator("Jeugdzorg").value()->title, "Nieuwe titel");
    const auto observations = store_->Observations({{"GM0034"}, "Jeugdzorg"}).value();
    ASSERT_EQ(observations.size(), 2u);
    EXPECT_FALSE(observations[0].value.has_value());  // replaced, not kept
    EXPECT_EQ(observations[0].status, ObservationStatus::kConfidential);
}

TEST_P(StoreTest, RegionsFilterByParentAndLevel) {
    MustImport("regions", [](ObservationSink& sink) -> Result<void> {
        for (const Region& region : {MakeTestRegion("PV24", "Flevoland", RegionLevel::kProvince, "NL01"),
                                     MakeTestRegion("GM0050", "Zeewolde", RegionLevel::kMunicipality, "PV24"),
                                     MakeTestRegion("GM0034", "Almere", RegionLevel::kMunicipality, "PV24"),
                                     MakeTestRegion("WK003401", "Wijk 01", RegionLevel::kDistrict, "GM0034"),
                                     MakeTestRegion("JZ12", "Flevoland", RegionLevel::kYouthCareRegion, "NL01")}) {
            if (auto r = sink.PutRegion(region); !r) return r;
        }
        return {};
    });
    auto codes = [](const std::vector<Region>& regions) {
        std::vector<std::string> out;
        for (const Region& region : regions) out.push_back(region.code);
        return out;
    };
    using Codes = std::vector<std::string>;
    EXPECT_EQ(codes(store_->Regions({}).value()), (Codes{"GM0034", "GM0050", "JZ12", "NL01", "PV24", "WK003401"}));
    EXPECT_EQ(codes(store_->Regions({"PV24", std::nullopt}).value()), (Codes{"GM0034", "GM0050"}));
    EXPECT_EQ(codes(store_->Regions({"NL01", RegionLevel::kProvince}).value()), (Codes{"PV24"}));
    EXPECT_EQ(codes(store_->Regions({"", RegionLevel::kMunicipality}).value()), (Codes{"GM0034", "GM0050"}));
    EXPECT_EQ(codes(store_->Regions({"GM0050", std::nullopt}).value()), Codes{});
}

TEST_P(StoreTest, ObservationsForSeveralRegionsAreOrderedByIndicatorRegionPeriod) {
    MustImport("several", [](ObservationSink& sink) -> Result<void> {
        for (const char* code : {"GM0050", "GM0034", "GM0363"}) {
            if (auto r = sink.PutRegion(MakeTestRegion(code, code, RegionLevel::kMunicipality, "NL01")); !r) return r;
        }
        for (const char* key : {"B", "A"}) {
            if (auto r = sink.PutIndicator(MakeTestIndicator(key)); !r) return r;
        }
        for (const char* key : {"B", "A"}) {
            for (const char* code : {"GM0050", "GM0034", "GM0363"}) {
                for (const char* period : {"2023JJ00", "2021JJ00"}) {
                    if (auto r = sink.PutObservation(MakeTestObservation(key, code, period, 1.0)); !r) return r;
                }
            }
        }
        return {};
    });
    auto keys = [](const std::vector<Observation>& observations) {
        std::vector<std::string> out;
        for (const Observation& o : observations) out.push_back(o.indicator + " " + o.region + " " + o.period);
        return out;
    };
    using Keys = std::vector<std::string>;
    EXPECT_EQ(keys(store_->Observations({{"GM0050", "GM0034"}, "B"}).value()),
              (Keys{"B GM0034 2021JJ00", "B GM0034 2023JJ00", "B GM0050 2021JJ00", "B GM0050 2023JJ00"}));
    EXPECT_EQ(keys(store_->Observations({{"GM0363", "GM0050"}, ""}).value()),
              (Keys{"A GM0050 2021JJ00", "A GM0050 2023JJ00", "A GM0363 2021JJ00", "A GM0363 2023JJ00",
                    "B GM0050 2021JJ00", "B GM0050 2023JJ00", "B GM0363 2021JJ00", "B GM0363 2023JJ00"}));
    EXPECT_TRUE(store_->Observations({{"GM0034"}, "C"}).value().empty());
}

TEST_P(StoreTest, ObservationsWithoutRegionIsInvalidArgument) {
    const auto result = store_->Observations({{}, "Jeugdzorg"});
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
}

// The outcome engine's table image (migration 0023): bytes of every value, NUL included, come back
// as they were over several parts; only under the version they were kept at; and a new image
// replaces the whole of the old one.
TEST_P(StoreTest, AnOutcomeTableImageComesBackOnlyUnderItsVersion) {
    EXPECT_EQ(store_->FindOutcomeTable("1@2026-01-01").value_or("x"), std::nullopt) << "none kept";
    std::string image((std::size_t{13} << 20) + 1, '\0');  // three parts, the last of one byte
    for (std::size_t i = 0; i < image.size(); ++i) image[i] = static_cast<char>((i * 131 + i / 7) & 0xFF);
    ASSERT_TRUE(store_->KeepOutcomeTable("1@2026-01-01", image).has_value());
    const auto found = store_->FindOutcomeTable("1@2026-01-01");
    ASSERT_TRUE(found.has_value()) << found.error().message;
    ASSERT_TRUE(found->has_value());
    EXPECT_TRUE(**found == image) << "the bytes differ";
    EXPECT_EQ(store_->FindOutcomeTable("2@2026-01-02").value_or("x"), std::nullopt) << "another version";
    for (const std::string& small : std::vector<std::string>{"", "a", "ab", "abc", std::string("\0\xFF\x10", 3)}) {
        ASSERT_TRUE(store_->KeepOutcomeTable("2@2026-01-02", small).has_value());
        EXPECT_EQ(store_->FindOutcomeTable("2@2026-01-02").value_or(std::nullopt), std::optional(small));
        EXPECT_EQ(store_->FindOutcomeTable("1@2026-01-01").value_or("x"), std::nullopt) << "replaced";
    }
}

TEST_P(StoreTest, FindReturnsNothingForUnknownKeys) {
    EXPECT_FALSE(store_->FindRegion("GM9999").value().has_value());
    EXPECT_FALSE(store_->FindIndicator("Onbekend").value().has_value());
    // A fresh store knows only the outcome indicators of block 5, which have no observations.
    const auto indicators = store_->Indicators().value();
    ASSERT_EQ(indicators.size(), static_cast<std::size_t>(kOutcomeIndicators));
    for (const auto& indicator : indicators) EXPECT_TRUE(indicator.key.starts_with("Uitkomst")) << indicator.key;
}

TEST_P(StoreTest, IndicatorsAreOrderedByKey) {
    MustImport("indicators", [](ObservationSink& sink) -> Result<void> {
        for (const char* key : {"Zorg", "Armoede", "Jeugd"}) {
            if (auto r = sink.PutIndicator(MakeTestIndicator(key)); !r) return r;
        }
        return {};
    });
    const auto indicators = store_->Indicators().value();
    ASSERT_EQ(indicators.size(), 3u + kOutcomeIndicators);
    EXPECT_EQ(indicators.front().key, "Armoede");
    EXPECT_EQ(indicators.back().key, "Zorg");
    for (std::size_t i = 1; i < indicators.size(); ++i) EXPECT_LT(indicators[i - 1].key, indicators[i].key);
}

// The CLI and the server both migrate on start, possibly at the same moment.
TEST_P(StoreTest, ConcurrentMigrationsBothSucceed) {
    const auto fresh = Fresh();
    ASSERT_NE(fresh, nullptr);
    auto first = Open(*fresh), second = Open(*fresh);
    ASSERT_TRUE(first && second);
    Result<void> first_result, second_result;
    std::thread other([&] { second_result = second->Migrate(); });
    first_result = first->Migrate();
    other.join();
    EXPECT_TRUE(first_result.has_value()) << first_result.error().message;
    EXPECT_TRUE(second_result.has_value()) << second_result.error().message;
    EXPECT_EQ(first->Counts().value().regions, 1);
}

TEST_P(StoreTest, ConcurrentImportsOfTheSameContentImportOnce) {
    auto second = Open(*database_);
    ASSERT_NE(second, nullptr);
    auto write = [](ObservationSink& sink) -> Result<void> {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // let the imports overlap
        return sink.PutRegion(MakeTestRegion("GM0034", "Almere", RegionLevel::kMunicipality, "NL01"));
    };
    Result<ImportSummary> first_result, second_result;
    std::thread other([&] { second_result = second->Import(Record("race"), write); });
    first_result = store_->Import(Record("race"), write);
    other.join();
    ASSERT_TRUE(first_result.has_value()) << first_result.error().message;
    ASSERT_TRUE(second_result.has_value()) << second_result.error().message;
    EXPECT_NE(first_result->already_imported, second_result->already_imported);
    EXPECT_EQ(store_->Counts().value().imports, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& backend) { return BackendName(backend.param); });

}  // namespace
}  // namespace kompas::testing
