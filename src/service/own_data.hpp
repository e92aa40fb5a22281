// Own data in the browser (issue 15): a signed-in person uploads a CBS CSV download (KWB), a zip of
// saved StatLine OData sets or the long CSV, read by the same ingest readers as `kompas import`, in
// one transaction, recorded by content hash (the same content again changes nothing). A
// municipality organisation uploads only for its own area (its municipality and the districts and
// neighbourhoods in it); a platform administrator for any area. Every upload is audited, also one
// that was refused.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/account.hpp"
#include "core/upload_area.hpp"
#include "service/imports.hpp"
#include "store/store.hpp"

namespace kompas {

inline constexpr std::size_t kMaxOwnDataBytes = 32u << 20;             // one uploaded file
inline constexpr std::size_t kMaxOwnDataZipEntries = 200;              // files in an OData zip
inline constexpr std::uint64_t kMaxOwnDataExpandedBytes = 256u << 20;  // what a zip unpacks to, in all

// "kwb-csv" (kCbsCsv), "odata-zip" (kCbsOData) or "long-csv" (kLongCsv), as the upload names them.
std::optional<ImportFormat> ParseOwnDataFormat(std::string_view name);

// The area the caller may upload into: nullopt for a platform administrator (any region). kForbidden
// for an organisation that is not a municipality or has no municipality set.
Result<std::optional<UploadArea>> OwnDataArea(Store& store, const Caller& caller);

// Reads `content` (the file's bytes; for kCbsOData a zip) and imports it. Errors name the file
// (its own name, never a temporary path), line and column, as the command line does.
Result<ImportSummary> UploadOwnData(Store& store, const Caller& caller, ImportFormat format, std::string_view filename,
                                    std::string_view content, TimePoint now);

}  // namespace kompas
