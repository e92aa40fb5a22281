// JSON forms of improvement actions and the people who may own one, exactly as
// docs/api/openapi.yaml describes them (schemas ImprovementAction and ActionOwnerCandidate).
#pragma once

#include <nlohmann/json.hpp>

#include "core/improvement_action.hpp"
#include "service/actions.hpp"

namespace kompas {

nlohmann::json ToJson(const ActionView& view);
nlohmann::json ToJson(const ActionOwnerCandidate& candidate);

}  // namespace kompas
