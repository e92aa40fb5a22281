// JSON forms of organisations, people and sessions, exactly as docs/api/openapi.yaml describes them.
#pragma once

#include <nlohmann/json.hpp>

#include "core/account.hpp"

namespace kompas {

nlohmann::json ToJson(const Organisation& organisation);
nlohmann::json ToJson(const Person& person);
nlohmann::json ToJson(const Session& session);

}  // namespace kompas
