// JSON forms of the block 4 values, exactly as docs/api/openapi.yaml describes them (schemas
// ProviderQuality, ConditionRecord, ContractLot, LotOverview and EffectivenessConversation).
#pragma once

#include <nlohmann/json.hpp>

#include "core/quality.hpp"

namespace kompas {

nlohmann::json ToJson(const ConditionRecord& record);
nlohmann::json ToJson(const ProviderQuality& quality);
nlohmann::json ToJson(const ContractLot& lot);
nlohmann::json ToJson(const LotOverview& overview);
nlohmann::json ToJson(const EffectivenessConversation& conversation);

}  // namespace kompas
