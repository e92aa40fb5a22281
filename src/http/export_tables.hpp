// The tables behind the exports of the youth profile, a collaboration's results and its
// improvement actions, built from the JSON the API sends for the same screen (ToJson of the
// service's answer), so that a download holds exactly the API's cells. Each observation carries
// its status and, where it is not a plain known figure, the reason in Dutch.
#pragma once

#include <nlohmann/json.hpp>

#include "export/table.hpp"

namespace kompas {

// From the body of GET /api/regions/{code}/profile: one row per indicator.
ExportTable ProfileExportTable(const nlohmann::json& profile);
// From the body of GET /api/collaborations/{id}/results: one row per societal result.
ExportTable ResultsExportTable(const nlohmann::json& rows);
// From the body of GET /api/collaborations/{id}/actions: one row per improvement action.
ExportTable ActionsExportTable(const nlohmann::json& actions);

// Dutch: why an observation with this status ("known", "provisional", "unknown", "confidential")
// is shown as it is; "" for a known figure.
const char* ObservationReason(const std::string& status);

}  // namespace kompas
