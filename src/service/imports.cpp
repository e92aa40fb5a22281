#include "service/imports.hpp"

#include <fstream>

#include "ingest/cbs_odata.hpp"
#include "ingest/content_hash.hpp"
#include "ingest/kwb_csv.hpp"
#include "ingest/long_csv.hpp"

namespace kompas {

const char* ImportFormatName(ImportFormat format) {
    switch (format) {
        case ImportFormat::kCbsCsv:
            return "cbs-csv";
        case ImportFormat::kLongCsv:
            return "long-csv";
        case ImportFormat::kCbsOData:
            return "cbs-odata";
    }
    return "unknown";
}

Result<ImportSummary> ImportPath(Store& store, ImportFormat format, const std::filesystem::path& path,
                                 Progress* progress) {
    std::error_code ec;
    const bool is_folder = std::filesystem::is_directory(path, ec);
    if (format == ImportFormat::kCbsOData ? !is_folder : !std::filesystem::is_regular_file(path, ec)) {
        return Fail(ErrorCode::kInvalidArgument,
                    path.string() + (format == ImportFormat::kCbsOData ? " is geen map" : " is geen bestand"), "path");
    }
    auto hash = is_folder ? HashFolder(path) : HashFile(path);
    if (!hash) return std::unexpected(hash.error());
    const ImportRecord record{ImportFormatName(format), path.filename().string(), *hash};
    const std::string file_name = path.string();
    return store.Import(record, [&](ObservationSink& sink) -> Result<void> {
        if (format == ImportFormat::kCbsOData) return ReadODataFolder(path, sink, progress);
        std::ifstream in(path, std::ios::binary);
        if (!in) return Fail(ErrorCode::kInvalidArgument, file_name + " kan niet worden geopend", "path");
        if (format == ImportFormat::kCbsCsv) return ReadKwbCsv(in, file_name, sink, progress);
        return ReadLongCsv(in, file_name, sink, progress);
    });
}

}  // namespace kompas
