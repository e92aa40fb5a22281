// libFuzzer target: a saved CBS StatLine OData folder. The first byte chooses which file of the
// test fixture (tests/fixtures/ingest/odata/85098NED) the rest of the input replaces, so the
// metadata and the data set are all fuzzed against otherwise valid neighbours.
#include <array>

#include "fuzz_util.hpp"
#include "ingest/cbs_odata.hpp"
#include "null_sink.hpp"

namespace {

constexpr std::array<const char*, 5> kFiles = {"TypedDataSet.json", "DataProperties.json", "RegioS.json",
                                               "Perioden.json", "TableInfos.json"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    namespace fs = std::filesystem;
    const fs::path& dir = kompas::fuzz::ScratchDir("odata");
    const fs::path fixture = fs::path(KOMPAS_SOURCE_DIR) / "tests/fixtures/ingest/odata/85098NED";
    for (const char* name : kFiles) fs::copy_file(fixture / name, dir / name, fs::copy_options::overwrite_existing);
    kompas::fuzz::WriteFile(dir / kFiles[data[0] % kFiles.size()], kompas::fuzz::AsText(data + 1, size - 1));
    kompas::fuzz::NullSink sink;
    kompas::ODataSummary summary;
    (void)kompas::ReadODataFolder(dir, sink, nullptr, &summary);
    return 0;
}
