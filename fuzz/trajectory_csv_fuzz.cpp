// libFuzzer target: the trajectory record CSV.
#include <sstream>

#include "fuzz_util.hpp"
#include "ingest/trajectory_source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in{std::string(kompas::fuzz::AsText(data, size))};
    (void)kompas::ReadTrajectoryCsv(in, "fuzz.csv",
                                    [](kompas::DeliveredTrajectory&&) -> kompas::Result<void> { return {}; });
    return 0;
}
