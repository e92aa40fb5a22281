// JSON forms of accounts, collaborations, evaluations and audit records, exactly as
// docs/api/openapi.yaml describes them.
#pragma once

#include <nlohmann/json.hpp>

#include "core/account.hpp"
#include "core/audit.hpp"
#include "core/collaboration.hpp"

namespace kompas {

nlohmann::json ToJson(const Organisation& organisation);
nlohmann::json ToJson(const Person& person);
nlohmann::json ToJson(const Session& session);
nlohmann::json ToJson(const Collaboration& collaboration);
nlohmann::json ToJson(const Agreements& agreements);
nlohmann::json ToJson(const Partner& partner);
nlohmann::json ToJson(const CollaborationDetail& detail);
nlohmann::json ToJson(const EvaluationRound& round);
nlohmann::json ToJson(const ElementSummary& summary);
nlohmann::json ToJson(const EvaluationResult& result);
nlohmann::json ToJson(const AuditRecord& record);

}  // namespace kompas
