// libFuzzer target: the list of municipal mergers.
#include <sstream>

#include "fuzz_util.hpp"
#include "ingest/successions_csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in{std::string(kompas::fuzz::AsText(data, size))};
    (void)kompas::ReadSuccessionsCsv(in, "fuzz.csv");
    return 0;
}
