// Collaborations, their agreements and partners, and evaluation rounds, as the HTTP handlers
// call them. A caller whose organisation (or who personally) is not a partner gets kNotFound,
// so that a collaboration's existence is not revealed; a partner without the needed role gets
// kForbidden (audited as denied). Every change is audited in the same transaction.
#pragma once

#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/collaboration.hpp"
#include "core/error.hpp"
#include "store/store.hpp"

namespace kompas {

// Those the caller's organisation or the caller is a partner of; ordered by name.
Result<std::vector<Collaboration>> ListCollaborations(Store& store, const Caller& caller);
// The caller's organisation becomes coordinator. kInvalidArgument (with field) for a missing
// name, theme or period_start, a bad date, or period_end before period_start.
Result<CollaborationDetail> CreateCollaboration(Store& store, const Caller& caller, const NewCollaboration& input,
                                                TimePoint now);
Result<CollaborationDetail> GetCollaboration(Store& store, const Caller& caller, std::string_view id);
// Coordinator only.
Result<CollaborationDetail> UpdateAgreements(Store& store, const Caller& caller, std::string_view id,
                                             const Agreements& agreements, TimePoint now);
// Coordinator only; kConflict when the organisation or person is already a partner;
// kInvalidArgument when neither or both of organisation_id and person_id are given, or a person
// without person_role.
Result<Partner> AddPartner(Store& store, const Caller& caller, std::string_view id, const NewPartner& partner,
                           TimePoint now);
// Coordinator only; kConflict for the last coordinator; kNotFound for an unknown partner.
Result<void> RemovePartner(Store& store, const Caller& caller, std::string_view id, std::string_view partner_id,
                           TimePoint now);

// Newest first.
Result<std::vector<EvaluationRound>> ListEvaluationRounds(Store& store, const Caller& caller, std::string_view id);
// Coordinator only.
Result<EvaluationRound> OpenEvaluationRound(Store& store, const Caller& caller, std::string_view id,
                                            std::string_view title, TimePoint now);
Result<EvaluationResult> GetEvaluationResult(Store& store, const Caller& caller, std::string_view id,
                                             std::string_view round_id);
// Coordinator or partner (kForbidden for viewers); each of the six elements exactly once with a
// score 1–10 (kInvalidArgument, field "scores"); kConflict when the round is closed. Replaces the
// caller's partner's earlier response.
Result<EvaluationResult> SubmitEvaluationResponse(Store& store, const Caller& caller, std::string_view id,
                                                  std::string_view round_id, const EvaluationResponse& response,
                                                  TimePoint now);
// Coordinator only.
Result<EvaluationResult> CloseEvaluationRound(Store& store, const Caller& caller, std::string_view id,
                                              std::string_view round_id, TimePoint now);

}  // namespace kompas
