// Readers of delivered trajectory records (block 5): the national trajectory record as CSV or
// Excel, and iJw messages JW305 (start) / JW307 (end). Each reader checks every record and hands it
// over with its BSN, which the caller turns into a pseudonym at once (service/trajectories); the
// BSN and the name are never kept, logged or put into an error message (ImportError removes any
// run of eight or more digits that slips into one; libxml2's messages are rewritten in Dutch).
#pragma once

#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/source_location.hpp"
#include "core/trajectory.hpp"
#include "ingest/progress.hpp"

namespace kompas {

// One record as read. `trajectory.client` is empty (the caller fills in the pseudonym of `bsn`).
// `trajectory.provider` is the AGB code when the source names it (iJw: the sender), else empty.
struct DeliveredTrajectory {
    std::string bsn;  // nine digits that passed the elfproef; only ever hashed
    Trajectory trajectory;
    SourcePosition at;  // where the record was read (file, line; column 0)
    // iJw only: a JW307 stop (true) completes a trajectory started by a JW305; a JW305 start (false)
    // has no end. Always false for CSV and Excel rows, which carry the whole record.
    bool stop_message = false;
};

// Returning an error from the handler stops the reader, which returns that error.
using TrajectoryHandler = std::function<Result<void>(DeliveredTrajectory&&)>;

// The CSV of docs/import-trajectories.md: a header naming the columns (any order, `;` or `,`
// detected from the header, UTF-8 with or without BOM, quoted fields). Errors name file, line,
// column (1-based field number) and the rule broken, never the BSN.
Result<void> ReadTrajectoryCsv(std::istream& in, const std::string& file_name, const TrajectoryHandler& handle,
                               Progress* progress = nullptr);

// The same columns in the first worksheet of an .xlsx workbook (header in row 1); positions are
// reported as line = spreadsheet row, column = spreadsheet column number.
Result<void> ReadTrajectoryXlsx(const std::filesystem::path& path, const TrajectoryHandler& handle,
                                Progress* progress = nullptr);
// The same from the workbook's bytes in memory (an upload; nothing is written to disk), named
// `display_name` in messages.
Result<void> ReadTrajectoryXlsx(std::string_view content, const std::string& display_name,
                                const TrajectoryHandler& handle, Progress* progress = nullptr);

// One iJw JW305 or JW307 message (one client per message, as the XSD has it), validated against
// `xsd_dir`/JW305.xsd or JW307.xsd before anything is handed over. One DeliveredTrajectory per
// StartProduct / StopProduct; provider = Afzender (AGB), municipality = "GM" + Ontvanger.
// kInvalidArgument for an XSD violation, another message type, a BSN failing the elfproef or an
// unknown JZ588 reason, naming the file and line.
Result<void> ReadIjwMessage(const std::filesystem::path& path, const std::filesystem::path& xsd_dir,
                            const TrajectoryHandler& handle);

}  // namespace kompas
