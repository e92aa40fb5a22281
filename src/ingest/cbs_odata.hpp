// Reads a folder with CBS StatLine OData v3 entity sets as a user or DownloadODataTable saved
// them: TableInfos.json, DataProperties.json, one file per dimension (RegioS.json,
// Perioden.json, ...) and TypedDataSet.json. Any set may be split into pages: Name.json,
// Name_2.json, Name_3.json, ... The data set is streamed; metadata files are small.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/observation_sink.hpp"
#include "core/upload_area.hpp"
#include "ingest/progress.hpp"

namespace kompas {

// What an OData import did besides delivering observations.
struct ODataSummary {
    std::size_t rows = 0;
    std::size_t observations = 0;
    std::size_t skipped_rows = 0;                   // rows of regions Kompas does not keep
    std::vector<std::string> skipped_region_codes;  // e.g. "LD01", "CR01" (sorted)
};

// Delivers regions (named from the geographic dimension), one indicator per numeric topic (key
// without positional suffix) and the observations; stops at the first error, which names the
// file, line and column. `summary` may be null.
Result<void> ReadODataFolder(const std::filesystem::path& folder, ObservationSink& sink, Progress* progress = nullptr,
                             ODataSummary* summary = nullptr, const UploadArea* area = nullptr);

// The same for sets held in memory, by file name (TableInfos.json, TypedDataSet_2.json, ...): an
// upload is read where it lies and never written to disk.
using ODataFiles = std::map<std::string, std::string>;
Result<void> ReadODataFiles(const ODataFiles& files, ObservationSink& sink, ODataSummary* summary = nullptr,
                            const UploadArea* area = nullptr);

// The pages of one entity set in `folder`: Name.json, then Name_2.json, ... while they exist.
std::vector<std::filesystem::path> ODataPages(const std::filesystem::path& folder, const std::string& set_name);

}  // namespace kompas
