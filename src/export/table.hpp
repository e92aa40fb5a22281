// A table to export: named, rows of cells that are empty, text or a number, the first row the
// header. What the .xlsx and CSV writers take.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace kompas {

// An empty cell, a text or a number (written only when finite; otherwise empty).
using ExportCell = std::variant<std::monostate, std::string, double>;

struct ExportTable {
    std::string name;  // a sheet name: at most 31 characters, none of []:*?/\ (replaced), unique
    std::vector<std::vector<ExportCell>> rows;  // the first row is the header
    std::vector<double> widths;                 // column widths in characters (.xlsx); default when absent
};

}  // namespace kompas
