// libFuzzer target: Kompas' generic long CSV.
#include <sstream>

#include "fuzz_util.hpp"
#include "ingest/long_csv.hpp"
#include "null_sink.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in{std::string(kompas::fuzz::AsText(data, size))};
    kompas::fuzz::NullSink sink;
    (void)kompas::ReadLongCsv(in, "fuzz.csv", sink);
    return 0;
}
