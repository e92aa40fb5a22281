#include "http/action_json.hpp"

#include "http/json.hpp"

namespace kompas {

nlohmann::json ToJson(const ActionView& view) {
    const ImprovementAction& action = view.action;
    const NewImprovementAction& f = action.fields;
    nlohmann::json history = nlohmann::json::array();
    for (const auto& change : action.history) {
        history.push_back({{"status", ActionStatusName(change.status)},
                           {"note", change.note},
                           {"changed_by", change.changed_by},
                           {"changed_at", change.changed_at}});
    }
    return {{"id", action.id},
            {"collaboration_id", action.collaboration_id},
            {"collaboration_name", action.collaboration_name},
            {"created_by_partner_id", OrNull(action.created_by_partner_id)},
            {"title", f.title},
            {"description", f.description},
            {"owner_person_id", f.owner_person_id},
            {"owner_name", action.owner_name},
            {"owner_organisation", action.owner_organisation},
            {"due_on", f.due_on},
            {"status", ActionStatusName(action.status)},
            {"overdue", view.overdue},
            {"result_id", OrNull(f.about.result_id)},
            {"activity_id", OrNull(f.about.activity_id)},
            {"indicator", OrNull(f.about.indicator)},
            {"region", OrNull(f.about.region)},
            {"organisation_id", OrNull(f.about.organisation_id)},
            {"history", history},
            {"created_at", action.created_at},
            {"updated_at", action.updated_at}};
}

nlohmann::json ToJson(const ActionOwnerCandidate& candidate) {
    return {{"person_id", candidate.person_id},
            {"name", candidate.name},
            {"organisation_id", candidate.organisation_id},
            {"organisation_name", candidate.organisation_name}};
}

}  // namespace kompas
