// Reading the JSON bodies of the block 4 API (ConditionUpdate, ContractLotCreate and
// EffectivenessAnswerUpdate in docs/api/openapi.yaml) into the services' input values: every field
// checked for its type, errors naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/quality.hpp"

namespace kompas {

// { "status", "note"?, "link"?, "figure"?: { "value", "unit" } | null, "confirmed_on"? }
Result<ConditionUpdate> ReadConditionUpdate(const nlohmann::json& body);
// { "name", "description"?, "required": [condition], "providers"?: [organisation id] }
Result<NewContractLot> ReadNewContractLot(const nlohmann::json& body);
// { "answer", "evidence"?, "answered_on"? }
Result<EffectivenessAnswerInput> ReadEffectivenessAnswer(const nlohmann::json& body);

}  // namespace kompas
