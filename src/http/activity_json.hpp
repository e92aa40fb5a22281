// JSON forms of activities, their decisions, result priorities and the portfolio, exactly as
// docs/api/openapi.yaml describes them (schemas Activity, ActivityDecision, ResultPriority and
// Portfolio).
#pragma once

#include <nlohmann/json.hpp>

#include "core/activity.hpp"
#include "core/portfolio.hpp"

namespace kompas {

nlohmann::json ToJson(const Activity& activity);
nlohmann::json ToJson(const ActivityDecision& decision);
nlohmann::json ToJson(const ResultPriority& priority);
nlohmann::json ToJson(const Portfolio& portfolio);

}  // namespace kompas
