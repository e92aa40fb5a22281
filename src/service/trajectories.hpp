// Imports of trajectory records (block 5), as the command line and provider uploads run them: the
// BSN of every record becomes a keyed pseudonym before anything else sees it, the whole delivery is
// one transaction, and the same content a second time changes nothing.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_location.hpp"
#include "ingest/progress.hpp"
#include "privacy/pseudonym.hpp"
#include "store/store.hpp"

namespace kompas {

// One CSV or Excel (.xlsx, recognised by its zip signature) file of national trajectory records.
// `provider` is the AGB code the records belong to: rows that name another AGB are refused. Without
// it (command line), every row must name its provider in the column agb_aanbieder. `display_name`
// is what error messages call the file (an upload's own name rather than a temporary path).
Result<ImportSummary> ImportTrajectoryFile(Store& store, const Pseudonymiser& pseudonymiser,
                                           const std::filesystem::path& path, const std::string& display_name,
                                           const std::optional<std::string>& provider, Progress* progress = nullptr);

// The bytes of one uploaded file, read where they lie: nothing of them is written to disk. A type
// of its own, so that a file name in a std::string is never mistaken for content.
struct FileBytes {
    std::string_view content;  // kept alive by the caller for the length of the call
};

// The same for a file in memory (an upload): CSV, or Excel when it starts with the zip signature.
// Its content hash is that of the bytes, so an upload and the same file on disk are one import.
// `audit`, when given, is appended in the import's transaction, also when nothing new was written.
Result<ImportSummary> ImportTrajectoryFile(Store& store, const Pseudonymiser& pseudonymiser, FileBytes bytes,
                                           const std::string& display_name, const std::optional<std::string>& provider,
                                           Progress* progress = nullptr, const AuditEntry* audit = nullptr);

// iJw JW305/JW307 messages from files and folders (every *.xml below a folder, in name order), in one
// transaction: a message that fails its XSD, has a BSN failing the elfproef or an unknown reason
// refuses the whole call and nothing is stored.
Result<ImportSummary> ImportIjwMessages(Store& store, const Pseudonymiser& pseudonymiser,
                                        const std::vector<std::filesystem::path>& paths,
                                        const std::filesystem::path& xsd_dir, Progress* progress = nullptr);

}  // namespace kompas
