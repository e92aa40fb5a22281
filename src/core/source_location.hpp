// Where in an input file something went wrong, and which rule it broke: every import error
// names the file, line and column so that a person can find and fix it.
#pragma once

#include <cstddef>
#include <string>

#include "core/error.hpp"

namespace kompas {

struct SourcePosition {
    std::string file;
    std::size_t line = 0;    // 1-based; 0 when the whole file is meant
    std::size_t column = 0;  // 1-based field number for CSV, character column for JSON; 0 when unknown
};

// An invalid-argument Error whose message reads "file:line:column: rule: detail" and whose
// field is "file:line:column".
Error ImportError(const SourcePosition& at, std::string_view rule, std::string_view detail);

}  // namespace kompas
