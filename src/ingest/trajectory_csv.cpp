// ReadTrajectoryCsv: the header and the rows of a trajectory CSV, checked by TrajectoryColumns.
#include <fmt/format.h>

#include <algorithm>
#include <span>
#include <vector>

#include "core/source_location.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/trajectory_fields.hpp"
#include "ingest/trajectory_source.hpp"

namespace kompas {

Result<void> ReadTrajectoryCsv(std::istream& in, const std::string& file_name, const TrajectoryHandler& handle,
                               Progress* progress) {
    CsvReader reader(in, file_name, '\0', progress);  // ';' or ',' from the header
    std::vector<std::string> fields;
    if (auto header = reader.Header(fields); !header) return std::unexpected(header.error());
    auto columns = TrajectoryColumns::FromHeader(fields, file_name, reader.record_line());
    if (!columns) return std::unexpected(columns.error());

    for (;;) {
        auto next = reader.Next(fields);
        if (!next) return std::unexpected(next.error());
        if (!*next) break;
        if (IsBlankRow(fields)) continue;
        const bool extra_blank =
            fields.size() > columns->width() && IsBlankRow(std::span(fields).subspan(columns->width()));
        if (fields.size() != columns->width() && !extra_blank) {
            return std::unexpected(ImportError(
                reader.At(std::min(fields.size(), columns->width()) + 1), "aantal velden",
                fmt::format("de regel heeft {} velden en de kopregel {}; staat er een '{}' in een waarde zonder "
                            "aanhalingstekens?",
                            fields.size(), columns->width(), reader.delimiter())));
        }
        auto row = columns->Read(fields, file_name, reader.record_line());
        if (!row) return std::unexpected(row.error());
        if (auto handled = handle(std::move(*row)); !handled) return handled;
    }
    return {};
}

}  // namespace kompas
