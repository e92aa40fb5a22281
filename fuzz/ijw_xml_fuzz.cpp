// libFuzzer target: one iJw message, validated against the shared XSDs (KOMPAS_SHARED_DIR) and
// read. The reader takes a path, so the input goes to a scratch file first.
#include "fuzz_util.hpp"
#include "ingest/trajectory_source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = kompas::fuzz::ScratchDir("ijw") / "bericht.xml";
    kompas::fuzz::WriteFile(file, kompas::fuzz::AsText(data, size));
    (void)kompas::ReadIjwMessage(file, std::filesystem::path(KOMPAS_SHARED_DIR) / "data/ijw/xsd",
                                 [](kompas::DeliveredTrajectory&&) -> kompas::Result<void> { return {}; });
    return 0;
}
