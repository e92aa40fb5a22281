// JSON forms of the theory of change (block 3A), exactly as docs/api/openapi.yaml describes them
// (schemas IntermediateOutcome, IntermediateFigures, Assumption and TheoryOfChange), and the readers of
// its request bodies (IntermediateOutcomeCreate, AssumptionCreate): every field checked for its
// type, errors naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/theory.hpp"

namespace kompas {

nlohmann::json ToJson(const IntermediateOutcome& outcome);
nlohmann::json ToJson(const Assumption& assumption);
nlohmann::json ToJson(const TheoryOfChange& theory);

// { "name", "indicator"?, "region"? }
Result<NewIntermediateOutcome> ReadNewIntermediateOutcome(const nlohmann::json& body);
// { "result_id", "intermediate_outcome_id", "activity_id"?, "holder_partner_id"?, "explanation"?,
//   "evidence": { "strength", "source"? }, "open_questions"?, "expected_direction"? }
Result<NewAssumption> ReadNewAssumption(const nlohmann::json& body);

}  // namespace kompas
