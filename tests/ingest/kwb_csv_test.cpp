#include "ingest/kwb_csv.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "counting_progress.hpp"
#include "ingest/kwb_catalogue.hpp"
#include "memory_sink.hpp"
#include "test_paths.hpp"

namespace kompas {
namespace {

using testing::FixtureDir;
using testing::MemorySink;

Result<void> ReadFixture(const std::string& name, MemorySink& sink, KwbSummary* summary = nullptr) {
    std::ifstream in(FixtureDir() / "kwb" / name, std::ios::binary);
    EXPECT_TRUE(in) << name;
    return ReadKwbCsv(in, name, sink, nullptr, summary);
}

using testing::CountingProgress;

TEST(KwbCsvTest, ReadsTheAlmereFileWithItsKnownValues) {
    std::ifstream in(testing::KwbAlmereFile(), std::ios::binary);
    ASSERT_TRUE(in);
    MemorySink sink;
    KwbSummary summary;
    CountingProgress progress;
    const auto result = ReadKwbCsv(in, "kwb-almere-2018-2025.csv", sink, &progress, &summary);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(summary.rows, 1536u);
    EXPECT_EQ(progress.last_done, progress.last_total);
    EXPECT_GT(progress.last_done, 1'000'000u);

    const auto value = [&](const char* indicator, const char* period) -> std::optional<double> {
        const Observation* found = sink.Find(indicator, "GM0034", period);
        return found != nullptr ? found->value : std::nullopt;
    };
    EXPECT_EQ(value("JongerenMetJeugdzorgInNatura", "2018JJ00"), 5805);
    EXPECT_DOUBLE_EQ(value("PercentageJongerenMetJeugdzorg", "2018JJ00").value_or(0), 9.6);
    EXPECT_EQ(value("JongerenMetJeugdzorgInNatura", "2024JJ00"), 7400);
    EXPECT_DOUBLE_EQ(value("PercentageJongerenMetJeugdzorg", "2024JJ00").value_or(0), 11.7);
    EXPECT_EQ(sink.Find("JongerenMetJeugdzorgInNatura", "GM0034", "2025JJ00"), nullptr);  // empty: no observation
    EXPECT_EQ(value("AantalInwoners", "2025JJ00"), 229574);
    EXPECT_DOUBLE_EQ(value("GemiddeldeHuishoudensgrootte", "2018JJ00").value_or(0), 2.4);

    EXPECT_EQ(sink.regions.at("GM0034").name, "Almere");
    EXPECT_EQ(sink.regions.at("WK003401").parent, "GM0034");
    EXPECT_EQ(sink.indicators.at("PercentageJongerenMetJeugdzorg").decimals, 1);
    EXPECT_TRUE(std::find(summary.skipped_keys.begin(), summary.skipped_keys.end(), "Mannen") !=
                summary.skipped_keys.end());
    EXPECT_TRUE(std::find(summary.skipped_keys.begin(), summary.skipped_keys.end(), "AantalInwoners") ==
                summary.skipped_keys.end());
    // Whole values lost their ",0" in the file: no household is smaller than one person.
    for (const auto& [key, observation] : sink.observations) {
        if (observation.indicator == "GemiddeldeHuishoudensgrootte" && observation.value) {
            EXPECT_GE(*observation.value, 1.0) << observation.region << " " << observation.period;
        }
    }
}

TEST(KwbCsvTest, ReadsBomQuotesPaddingAndUnknowns) {
    MemorySink sink;
    KwbSummary summary;
    const auto result = ReadFixture("good.csv", sink, &summary);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(summary.rows, 3u);
    EXPECT_EQ(sink.regions.at("GM0034").name, "Almere; \"stad\"");
    EXPECT_EQ(sink.regions.at("BU00340101").parent, "WK003401");

    const Observation* unknown = sink.Find("PercentageJongerenMetJeugdzorg", "WK003401", "2018JJ00");
    ASSERT_NE(unknown, nullptr);
    EXPECT_FALSE(unknown->value.has_value());
    EXPECT_EQ(unknown->status, ObservationStatus::kUnknown);

    EXPECT_DOUBLE_EQ(*sink.Find("PercentageJongerenMetJeugdzorg", "GM0034", "2018JJ00")->value, 9.6);
    EXPECT_DOUBLE_EQ(*sink.Find("PercentageJongerenMetJeugdzorg", "BU00340101", "2019JJ00")->value, 10.0);
    EXPECT_DOUBLE_EQ(*sink.Find("GemiddeldeHuishoudensgrootte", "WK003401", "2018JJ00")->value, 2.0);
    EXPECT_EQ(sink.Find("JongerenMetJeugdzorgInNatura", "BU00340101", "2019JJ00"), nullptr);
    EXPECT_EQ(summary.skipped_keys, std::vector<std::string>{"Mannen"});
}

struct BadKwb {
    const char* file;
    std::size_t line;
    std::size_t column;
    const char* rule;
};

class KwbErrorTest : public ::testing::TestWithParam<BadKwb> {};

TEST_P(KwbErrorTest, NamesFileLineColumnAndRule) {
    const BadKwb& bad = GetParam();
    MemorySink sink;
    const auto result = ReadFixture(bad.file, sink);
    ASSERT_FALSE(result) << bad.file;
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
    const std::string where = std::string(bad.file) + ":" + std::to_string(bad.line) + ":" + std::to_string(bad.column);
    EXPECT_EQ(result.error().field, where);
    EXPECT_NE(result.error().message.find(where + ": " + bad.rule + ": "), std::string::npos) << result.error().message;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, KwbErrorTest,
                         ::testing::Values(BadKwb{"wrong_delimiter.csv", 1, 1, "scheidingsteken"},
                                           BadKwb{"field_count.csv", 3, 13, "aantal velden"},
                                           BadKwb{"text_in_number.csv", 2, 7, "numeriek"},
                                           BadKwb{"bad_region.csv", 3, 3, "regiocode"},
                                           BadKwb{"bad_date.csv", 2, 2, "peildatum"},
                                           BadKwb{"missing_column.csv", 1, 0, "kolom ontbreekt"},
                                           BadKwb{"double_measure.csv", 2, 11, "dubbele maat"},
                                           BadKwb{"truncated.csv", 3, 7, "aantal velden"},
                                           BadKwb{"unterminated_quote.csv", 3, 4, "aanhalingsteken"}));

TEST(KwbCsvTest, TextInANumericColumnIsExplainedInDutch) {
    MemorySink sink;
    const auto result = ReadFixture("text_in_number.csv", sink);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find("'abc' in kolom AantalInwoners_5 is geen getal"), std::string::npos);
    EXPECT_TRUE(sink.observations.empty());  // nothing of the bad row was delivered
}

TEST(KwbCsvTest, EmptyInputIsAnError) {
    std::istringstream in("");
    MemorySink sink;
    const auto result = ReadKwbCsv(in, "leeg.csv", sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "leeg.csv:0:0");
}

TEST(KwbCsvTest, PassesOnTheSinksError) {
    std::ifstream in(FixtureDir() / "kwb/good.csv", std::ios::binary);
    MemorySink sink;
    sink.fail_with = Error{ErrorCode::kUnavailable, "database weg", ""};
    const auto result = ReadKwbCsv(in, "good.csv", sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kUnavailable);
}

TEST(KwbCsvTest, StripsOnlyNumericSuffixes) {
    EXPECT_EQ(StripPositionalSuffix("PercentageJongerenMetJeugdzorg_85"), "PercentageJongerenMetJeugdzorg");
    EXPECT_EQ(StripPositionalSuffix("k_0Tot15Jaar_8"), "k_0Tot15Jaar");
    EXPECT_EQ(StripPositionalSuffix("k_0Tot15Jaar"), "k_0Tot15Jaar");
    EXPECT_EQ(StripPositionalSuffix("ID"), "ID");
    EXPECT_EQ(StripPositionalSuffix("Gemeentenaam_1"), "Gemeentenaam");
}

TEST(KwbCatalogueTest, DecodesLostDecimals) {
    const KwbMeasure& percentage = *FindKwbMeasure("PercentageJongerenMetJeugdzorg");
    EXPECT_DOUBLE_EQ(*DecodeKwbValue(percentage, "117"), 11.7);
    EXPECT_DOUBLE_EQ(*DecodeKwbValue(percentage, "10"), 10.0);    // "10.0" was written "10"
    EXPECT_DOUBLE_EQ(*DecodeKwbValue(percentage, "9"), 9.0);      // below the 2 % minimum when read x10
    EXPECT_DOUBLE_EQ(*DecodeKwbValue(percentage, "11,7"), 11.7);  // a separator is taken as it is
    EXPECT_FALSE(DecodeKwbValue(percentage, "abc"));
    const KwbMeasure& count = *FindKwbMeasure("JongerenMetJeugdzorgInNatura");
    EXPECT_DOUBLE_EQ(*DecodeKwbValue(count, "7400"), 7400);
    // Issue 15: the class of urbanisation the group of similar municipalities is chosen by, 1..5.
    const KwbMeasure* urbanisation = FindKwbMeasure("MateVanStedelijkheid");
    ASSERT_NE(urbanisation, nullptr);
    EXPECT_DOUBLE_EQ(*DecodeKwbValue(*urbanisation, "2"), 2.0);
    for (const KwbMeasure& measure : KwbCatalogue()) {
        EXPECT_FALSE(measure.title.empty());
        EXPECT_FALSE(measure.definition.empty());
        EXPECT_EQ(ToIndicator(measure).source, kKwbSource);
    }
}

}  // namespace
}  // namespace kompas
