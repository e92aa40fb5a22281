// Reads Kompas' generic "long" CSV for own sources: one observation per row under the header
// indicator,region,period,value[,numerator,denominator][,status] (',' or ';', detected). Streams.
#pragma once

#include <istream>
#include <string>

#include "core/error.hpp"
#include "core/observation_sink.hpp"
#include "core/upload_area.hpp"
#include "ingest/progress.hpp"

namespace kompas {

// Ensures each indicator and region exists (never overwriting a description another source gave)
// and puts the observations; stops at the first error, which names file, line and field.
Result<void> ReadLongCsv(std::istream& in, const std::string& file_name, ObservationSink& sink,
                         Progress* progress = nullptr, const UploadArea* area = nullptr);

}  // namespace kompas
