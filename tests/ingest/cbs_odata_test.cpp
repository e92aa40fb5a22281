#include "ingest/cbs_odata.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "counting_progress.hpp"
#include "ingest/content_hash.hpp"
#include "memory_sink.hpp"
#include "test_paths.hpp"

namespace kompas {
namespace {

using testing::FixtureDir;
using testing::MemorySink;

// The values in tests/fixtures/ingest/odata/85098NED (a trimmed, made-up 85098NED).
void ExpectFixtureTable(const MemorySink& sink, const ODataSummary& summary) {
    EXPECT_EQ(summary.rows, 10u);
    EXPECT_EQ(summary.skipped_rows, 2u);
    EXPECT_EQ(summary.skipped_region_codes, std::vector<std::string>{"LD01"});

    const Indicator& share = sink.indicators.at("PercentageJongerenMetJeugdhulp");
    EXPECT_EQ(share.unit, "%");
    EXPECT_EQ(share.decimals, 1);
    EXPECT_EQ(share.source, "CBS 85098NED (Jeugdhulp; gemeenten)");
    EXPECT_EQ(share.definition, "Aandeel jongeren tot 18 jaar met jeugdhulp.");
    EXPECT_FALSE(sink.indicators.contains("Toelichting"));  // a text topic is no indicator

    EXPECT_EQ(sink.regions.at("GM0034").name, "Almere");
    EXPECT_EQ(sink.regions.at("NL01").name, "Nederland");
    EXPECT_FALSE(sink.regions.contains("LD01"));

    const Observation* final_value = sink.Find("JongerenMetJeugdhulp", "GM0034", "2022JJ00");
    ASSERT_NE(final_value, nullptr);
    EXPECT_DOUBLE_EQ(*final_value->value, 7400);
    EXPECT_EQ(final_value->status, ObservationStatus::kKnown);
    const Observation* provisional = sink.Find("PercentageJongerenMetJeugdhulp", "GM0034", "2023JJ00");
    ASSERT_NE(provisional, nullptr);
    EXPECT_DOUBLE_EQ(*provisional->value, 12.9);
    EXPECT_EQ(provisional->status, ObservationStatus::kProvisional);
    const Observation* unknown = sink.Find("JongerenMetJeugdhulp", "WK003401", "2022JJ00");
    ASSERT_NE(unknown, nullptr);
    EXPECT_FALSE(unknown->value);
    EXPECT_EQ(unknown->status, ObservationStatus::kUnknown);
    EXPECT_EQ(sink.observations.size(), 16u);  // 4 kept regions x 2 periods x 2 topics
}

using testing::CountingProgress;

TEST(ODataFolderTest, ReadsAFolderWithWholeSets) {
    MemorySink sink;
    ODataSummary summary;
    CountingProgress progress;
    const auto result = ReadODataFolder(FixtureDir() / "odata/85098NED", sink, &progress, &summary);
    ASSERT_TRUE(result) << result.error().message;
    ExpectFixtureTable(sink, summary);
    EXPECT_GT(progress.last_total, 0u);
    EXPECT_EQ(progress.last_done, progress.last_total);
}

TEST(ODataFolderTest, ReadsAFolderWithPagedSets) {
    MemorySink sink;
    ODataSummary summary;
    const auto result = ReadODataFolder(FixtureDir() / "odata_split/85098NED", sink, nullptr, &summary);
    ASSERT_TRUE(result) << result.error().message;
    ExpectFixtureTable(sink, summary);
}

// The files of a folder, by name, as an upload's zip is unpacked: in memory.
ODataFiles FilesOf(const std::filesystem::path& folder) {
    ODataFiles files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        files[entry.path().filename().string()] = std::string(std::istreambuf_iterator<char>(in), {});
    }
    return files;
}

// issue 13 (bench/chaos): an upload's sets are read where they lie, never from a temporary folder
// that a crash would leave behind, with the same result and the same content hash as the folder.
TEST(ODataFilesTest, ReadsSetsHeldInMemoryAsFromAFolder) {
    for (const char* name : {"odata/85098NED", "odata_split/85098NED"}) {
        SCOPED_TRACE(name);
        const auto folder = FixtureDir() / name;
        MemorySink sink;
        ODataSummary summary;
        const auto result = ReadODataFiles(FilesOf(folder), sink, &summary);
        ASSERT_TRUE(result) << result.error().message;
        ExpectFixtureTable(sink, summary);
        EXPECT_EQ(HashFiles(FilesOf(folder)).value(), HashFolder(folder).value());
    }
}

TEST(ODataFilesTest, AMissingDataSetIsNamed) {
    ODataFiles files = FilesOf(FixtureDir() / "odata/85098NED");
    files.erase("TypedDataSet.json");
    MemorySink sink;
    const auto result = ReadODataFiles(files, sink);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find("TypedDataSet.json"), std::string::npos) << result.error().message;
}

// A copy of the fixture table in a temporary folder, with one file replaced.
class ODataBrokenTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("kompas_odata_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::remove_all(dir_);
        std::filesystem::copy(FixtureDir() / "odata/85098NED", dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    void Replace(const std::string& file, const std::string& text) { std::ofstream(dir_ / file) << text; }

    Result<void> Read() {
        MemorySink sink;
        return ReadODataFolder(dir_, sink);
    }

    std::filesystem::path dir_;
};

TEST_F(ODataBrokenTest, TruncatedJsonNamesLineAndColumn) {
    Replace("TypedDataSet.json", "{\"value\": [\n  {\"ID\": 0, \"RegioS\": \"GM0034\",\n  \"Perioden\": ");
    const auto result = Read();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field.rfind("TypedDataSet.json:3:", 0), 0u) << result.error().message;
    EXPECT_NE(result.error().message.find(": json: "), std::string::npos);
}

TEST_F(ODataBrokenTest, MalformedMunicipalityCodeIsAnError) {
    Replace("TypedDataSet.json",
            "{\"value\": [\n"
            " {\"ID\": 0, \"RegioS\": \"GM0034\", \"Perioden\": \"2022JJ00\", \"JongerenMetJeugdhulp_1\": 1},\n"
            " {\"ID\": 1, \"RegioS\": \"GM34  \", \"Perioden\": \"2022JJ00\", \"JongerenMetJeugdhulp_1\": 2}\n"
            "]}");
    const auto result = Read();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "TypedDataSet.json:3:2");
    EXPECT_NE(result.error().message.find("regiocode"), std::string::npos);
}

TEST_F(ODataBrokenTest, BadPeriodIsAnError) {
    Replace("TypedDataSet.json", "{\"value\": [{\"ID\": 0, \"RegioS\": \"GM0034\", \"Perioden\": \"2022XX00\"}]}");
    const auto result = Read();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "TypedDataSet.json:1:12");
}

TEST_F(ODataBrokenTest, MissingDataSetIsAnError) {
    std::filesystem::remove(dir_ / "TypedDataSet.json");
    const auto result = Read();
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find("TypedDataSet.json"), std::string::npos);
}

TEST_F(ODataBrokenTest, NotAnODataDocument) {
    Replace("DataProperties.json", "[1, 2, 3]");
    EXPECT_FALSE(Read());
    Replace("DataProperties.json", "{\"values\": []}");
    EXPECT_FALSE(Read());
}

TEST_F(ODataBrokenTest, DeeplyNestedJsonIsRefused) {
    // A row member nesting 100,000 arrays: refused at the 33rd level, with its line and column.
    Replace("TypedDataSet.json",
            "{\"value\": [\n {\"ID\": 0, \"Extra\": " + std::string(100'000, '[') + std::string(100'000, ']') + "}]}");
    const auto result = Read();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(result.error().field.rfind("TypedDataSet.json:2:", 0), 0u) << result.error().field;
    EXPECT_NE(result.error().message.find("te diep genest (meer dan 32 niveaus)"), std::string::npos)
        << result.error().message;
    // The same for a metadata file.
    std::string nested = "1";
    for (int i = 0; i < 50; ++i) nested = "{\"value\": " + nested + "}";
    Replace("DataProperties.json", nested);
    const auto meta = Read();
    ASSERT_FALSE(meta);
    EXPECT_NE(meta.error().message.find("te diep genest"), std::string::npos) << meta.error().message;
}

}  // namespace
}  // namespace kompas
