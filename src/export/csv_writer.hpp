// Writing a table as CSV (RFC 4180): comma-separated, CRLF line ends, UTF-8 without a byte order
// mark, a field quoted when it holds a comma, a quote or a line break. Numbers in their shortest
// form that reads back as the same double ("15", "0.8", "0.5510547846687474"). A text that a
// spreadsheet would start a formula with (= + - @, tab or carriage return first) gets a leading
// apostrophe, so that opening the file never runs anything.
#pragma once

#include <string>

#include "export/table.hpp"

namespace kompas {

std::string WriteCsv(const ExportTable& table);

}  // namespace kompas
