// The quality of activities on the provider side (block 4) as the HTTP handlers call them: a
// provider's conditions (seed 003) with their evidence, contract lots with their overview of
// provider × required condition, and the four questions about effectiveness per provider.
// Access: a provider's record is read by its own people, platform administrators and whoever
// shares a collaboration with it, and changed only by its own people and administrators (others
// kNotFound, readers kForbidden, audited as denied). Lots: members read, coordinators change.
// Conversations: members read, coordinators and partners record. Every change is audited in the
// same transaction (object types "provider_condition", "contract_lot", "effectiveness_answer").
#pragma once

#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/error.hpp"
#include "core/quality.hpp"
#include "store/store.hpp"

namespace kompas {

// Every condition in kQualityConditions order; those never recorded are unknown.
Result<ProviderQuality> GetProviderQuality(Store& store, const Caller& caller, std::string_view organisation_id);
// kInvalidArgument (field) for an unknown condition ("condition"), a note that is too long
// ("note"), a link that is not http(s) ("link"), a figure that is not finite or has no unit, a
// share of registered professionals outside 0–100 % ("figure"), a confirmed_on that is not a date
// or lies in the future ("confirmed_on"). The person confirming is the caller.
Result<ProviderQuality> UpdateProviderCondition(Store& store, const Caller& caller, std::string_view organisation_id,
                                                std::string_view condition, const ConditionUpdate& input,
                                                TimePoint now);

// By name, id.
Result<std::vector<ContractLot>> ListContractLots(Store& store, const Caller& caller, std::string_view id);
// Coordinator only. kInvalidArgument for a missing name ("name"), no or unknown required
// conditions ("required"), providers that are not provider partners of the collaboration
// ("providers").
Result<ContractLot> CreateContractLot(Store& store, const Caller& caller, std::string_view id,
                                      const NewContractLot& input, TimePoint now);
Result<ContractLot> UpdateContractLot(Store& store, const Caller& caller, std::string_view id, std::string_view lot_id,
                                      const NewContractLot& input, TimePoint now);
// The lot with, per provider (by name) and required condition, the status and whether evidence is
// missing or older than kEvidenceHorizonMonths on `now`'s date.
Result<LotOverview> GetLotOverview(Store& store, const Caller& caller, std::string_view id, std::string_view lot_id,
                                   TimePoint now);

// One per provider partner of the collaboration, by name.
Result<std::vector<EffectivenessConversation>> ListEffectivenessConversations(Store& store, const Caller& caller,
                                                                              std::string_view id);
Result<EffectivenessConversation> GetEffectivenessConversation(Store& store, const Caller& caller, std::string_view id,
                                                               std::string_view organisation_id);
// Coordinator or partner. kInvalidArgument for an unknown question ("question"), a missing or too
// long answer ("answer"), too long evidence ("evidence"), a bad or future date ("answered_on").
Result<EffectivenessConversation> RecordEffectivenessAnswer(Store& store, const Caller& caller, std::string_view id,
                                                            std::string_view organisation_id, std::string_view question,
                                                            const EffectivenessAnswerInput& input, TimePoint now);

}  // namespace kompas
