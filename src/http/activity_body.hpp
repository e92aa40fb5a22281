// Reading the request bodies of the activity routes (schemas NewActivity, NewActivityDecision and
// ResultPriorityInput of docs/api/openapi.yaml). Types and lengths are checked here, with errors
// that name the field; the rules (dates, regions, ranges) in service/activities.cpp.
#pragma once

#include <nlohmann/json.hpp>
#include <utility>

#include "core/activity.hpp"
#include "core/error.hpp"
#include "service/activities.hpp"

namespace kompas {

// Only "name" and "echelon" are required. Results may be given as "result_ids" (ids) and as
// "results" ({ "result_id", "reason" }); both together name each result once.
Result<NewActivity> ReadNewActivity(const nlohmann::json& body);
Result<NewActivityDecision> ReadNewActivityDecision(const nlohmann::json& body);
// { "priority", "urgency" }: each "high", "medium" or "low".
Result<std::pair<Level, Level>> ReadResultPriority(const nlohmann::json& body);

}  // namespace kompas
