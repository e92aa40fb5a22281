#include "http/account_json.hpp"

#include "core/evaluation.hpp"
#include "http/json.hpp"

namespace kompas {
namespace {

template <typename T>
nlohmann::json OrNull(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

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

nlohmann::json ToJson(const Collaboration& collaboration) {
    return {{"id", collaboration.id},
            {"name", collaboration.name},
            {"theme", collaboration.theme},
            {"regions", collaboration.regions},
            {"period_start", collaboration.period_start},
            {"period_end", OrNull(collaboration.period_end)},
            {"description", collaboration.description},
            {"my_role", CollaborationRoleName(collaboration.my_role)}};
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

nlohmann::json ToJson(const EvaluationRound& round) {
    return {{"id", round.id},
            {"collaboration_id", round.collaboration_id},
            {"title", round.title},
            {"opened_at", round.opened_at},
            {"closed", round.closed},
            {"responses", round.responses},
            {"my_response_submitted", round.my_response_submitted}};
}

nlohmann::json ToJson(const ElementSummary& summary) {
    nlohmann::json comments = nlohmann::json::array();
    for (const auto& comment : summary.comments) {
        comments.push_back({{"text", comment.text}, {"signed_by", OrNull(comment.signed_by)}});
    }
    return {{"element", EvaluationElementName(summary.element)},
            {"responses", summary.responses},
            {"hidden", summary.hidden},
            {"distribution", OrNull(summary.distribution)},
            {"mean", OrNull(summary.mean)},
            {"median", OrNull(summary.median)},
            {"min", OrNull(summary.min)},
            {"max", OrNull(summary.max)},
            {"previous_mean", OrNull(summary.previous_mean)},
            {"previous_responses", summary.previous_responses},
            {"change", OrNull(summary.change)},
            {"comments", comments}};
}

nlohmann::json ToJson(const EvaluationResult& result) {
    nlohmann::json out = ToJson(result.round);
    out["min_answers"] = kMinEvaluationAnswers;
    out["elements"] = ToJsonArray(result.elements);
    return out;
}

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
