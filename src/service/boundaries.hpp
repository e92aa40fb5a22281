// A municipality's series on today's boundaries (block 1A): the figures of the municipalities
// that merged into it are added up (counts) or recomputed from their counts (ratios), with the
// stored list of municipal mergers. Figures that cannot be converted are marked, never guessed.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/merger.hpp"
#include "store/store.hpp"

namespace kompas {

// The observations of `indicator` for `municipality_code` in today's boundaries, by period.
// Counts (unit "aantal") are summed over the predecessors; other figures are recomputed from
// numerator and denominator (scale 100 for "%") when every predecessor has them, else they are
// kNotConvertible (value empty, status unknown). A region that is not a municipality, or one
// without predecessors, gets its observations as published. kInvalidArgument for a malformed
// code; errors of the stored list or the conversion are passed on.
Result<std::vector<DerivedObservation>> SeriesOnTodaysBoundaries(Store& store, std::string_view municipality_code,
                                                                 std::string_view indicator);

// A plain Dutch sentence for a person about how `series` of `municipality_code` came about, e.g.
// "Cijfers van vóór de herindeling van 1 januari 2019 zijn opgeteld uit Dongeradeel, Ferwerderadiel
// en Kollumerland c.a.; ..." with names from the regions table (codes when unknown). nullopt when
// every figure is as published.
Result<std::optional<std::string>> BoundariesNote(Store& store, std::string_view municipality_code,
                                                  std::span<const DerivedObservation> series);

}  // namespace kompas
