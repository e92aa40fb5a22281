// A municipality's outcome report as one table for a download (CSV or .xlsx): one row per help
// form, provider or "overige aanbieders" × period × figure, with a status column (shown,
// suppressed, numerator_suppressed) and its reason in Dutch. Built from the report's JSON
// (ToJson(OutcomeView), the body of GET /api/outcomes/municipality/{code}), so that every cell is
// the API's by construction. Like the API, the reason never says whether a cell is small itself or
// hidden to protect another (docs/privacy.md).
#pragma once

#include <nlohmann/json.hpp>

#include "export/table.hpp"

namespace kompas {

ExportTable OutcomeExportTable(const nlohmann::json& report);

}  // namespace kompas
