// JSON form of an audit record, exactly as docs/api/openapi.yaml describes it.
#pragma once

#include <nlohmann/json.hpp>

#include "core/audit.hpp"

namespace kompas {

nlohmann::json ToJson(const AuditRecord& record);

}  // namespace kompas
