// libFuzzer target: trajectory records in an .xlsx workbook (zip, workbook, shared strings and
// the first sheet), read from memory as an upload is.
#include "fuzz_util.hpp"
#include "ingest/trajectory_source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kompas::ReadTrajectoryXlsx(kompas::fuzz::AsText(data, size), "fuzz.xlsx",
                                     [](kompas::DeliveredTrajectory&&) -> kompas::Result<void> { return {}; });
    return 0;
}
