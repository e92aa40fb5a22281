// Reads CBS CSV downloads of "Kerncijfers wijken en buurten" (KWB): ';'-separated, one row per
// region and reference date, measures under positional keys that change per year. Streams.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/observation_sink.hpp"
#include "core/upload_area.hpp"
#include "ingest/progress.hpp"

namespace kompas {

// What a KWB import did besides delivering observations.
struct KwbSummary {
    std::size_t rows = 0;
    std::size_t observations = 0;
    std::vector<std::string> skipped_keys;  // measure keys (suffix stripped) not in the catalogue
};

// Delivers the regions, the catalogued indicators present in the header and their observations
// to `sink`; stops at the first error, which names file, line and field. `summary` may be null.
Result<void> ReadKwbCsv(std::istream& in, const std::string& file_name, ObservationSink& sink,
                        Progress* progress = nullptr, KwbSummary* summary = nullptr, const UploadArea* area = nullptr);

// "PercentageJongerenMetJeugdzorg_85" -> "PercentageJongerenMetJeugdzorg"; keys without a
// numeric suffix are returned as they are.
std::string StripPositionalSuffix(std::string_view key);

}  // namespace kompas
