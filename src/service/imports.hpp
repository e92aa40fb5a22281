// Imports as the command line, the demo loader and (later) uploads run them: hash the content,
// then read it into the store inside one transaction. The same content twice changes nothing.
#pragma once

#include <filesystem>
#include <string>

#include "ingest/progress.hpp"
#include "store/store.hpp"

namespace kompas {

enum class ImportFormat {
    kCbsCsv,       // a CBS CSV download such as Kerncijfers wijken en buurten
    kLongCsv,      // indicator,region,period,value[,numerator,denominator]
    kCbsOData,     // a folder of saved CBS StatLine OData entity sets
    kSuccessions,  // municipal mergers: old_code,old_name,new_code,new_name,date,share,source
};

// "cbs-csv", "long-csv", "cbs-odata", "successions-csv"
const char* ImportFormatName(ImportFormat format);

// kSuccessions replaces the whole list of municipal mergers with the file's, after validating it
// (errors name the file and, where possible, the line); the summary counts `successions`.
Result<ImportSummary> ImportPath(Store& store, ImportFormat format, const std::filesystem::path& path,
                                 Progress* progress = nullptr);

}  // namespace kompas
