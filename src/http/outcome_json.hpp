// JSON forms of the outcome reports, funnel plots and trajectory records (block 5), as
// docs/api/openapi.yaml describes them (OutcomeReport, Funnel, TrajectoryPage, TrajectoryUploadResult).
#pragma once

#include <nlohmann/json.hpp>

#include "service/outcomes.hpp"

namespace kompas {

nlohmann::json ToJson(const OutcomeView& view);
nlohmann::json ToJson(const FunnelView& view);
nlohmann::json ToJson(const TrajectoryPage& page);
nlohmann::json ToJson(const ImportSummary& summary);  // an upload's result

}  // namespace kompas
