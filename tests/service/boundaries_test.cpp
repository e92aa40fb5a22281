// Municipal mergers end to end: the shipped list imported once, a series on today's boundaries
// (counts summed, ratios recomputed or marked unknown) and the progress of a result on a merged
// municipality, on SQLite and PostgreSQL.
#include "service/boundaries.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "account_fixture.hpp"
#include "service/ambitions.hpp"
#include "service/imports.hpp"

namespace kompas::testing {
namespace {

constexpr std::string_view kShipped = KOMPAS_SOURCE_DIR "/data/reference/gemeentelijke-herindelingen.csv";
constexpr std::string_view kCount = "JeugdzorgTrajecten";        // aantal
constexpr std::string_view kPercentage = "PercentageJeugdzorg";  // %, no counts before the merger
constexpr std::string_view kCounted = "PercentageMetTelling";    // %, with counts

Observation Figure(std::string_view indicator, std::string_view region, std::string_view period,
                   std::optional<double> value, std::optional<double> numerator = std::nullopt,
                   std::optional<double> denominator = std::nullopt) {
    Observation observation;
    observation.indicator = std::string(indicator);
    observation.region = std::string(region);
    observation.period = std::string(period);
    observation.value = value;
    observation.numerator = numerator;
    observation.denominator = denominator;
    return observation;
}

class BoundariesTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        const auto imported = store_->Import({"long-csv", "test.csv", "mergers"}, [](ObservationSink& sink) {
            for (const Region& region : {Region{"NL01", "Nederland", RegionLevel::kCountry, ""},
                                         Region{"GM1970", "Noardeast-Fryslân", RegionLevel::kMunicipality, "NL01"},
                                         Region{"GM0058", "Dongeradeel", RegionLevel::kMunicipality, "NL01"},
                                         Region{"GM1722", "Ferwerderadiel", RegionLevel::kMunicipality, "NL01"},
                                         Region{"GM0079", "Kollumerland c.a.", RegionLevel::kMunicipality, "NL01"},
                                         Region{"GM0034", "Almere", RegionLevel::kMunicipality, "NL01"}}) {
                if (auto put = sink.PutRegion(region); !put) return put;
            }
            for (const auto& [key, unit] :
                 {std::pair{kCount, "aantal"}, std::pair{kPercentage, "%"}, std::pair{kCounted, "%"}}) {
                Indicator indicator{std::string(key), "Jeugdzorg", unit, 1, Direction::kLowerIsBetter, "CBS", ""};
                if (auto put = sink.PutIndicator(indicator); !put) return put;
            }
            for (const auto& observation :
                 {Figure(kCount, "GM0058", "2018JJ00", 100.0), Figure(kCount, "GM0079", "2018JJ00", 50.0),
                  Figure(kCount, "GM1722", "2018JJ00", 25.0), Figure(kCount, "GM1970", "2019JJ00", 170.0),
                  Figure(kCount, "GM1970", "2020JJ00", 160.0), Figure(kCount, "GM0034", "2018JJ00", 900.0),
                  Figure(kPercentage, "GM0058", "2018JJ00", 10.0), Figure(kPercentage, "GM0079", "2018JJ00", 8.0),
                  Figure(kPercentage, "GM1722", "2018JJ00", 12.0), Figure(kPercentage, "GM1970", "2019JJ00", 9.0),
                  Figure(kCounted, "GM0058", "2018JJ00", 10.0, 10.0, 100.0),
                  Figure(kCounted, "GM0079", "2018JJ00", 8.0, 4.0, 50.0),
                  Figure(kCounted, "GM1722", "2018JJ00", 12.0, 6.0, 50.0),
                  Figure(kCounted, "GM1970", "2019JJ00", 9.0, 18.0, 200.0)}) {
                if (auto put = sink.PutObservation(observation); !put) return put;
            }
            return Result<void>{};
        });
        ASSERT_TRUE(imported.has_value()) << imported.error().message;
        const auto successions = ImportPath(*store_, ImportFormat::kSuccessions, std::string(kShipped));
        ASSERT_TRUE(successions.has_value()) << successions.error().message;
    }

    std::vector<DerivedObservation> Series(std::string_view code, std::string_view indicator) {
        auto series = SeriesOnTodaysBoundaries(*store_, code, indicator);
        EXPECT_TRUE(series.has_value()) << series.error().message;
        return series.value_or(std::vector<DerivedObservation>{});
    }
};

TEST_P(BoundariesTest, TheShippedListIsImportedOnce) {
    auto stored = store_->Successions();
    ASSERT_TRUE(stored.has_value()) << stored.error().message;
    EXPECT_EQ(stored->size(), 76u);  // data/reference/README.md: 76 rows
    ASSERT_TRUE(SuccessionTable::Create(*stored).has_value());
    const auto counts = store_->Counts();
    ASSERT_TRUE(counts.has_value());

    const auto again = ImportPath(*store_, ImportFormat::kSuccessions, std::string(kShipped));
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_TRUE(again->already_imported);
    auto after = store_->Successions();
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->size(), stored->size());
    EXPECT_EQ(store_->Counts()->imports, counts->imports);
}

TEST_P(BoundariesTest, AnotherListReplacesTheWholeTableAndErrorsNameTheFile) {
    const auto folder = std::filesystem::temp_directory_path() / ("kompas-boundaries-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const auto good = folder / "good.csv";
    std::ofstream(good) << "old_code,old_name,new_code,new_name,date,share,source\n"
                           "GM0058,Dongeradeel,GM1970,Noardeast-Fryslân,2019-01-01,1,test\n";
    const auto imported = ImportPath(*store_, ImportFormat::kSuccessions, good);
    ASSERT_TRUE(imported.has_value()) << imported.error().message;
    EXPECT_EQ(imported->successions, 1);
    EXPECT_EQ(store_->Successions()->size(), 1u);

    const auto bad = folder / "bad.csv";
    std::ofstream(bad) << "old_code,old_name,new_code,new_name,date,share,source\n"
                          "GM0058,Dongeradeel,GM1970,Noardeast-Fryslân,2019-01-01,0.5,test\n";
    const auto failed = ImportPath(*store_, ImportFormat::kSuccessions, bad);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE((failed.error().field + " " + failed.error().message).find("bad.csv"), std::string::npos)
        << failed.error().field << " " << failed.error().message;
    EXPECT_EQ(store_->Successions()->size(), 1u);  // nothing changed
    std::filesystem::remove_all(folder);
}

TEST_P(BoundariesTest, CountsAreSummed) {
    const auto series = Series("GM1970", kCount);
    ASSERT_EQ(series.size(), 3u);
    EXPECT_EQ(series[0].observation.period, "2018JJ00");
    EXPECT_EQ(series[0].observation.region, "GM1970");
    EXPECT_EQ(series[0].derivation, Derivation::kSummedFromPredecessors);
    ASSERT_TRUE(series[0].observation.value.has_value());
    EXPECT_DOUBLE_EQ(*series[0].observation.value, 175.0);
    EXPECT_EQ(series[0].sources, (std::vector<std::string>{"GM0058", "GM0079", "GM1722"}));
    EXPECT_EQ(series[1].derivation, Derivation::kAsPublished);
    EXPECT_DOUBLE_EQ(*series[1].observation.value, 170.0);
}

TEST_P(BoundariesTest, PercentagesWithoutCountsAreNotConvertible) {
    const auto series = Series("GM1970", kPercentage);
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series[0].derivation, Derivation::kNotConvertible);
    EXPECT_FALSE(series[0].observation.value.has_value());
    EXPECT_EQ(series[0].observation.status, ObservationStatus::kUnknown);
    EXPECT_EQ(series[1].derivation, Derivation::kAsPublished);
}

TEST_P(BoundariesTest, PercentagesWithCountsAreRecomputed) {
    const auto series = Series("GM1970", kCounted);
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series[0].derivation, Derivation::kRecomputedFromCounts);
    ASSERT_TRUE(series[0].observation.value.has_value());
    EXPECT_DOUBLE_EQ(*series[0].observation.value, 10.0);  // (10 + 4 + 6) / (100 + 50 + 50) × 100
}

TEST_P(BoundariesTest, WithoutPredecessorsTheFiguresAreAsPublished) {
    const auto own = Series("GM0034", kCount);
    ASSERT_EQ(own.size(), 1u);
    EXPECT_EQ(own[0].derivation, Derivation::kAsPublished);
    EXPECT_DOUBLE_EQ(*own[0].observation.value, 900.0);
    EXPECT_TRUE(Series("NL01", kCount).empty());
    EXPECT_EQ(SeriesOnTodaysBoundaries(*store_, "geen code", kCount).error().code, ErrorCode::kInvalidArgument);
}

class MergedProgressTest : public BoundariesTest {
protected:
    void SetUp() override {
        BoundariesTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        const Organisation organisation = MakeOrganisation("Gemeente Noardeast-Fryslân");
        caller_ = CallerOf(MakePerson("coord@example.nl", organisation));
        auto created = CreateCollaboration(*store_, caller_,
                                           NewCollaboration{"Samen", "Jeugd", {"GM1970"}, "2026-01-01", {}, ""}, T0());
        ASSERT_TRUE(created.has_value()) << created.error().message;
        id_ = created->collaboration.id;
        auto ambition = CreateAmbition(
            *store_, caller_, id_, NewAmbition{"Minder jeugdzorg", "Gezond opgroeien", "2026-02-01", {}, {}, {}}, T0());
        ASSERT_TRUE(ambition.has_value()) << ambition.error().message;
        ambition_id_ = ambition->id;
    }

    ResultProgress ProgressFor(std::string_view indicator, double baseline) {
        auto result = CreateSocietalResult(*store_, caller_, id_, ambition_id_,
                                           NewSocietalResult{"Minder jeugdzorg in 2028",
                                                             std::string(indicator),
                                                             {"GM1970"},
                                                             Baseline{baseline, "2018JJ00"},
                                                             Target{baseline / 2, 2028},
                                                             {},
                                                             "2026-02-01"},
                                           T0());
        EXPECT_TRUE(result.has_value()) << result.error().message;
        if (!result) return {};
        auto progress = GetProgress(*store_, caller_, id_, result->id, "GM1970");
        EXPECT_TRUE(progress.has_value()) << progress.error().message;
        return progress.value_or(ResultProgress{});
    }

    Caller caller_;
    std::string id_, ambition_id_;
};

TEST_P(MergedProgressTest, ShowsTheSummedValueAndSaysSo) {
    const ResultProgress progress = ProgressFor(kCount, 175.0);
    EXPECT_EQ(progress.data_region.code, "GM1970");
    ASSERT_EQ(progress.series.size(), 3u);
    EXPECT_EQ(progress.series[0].period, "2018JJ00");
    ASSERT_TRUE(progress.series[0].value.has_value());
    EXPECT_DOUBLE_EQ(*progress.series[0].value, 175.0);
    ASSERT_TRUE(progress.level_note.has_value());
    EXPECT_EQ(*progress.level_note,
              "Cijfers van vóór de herindeling van 1 januari 2019 zijn opgeteld uit Dongeradeel, Ferwerderadiel en "
              "Kollumerland c.a.");
}

TEST_P(MergedProgressTest, PercentagesWithoutCountsAreUnknown) {
    const ResultProgress progress = ProgressFor(kPercentage, 10.0);
    ASSERT_EQ(progress.series.size(), 2u);
    EXPECT_FALSE(progress.series[0].value.has_value());
    EXPECT_EQ(progress.series[0].status, ObservationStatus::kUnknown);
    ASSERT_TRUE(progress.level_note.has_value());
    EXPECT_EQ(*progress.level_note,
              "Cijfers van vóór de herindeling van 1 januari 2019 (van Dongeradeel, Ferwerderadiel en Kollumerland "
              "c.a.) zijn niet om te rekenen naar de indeling van vandaag en staan als onbekend.");
}

INSTANTIATE_TEST_SUITE_P(Backends, BoundariesTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return std::string(BackendName(param_info.param));
                         });
INSTANTIATE_TEST_SUITE_P(Backends, MergedProgressTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return std::string(BackendName(param_info.param));
                         });

}  // namespace
}  // namespace kompas::testing
