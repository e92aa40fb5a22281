// Writing an .xlsx workbook (Office Open XML spreadsheet) with libxlsxwriter: sheets of rows of
// text and number cells, the first row of each sheet bold and frozen. Text is always written as
// text, never as a formula. Excel, LibreOffice and ingest/xlsx_reader open it.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace kompas {

// An empty cell, a text or a number (written only when finite; otherwise empty).
using XlsxValue = std::variant<std::monostate, std::string, double>;

struct XlsxSheet {
    std::string name;                          // at most 31 characters, none of []:*?/\ (replaced by a space otherwise)
    std::vector<std::vector<XlsxValue>> rows;  // the first row is the header and is shown bold
    std::vector<double> widths;                // column widths in characters; default when absent
};

// The workbook's bytes. kInternal when the zip cannot be built; kInvalidArgument without sheets.
Result<std::string> WriteXlsx(const std::vector<XlsxSheet>& sheets);

// "A" for column 1, "Z" for 26, "AA" for 27.
std::string ColumnLetters(std::size_t column);

}  // namespace kompas
