// Reads the list of municipal mergers (data/reference/gemeentelijke-herindelingen.csv): one
// succession per row under the header old_code,old_name,new_code,new_name,date,share,source.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/merger.hpp"

namespace kompas {

// Every row is checked (GM codes, a YYYY-MM-DD date, a share in (0, 1]) and then the whole list
// as SuccessionTable::Create does (shares adding up to 1, no cycles, ...). Stops at the first
// error, which names file, line and column. Names and source are for people and not returned.
Result<std::vector<Succession>> ReadSuccessionsCsv(std::istream& in, const std::string& file_name);

}  // namespace kompas
