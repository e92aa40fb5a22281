// Reading the request bodies of the improvement action routes (schemas NewImprovementAction and
// ActionStatusInput of docs/api/openapi.yaml). Types and lengths are checked here, with errors
// that name the field; the rules (dates, owner, what it is about) in service/actions.cpp.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "core/error.hpp"
#include "core/improvement_action.hpp"

namespace kompas {

// "title", "owner_person_id" and "due_on" are required.
Result<NewImprovementAction> ReadNewImprovementAction(const nlohmann::json& body);
// { "status", "note" }: the note is optional.
Result<std::pair<ActionStatus, std::string>> ReadActionStatus(const nlohmann::json& body);

}  // namespace kompas
