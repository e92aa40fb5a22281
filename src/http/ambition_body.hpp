// Reading the JSON bodies of the ambitions API (AmbitionCreate, SocietalResultCreate and
// SignalCreate in docs/api/openapi.yaml) into the services' input values: every field checked for
// its type, errors naming the field.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/ambition.hpp"
#include "core/error.hpp"

namespace kompas {

// { "title", "statement", "agreed_on", "agreed_by"?, "indicators"?, "signals"? }
Result<NewAmbition> ReadNewAmbition(const nlohmann::json& body);
// { "title", "indicator", "regions", "baseline": {value, period}, "target": {value, year},
//   "agreed_by"?, "agreed_on" }
Result<NewSocietalResult> ReadNewSocietalResult(const nlohmann::json& body);
// { "text", "source", "source_detail"?, "date", "region"?, "theme"?, "ambition_id"?, "result_id"? }
Result<NewSignal> ReadNewSignal(const nlohmann::json& body);

// PUT .../ambitions/{ambition_id} (AmbitionUpdate) and .../results/{result_id}
// (SocietalResultUpdate): the create body plus an optional "reason" for the history.
template <typename Input>
struct WithReason {
    Input input;
    std::string reason;
};
Result<WithReason<NewAmbition>> ReadAmbitionUpdate(const nlohmann::json& body);
Result<WithReason<NewSocietalResult>> ReadSocietalResultUpdate(const nlohmann::json& body);

}  // namespace kompas
