// Where the ingest tests find their fixtures.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kompas::testing {

inline std::filesystem::path FixtureDir() { return std::filesystem::path(KOMPAS_SOURCE_DIR) / "tests/fixtures/ingest"; }
inline std::filesystem::path KwbAlmereFile() {
    return std::filesystem::path(KOMPAS_SHARED_DIR) / "data/cbs/kwb-almere-2018-2025.csv";
}

}  // namespace kompas::testing
