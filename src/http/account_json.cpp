#include "http/account_json.hpp"

#include "http/json.hpp"

namespace kompas {

nlohmann::json ToJson(const Organisation& organisation) {
    return {{"id", organisation.id},
            {"name", organisation.name},
            {"kind", OrganisationKindName(organisation.kind)},
            {"region", OrNull(organisation.region)},
            {"agb", OrNull(organisation.agb)}};
}

nlohmann::json ToJson(const Person& person) {
    return {{"id", person.id},
            {"email", person.email},
            {"name", person.name},
            {"organisation_id", person.organisation_id},
            {"platform_admin", person.platform_admin}};
}

nlohmann::json ToJson(const Session& session) {
    return {{"person", ToJson(session.person)},
            {"organisation", ToJson(session.organisation)},
            {"csrf_token", session.csrf_token},
            {"idle_expires_at", session.idle_expires_at},
            {"absolute_expires_at", session.absolute_expires_at}};
}

}  // namespace kompas
