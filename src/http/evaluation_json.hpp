// JSON forms of evaluation rounds and their results, exactly as docs/api/openapi.yaml describes them.
#pragma once

#include <nlohmann/json.hpp>

#include "core/collaboration.hpp"
#include "core/evaluation.hpp"

namespace kompas {

nlohmann::json ToJson(const EvaluationRound& round);
nlohmann::json ToJson(const ElementSummary& summary);
nlohmann::json ToJson(const EvaluationResult& result);

}  // namespace kompas
