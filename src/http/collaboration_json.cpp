#include "http/collaboration_json.hpp"

#include "http/json.hpp"

namespace kompas {

nlohmann::json ToJson(const Collaboration& collaboration) {
    return {{"id", collaboration.id},
            {"name", collaboration.name},
            {"theme", collaboration.theme},
            {"regions", collaboration.regions},
            {"period_start", collaboration.period_start},
            {"period_end", OrNull(collaboration.period_end)},
            {"description", collaboration.description},
            {"my_role", CollaborationRoleName(collaboration.my_role)},
            {"example", collaboration.example}};
}

nlohmann::json ToJson(const Agreements& agreements) {
    return {{"coordination", agreements.coordination},
            {"decision_making", agreements.decision_making},
            {"funding", agreements.funding},
            {"staffing", agreements.staffing},
            {"monitoring", agreements.monitoring},
            {"monitoring_frequency", agreements.monitoring_frequency},
            {"joining_and_leaving", agreements.joining_and_leaving}};
}

nlohmann::json ToJson(const Partner& partner) {
    return {{"id", partner.id},
            {"kind", PartnerKindName(partner.kind)},
            {"organisation_id", OrNull(partner.organisation_id)},
            {"person_id", OrNull(partner.person_id)},
            {"name", partner.name},
            {"person_role", partner.person_role ? nlohmann::json(PersonRoleName(*partner.person_role)) : nullptr},
            {"role", CollaborationRoleName(partner.role)},
            {"joined_at", partner.joined_at}};
}

nlohmann::json ToJson(const CollaborationDetail& detail) {
    nlohmann::json out = ToJson(detail.collaboration);
    out["agreements"] = ToJson(detail.agreements);
    out["partners"] = ToJsonArray(detail.partners);
    return out;
}

}  // namespace kompas
