// The theory of change (block 3A) as the HTTP handlers call it: intermediate outcomes, the
// assumptions each partner holds, grouped per societal result, the common ground, and the figures
// of intermediate outcomes that have an indicator with a plain verdict per assumption. Access as
// in ambitions.hpp: a caller who is not a partner gets kNotFound; every partner reads; coordinators
// and partners record; a partner changes only the assumptions it holds, the coordinator any
// (kForbidden, audited as denied). Every change is audited in the same transaction (object types
// "intermediate_outcome", "assumption").
#pragma once

#include <string_view>

#include "core/account.hpp"
#include "core/error.hpp"
#include "core/theory.hpp"
#include "store/store.hpp"

namespace kompas {

// The whole theory of change of the collaboration, for the caller.
Result<TheoryOfChange> GetTheory(Store& store, const Caller& caller, std::string_view id);

// Coordinator or partner. kInvalidArgument for a missing or too long name, an unknown indicator
// ("indicator") or region ("region"), a region without an indicator; kConflict for a name the
// collaboration already has. Without a region the indicator is followed for the collaboration's
// first region.
Result<IntermediateOutcome> CreateIntermediateOutcome(Store& store, const Caller& caller, std::string_view id,
                                                      const NewIntermediateOutcome& input, TimePoint now);

// Coordinator or partner. kInvalidArgument (field) for too long texts, and for an activity,
// intermediate outcome, result or holder of another collaboration.
Result<Assumption> CreateAssumption(Store& store, const Caller& caller, std::string_view id, const NewAssumption& input,
                                    TimePoint now);
// The holder or the coordinator; validation as CreateAssumption.
Result<Assumption> UpdateAssumption(Store& store, const Caller& caller, std::string_view id,
                                    std::string_view assumption_id, const NewAssumption& input, TimePoint now);
// The holder or the coordinator.
Result<void> DeleteAssumption(Store& store, const Caller& caller, std::string_view id, std::string_view assumption_id,
                              TimePoint now);

}  // namespace kompas
