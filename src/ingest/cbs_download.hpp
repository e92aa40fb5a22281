// Fetches a CBS StatLine table through the OData v3 API into a folder, one file per page, in the
// layout ReadODataFolder reads: TableInfos.json, DataProperties.json, one file per dimension and
// TypedDataSet.json, TypedDataSet_2.json, ... (CBS returns at most 10,000 rows per response).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "core/error.hpp"
#include "ingest/progress.hpp"

namespace kompas {

struct DownloadOptions {
    std::string table_id;  // e.g. "85098NED"
    std::string base_url = "https://opendata.cbs.nl/ODataApi/odata";
    std::filesystem::path folder;
    std::size_t page_rows = 10000;  // the server's page limit: a full page without nextLink asks for more
    long timeout_seconds = 300;     // per request
};

// Replaces the sets' files in `folder` (creating it). Network failures and HTTP errors are
// kUnavailable; a bad table id is kInvalidArgument. Blocking; call from one thread at a time per
// folder. Progress counts downloaded bytes (total 0: unknown).
Result<void> DownloadODataTable(const DownloadOptions& options, Progress* progress = nullptr);

}  // namespace kompas
