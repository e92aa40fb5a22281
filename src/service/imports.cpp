#include "service/imports.hpp"

#include <charconv>
#include <fstream>
#include <string_view>

#include "ingest/cbs_odata.hpp"
#include "ingest/content_hash.hpp"
#include "ingest/kwb_csv.hpp"
#include "ingest/long_csv.hpp"
#include "ingest/successions_csv.hpp"

namespace kompas {
namespace {

Result<ImportSummary> ImportSuccessions(Store& store, const ImportRecord& record, const std::filesystem::path& path) {
    const std::string file_name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) return Fail(ErrorCode::kInvalidArgument, file_name + " kan niet worden geopend", "path");
    auto successions = ReadSuccessionsCsv(in, file_name);
    if (!successions) return std::unexpected(std::move(successions.error()));
    // ReadSuccessionsCsv checks the list as a whole too; checked again here so that the store only
    // ever holds a list the conversion accepts. Row i is on line i + 2 (after the header).
    if (auto table = SuccessionTable::Create(*successions); !table) {
        Error error = std::move(table.error());
        std::string where = file_name;
        if (error.field.starts_with("successions[") && error.field.ends_with("]")) {
            const std::string_view index = std::string_view(error.field).substr(12, error.field.size() - 13);
            std::size_t row = 0;
            const auto [end, ec] = std::from_chars(index.data(), index.data() + index.size(), row);
            if (ec == std::errc() && end == index.data() + index.size()) where += ":" + std::to_string(row + 2);
        }
        error.message = where + ": " + error.message;
        error.field = "path";
        return std::unexpected(std::move(error));
    }
    return store.ReplaceSuccessions(record, *successions);
}

}  // namespace

const char* ImportFormatName(ImportFormat format) {
    switch (format) {
        case ImportFormat::kCbsCsv:
            return "cbs-csv";
        case ImportFormat::kLongCsv:
            return "long-csv";
        case ImportFormat::kCbsOData:
            return "cbs-odata";
        case ImportFormat::kSuccessions:
            return "successions-csv";
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
    if (format == ImportFormat::kSuccessions) return ImportSuccessions(store, record, path);
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
