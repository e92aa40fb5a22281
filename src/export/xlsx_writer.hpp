// Writing an .xlsx workbook (Office Open XML spreadsheet) with libxlsxwriter: sheets of rows of
// text and number cells, the first row of each sheet bold and frozen. Text is always written as
// text, never as a formula. Excel, LibreOffice and ingest/xlsx_reader open it.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"
#include "export/table.hpp"

namespace kompas {

// The workbook's bytes. kInternal when libxlsxwriter fails; kInvalidArgument without sheets.
Result<std::string> WriteXlsx(const std::vector<ExportTable>& sheets);

// "A" for column 1, "Z" for 26, "AA" for 27.
std::string ColumnLetters(std::size_t column);

}  // namespace kompas
