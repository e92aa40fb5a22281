#include "http/audit_json.hpp"

#include "http/json.hpp"

namespace kompas {

nlohmann::json ToJson(const AuditRecord& record) {
    return {{"seq", record.seq},
            {"at", record.at},
            {"person_id", OrNull(record.person_id)},
            {"person_email", OrNull(record.person_email)},
            {"organisation_id", OrNull(record.organisation_id)},
            {"action", record.action},
            {"object_type", record.object_type},
            {"object_id", record.object_id},
            {"result", record.result},
            {"remote", record.remote},
            {"hash", record.hash}};
}

}  // namespace kompas
