#include "core/collaboration.hpp"

#include <utility>

namespace kompas {
namespace {

template <typename E, std::size_t N>
const char* NameOf(const std::array<std::pair<E, const char*>, N>& names, E value) {
    for (const auto& [v, name] : names) {
        if (v == value) return name;
    }
    return names.front().second;
}

template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<std::pair<E, const char*>, N>& names, std::string_view text) {
    for (const auto& [v, name] : names) {
        if (text == name) return v;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CollaborationRole, const char*>, 3> kRoles = {{
    {CollaborationRole::kCoordinator, "coordinator"},
    {CollaborationRole::kPartner, "partner"},
    {CollaborationRole::kViewer, "viewer"},
}};
constexpr std::array<std::pair<PartnerKind, const char*>, 2> kKinds = {{
    {PartnerKind::kOrganisation, "organisation"},
    {PartnerKind::kPerson, "person"},
}};
constexpr std::array<std::pair<PersonRole, const char*>, 3> kPersonRoles = {{
    {PersonRole::kYoungPerson, "young_person"},
    {PersonRole::kParent, "parent"},
    {PersonRole::kExpertByExperience, "expert_by_experience"},
}};
constexpr std::array<std::pair<EvaluationElement, const char*>, 6> kElements = {{
    {EvaluationElement::kSharedHorizon, "shared_horizon"},
    {EvaluationElement::kPartnerInterest, "partner_interest"},
    {EvaluationElement::kResultsAchieved, "results_achieved"},
    {EvaluationElement::kOrganisation, "organisation"},
    {EvaluationElement::kRelationsAndTrust, "relations_and_trust"},
    {EvaluationElement::kLeadership, "leadership"},
}};

}  // namespace

const char* CollaborationRoleName(CollaborationRole role) { return NameOf(kRoles, role); }
std::optional<CollaborationRole> ParseCollaborationRole(std::string_view name) { return Parse(kRoles, name); }
const char* PartnerKindName(PartnerKind kind) { return NameOf(kKinds, kind); }
std::optional<PartnerKind> ParsePartnerKind(std::string_view name) { return Parse(kKinds, name); }
const char* PersonRoleName(PersonRole role) { return NameOf(kPersonRoles, role); }
std::optional<PersonRole> ParsePersonRole(std::string_view name) { return Parse(kPersonRoles, name); }
const char* EvaluationElementName(EvaluationElement element) { return NameOf(kElements, element); }
std::optional<EvaluationElement> ParseEvaluationElement(std::string_view name) { return Parse(kElements, name); }

}  // namespace kompas
