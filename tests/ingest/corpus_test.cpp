// Replays tests/fixtures/ingest/corpus against every reader: success or a positioned error,
// never a crash.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "ingest/cbs_odata.hpp"
#include "ingest/kwb_csv.hpp"
#include "ingest/long_csv.hpp"
#include "memory_sink.hpp"
#include "test_paths.hpp"

namespace kompas {
namespace {

using testing::FixtureDir;
using testing::MemorySink;

std::vector<std::filesystem::path> CorpusFiles() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(FixtureDir() / "corpus")) {
        if (entry.path().extension() != ".md") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void ExpectSuccessOrPositioned(const Result<void>& result, const std::string& file) {
    if (result) return;
    static const std::regex kPositioned(R"(.+:\d+:\d+)");
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument) << file << ": " << result.error().message;
    EXPECT_TRUE(std::regex_match(result.error().field, kPositioned)) << file << ": " << result.error().field;
    EXPECT_NE(result.error().message.find(result.error().field + ": "), std::string::npos) << result.error().message;
}

class CorpusTest : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(CorpusTest, CsvReadersSucceedOrPointAtTheProblem) {
    const auto& file = GetParam();
    const std::string name = file.filename().string();
    {
        std::ifstream in(file, std::ios::binary);
        MemorySink sink;
        ExpectSuccessOrPositioned(ReadKwbCsv(in, name, sink), name);
    }
    {
        std::ifstream in(file, std::ios::binary);
        MemorySink sink;
        ExpectSuccessOrPositioned(ReadLongCsv(in, name, sink), name);
    }
}

TEST_P(CorpusTest, ODataReaderSucceedsOrPointsAtTheProblem) {
    const auto& file = GetParam();
    const auto dir = std::filesystem::temp_directory_path() / ("kompas_corpus_" + file.filename().string());
    for (const char* target : {"TypedDataSet.json", "RegioS.json", "DataProperties.json", "TableInfos.json"}) {
        std::filesystem::remove_all(dir);
        std::filesystem::copy(FixtureDir() / "odata/85098NED", dir);
        std::filesystem::copy_file(file, dir / target, std::filesystem::copy_options::overwrite_existing);
        MemorySink sink;
        ExpectSuccessOrPositioned(ReadODataFolder(dir, sink), file.filename().string() + " as " + target);
    }
    std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusTest, ::testing::ValuesIn(CorpusFiles()),
                         [](const ::testing::TestParamInfo<std::filesystem::path>& param) {
                             std::string name = param.param.stem().string();
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             }
                             return name;
                         });

}  // namespace
}  // namespace kompas
