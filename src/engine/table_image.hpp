// A built trajectory table as one run of bytes, and back: what a start reads instead of every
// record of the store (issue 10). Building the table from 6,000,000 records takes 7-10 s, most of
// it reading and interning text; copying its columns back takes a fraction of that. The image holds
// what the table holds: dense client ids (no pseudonym), municipality, provider and help-form codes,
// days, and the answers as small numbers.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "engine/trajectory_table.hpp"

namespace kompas::engine {

// The revision of the code that builds a table from the store's records and of the image's layout
// (a hash of their sources): an image written by another build is not read back, because the same
// records could give another table.
std::string_view TableRevision();

// The table, columns and derived indexes, with TableRevision() in its header.
std::string TableImage(const TrajectoryTable& table);

// The table an image holds. Fails (kInvalidArgument) on an image of another revision, or one that is
// cut short or does not hold together (a column of the wrong length, an id outside its dictionary, an
// index out of order), so that no damaged image reaches the queries.
Result<TrajectoryTable> TableFromImage(std::string_view image);

}  // namespace kompas::engine
