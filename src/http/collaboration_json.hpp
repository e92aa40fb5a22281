// JSON forms of collaborations, their agreements and partners, exactly as docs/api/openapi.yaml
// describes them.
#pragma once

#include <nlohmann/json.hpp>

#include "core/collaboration.hpp"

namespace kompas {

nlohmann::json ToJson(const Collaboration& collaboration);
nlohmann::json ToJson(const Agreements& agreements);
nlohmann::json ToJson(const Partner& partner);
nlohmann::json ToJson(const CollaborationDetail& detail);

}  // namespace kompas
