#include "ingest/long_csv.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "memory_sink.hpp"
#include "test_paths.hpp"

namespace kompas {
namespace {

using testing::FixtureDir;
using testing::MemorySink;

Result<void> ReadFixture(const std::string& name, MemorySink& sink) {
    std::ifstream in(FixtureDir() / "long" / name, std::ios::binary);
    EXPECT_TRUE(in) << name;
    return ReadLongCsv(in, name, sink);
}

TEST(LongCsvTest, ReadsCommaSeparatedRowsWithStatus) {
    MemorySink sink;
    const auto result = ReadFixture("good_comma.csv", sink);
    ASSERT_TRUE(result) << result.error().message;
    ASSERT_EQ(sink.observations.size(), 4u);

    const Observation* known = sink.Find("wachttijd_jeugdhulp", "GM0034", "2023JJ00");
    ASSERT_NE(known, nullptr);
    EXPECT_DOUBLE_EQ(*known->value, 42.5);
    EXPECT_DOUBLE_EQ(*known->numerator, 85);
    EXPECT_DOUBLE_EQ(*known->denominator, 2);
    EXPECT_EQ(known->status, ObservationStatus::kKnown);

    EXPECT_EQ(sink.Find("wachttijd_jeugdhulp", "GM0034", "2024JJ00")->status, ObservationStatus::kConfidential);
    EXPECT_FALSE(sink.Find("wachttijd_jeugdhulp", "GM0034", "2024JJ00")->value);
    EXPECT_EQ(sink.Find("wachttijd_jeugdhulp", "WK003401", "2024KW01")->status, ObservationStatus::kUnknown);
    EXPECT_EQ(sink.Find("tevredenheid", "GM0034", "2024JJ00")->status, ObservationStatus::kProvisional);

    EXPECT_EQ(sink.indicators.at("tevredenheid").title, "tevredenheid");
    EXPECT_EQ(sink.regions.at("WK003401").parent, "GM0034");
}

TEST(LongCsvTest, EnsureNeverOverwritesADescribedIndicatorOrRegion) {
    MemorySink sink;
    sink.indicators["tevredenheid"] = Indicator{"tevredenheid", "Tevredenheid cliënten", "cijfer", 1, {}, {}, {}};
    sink.regions["GM0034"] = MakeRegion("GM0034", "Almere").value();
    ASSERT_TRUE(ReadFixture("good_comma.csv", sink));
    EXPECT_EQ(sink.indicators.at("tevredenheid").title, "Tevredenheid cliënten");
    EXPECT_EQ(sink.regions.at("GM0034").name, "Almere");
}

TEST(LongCsvTest, ReadsSemicolonsBomQuotesAndDecimalCommas) {
    MemorySink sink;
    const auto result = ReadFixture("good_semicolon.csv", sink);
    ASSERT_TRUE(result) << result.error().message;
    const Observation* observation = sink.Find("uitval", "GM0034", "2023MM05");
    ASSERT_NE(observation, nullptr);
    EXPECT_DOUBLE_EQ(*observation->value, 12.5);
}

TEST(LongCsvTest, OnlyAHeaderIsAnEmptyImport) {
    std::istringstream in("indicator,region,period,value\n");
    MemorySink sink;
    EXPECT_TRUE(ReadLongCsv(in, "kop.csv", sink));
    EXPECT_TRUE(sink.observations.empty());
}

struct BadLong {
    const char* file;
    std::size_t line;
    std::size_t column;
    const char* rule;
};

class LongErrorTest : public ::testing::TestWithParam<BadLong> {};

TEST_P(LongErrorTest, NamesFileLineColumnAndRule) {
    const BadLong& bad = GetParam();
    MemorySink sink;
    const auto result = ReadFixture(bad.file, sink);
    ASSERT_FALSE(result) << bad.file;
    const std::string where = std::string(bad.file) + ":" + std::to_string(bad.line) + ":" + std::to_string(bad.column);
    EXPECT_EQ(result.error().field, where);
    EXPECT_NE(result.error().message.find(where + ": " + bad.rule + ": "), std::string::npos) << result.error().message;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, LongErrorTest,
                         ::testing::Values(BadLong{"unknown_column.csv", 1, 5, "onbekende kolom"},
                                           BadLong{"missing_column.csv", 1, 0, "kolom ontbreekt"},
                                           BadLong{"value_with_hidden_status.csv", 3, 5, "status"},
                                           BadLong{"text_in_number.csv", 2, 4, "numeriek"},
                                           BadLong{"bad_region.csv", 3, 2, "regiocode"},
                                           BadLong{"bad_period.csv", 2, 3, "periode"},
                                           BadLong{"field_count.csv", 2, 5, "aantal velden"},
                                           BadLong{"bad_status.csv", 2, 5, "status"}));

}  // namespace
}  // namespace kompas
