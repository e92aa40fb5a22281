// libFuzzer target: the CBS CSV download (KWB).
#include <sstream>

#include "fuzz_util.hpp"
#include "ingest/kwb_csv.hpp"
#include "null_sink.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in{std::string(kompas::fuzz::AsText(data, size))};
    kompas::fuzz::NullSink sink;
    kompas::KwbSummary summary;
    (void)kompas::ReadKwbCsv(in, "fuzz.csv", sink, nullptr, &summary);
    return 0;
}
