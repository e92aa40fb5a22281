// Collaborations between organisations (and people: young people, parents, experts by
// experience), their agreements, partners and evaluation rounds with the six elements of the
// Kwaliteitskompas. Plain values; access rules live in store/ and service/.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompas {

// Ordered from most to least rights.
enum class CollaborationRole { kCoordinator, kPartner, kViewer };
enum class PartnerKind { kOrganisation, kPerson };
enum class PersonRole { kYoungPerson, kParent, kExpertByExperience };

const char* CollaborationRoleName(CollaborationRole role);  // "coordinator", "partner", "viewer"
std::optional<CollaborationRole> ParseCollaborationRole(std::string_view name);
const char* PartnerKindName(PartnerKind kind);  // "organisation", "person"
std::optional<PartnerKind> ParsePartnerKind(std::string_view name);
const char* PersonRoleName(PersonRole role);  // "young_person", "parent", "expert_by_experience"
std::optional<PersonRole> ParsePersonRole(std::string_view name);

// JSON: { "coordination", "decision_making", "funding", "staffing", "monitoring",
//         "monitoring_frequency", "joining_and_leaving" }; every field may be "".
struct Agreements {
    std::string coordination;
    std::string decision_making;
    std::string funding;
    std::string staffing;
    std::string monitoring;
    std::string monitoring_frequency;
    std::string joining_and_leaving;
};

// JSON (summary): { "id", "name", "theme", "regions", "period_start", "period_end" | null,
//                   "description", "my_role", "example" }
struct Collaboration {
    std::string id;  // "col_" + 16 hex characters
    std::string name;
    std::string theme;
    std::vector<std::string> regions;  // CBS region codes
    std::string period_start;          // YYYY-MM-DD
    std::optional<std::string> period_end;
    std::string description;
    CollaborationRole my_role = CollaborationRole::kViewer;  // the caller's best role
    bool example = false;  // the demo's worked example (issue 15): made-up aims, targets and answers
};

struct NewCollaboration {
    std::string name;
    std::string theme;
    std::vector<std::string> regions;
    std::string period_start;
    std::optional<std::string> period_end;
    std::string description;
};

// JSON: { "id", "kind", "organisation_id" | null, "person_id" | null, "name",
//         "person_role" | null, "role", "joined_at" }
struct Partner {
    std::string id;  // "prt_" + 16 hex characters
    PartnerKind kind = PartnerKind::kOrganisation;
    std::optional<std::string> organisation_id;  // set when kind is organisation
    std::optional<std::string> person_id;        // set when kind is person
    std::string name;                            // of the organisation or the person
    std::optional<PersonRole> person_role;       // set when kind is person
    CollaborationRole role = CollaborationRole::kPartner;
    std::string joined_at;  // ISO-8601 UTC
};

// POST .../partners: either organisation_id, or person_id with person_role; plus role.
struct NewPartner {
    std::optional<std::string> organisation_id;
    std::optional<std::string> person_id;
    std::optional<PersonRole> person_role;
    CollaborationRole role = CollaborationRole::kPartner;
};

// JSON: the Collaboration's fields plus "agreements" and "partners" (ordered by joined_at, id).
struct CollaborationDetail {
    Collaboration collaboration;
    Agreements agreements;
    std::vector<Partner> partners;
};

// The six elements of an evaluation, in their fixed order.
enum class EvaluationElement {
    kSharedHorizon,      // gedeelde horizon
    kPartnerInterest,    // belang van elke partner
    kResultsAchieved,    // behaalde resultaten
    kOrganisation,       // organisatie van de samenwerking
    kRelationsAndTrust,  // relaties en vertrouwen
    kLeadership,         // leiderschap
};
inline constexpr std::array<EvaluationElement, 6> kEvaluationElements = {
    EvaluationElement::kSharedHorizon, EvaluationElement::kPartnerInterest,   EvaluationElement::kResultsAchieved,
    EvaluationElement::kOrganisation,  EvaluationElement::kRelationsAndTrust, EvaluationElement::kLeadership};

// "shared_horizon", "partner_interest", "results_achieved", "organisation", "relations_and_trust", "leadership".
const char* EvaluationElementName(EvaluationElement element);
std::optional<EvaluationElement> ParseEvaluationElement(std::string_view name);

// JSON: { "id", "collaboration_id", "title", "opened_at", "closed", "responses", "my_response_submitted" }
struct EvaluationRound {
    std::string id;  // "evr_" + 16 hex characters
    std::string collaboration_id;
    std::string title;
    std::string opened_at;  // ISO-8601 UTC
    bool closed = false;
    std::int64_t responses = 0;
    bool my_response_submitted = false;  // by the caller's partner row
};

// One element's score in a response. JSON: { "element", "score": 1–10, "comment"? }
struct ElementScore {
    EvaluationElement element = EvaluationElement::kSharedHorizon;
    int score = 0;
    std::string comment;  // "" when none
};

// PUT .../response. JSON: { "scores": [ElementScore × 6], "signed": bool }
struct EvaluationResponse {
    std::vector<ElementScore> scores;
    bool is_signed = false;  // JSON "signed" (a C++ keyword): show the author's name with the comments
};

// JSON: { "text", "signed_by": string | null }
struct EvaluationComment {
    std::string text;
    std::optional<std::string> signed_by;  // the person's name, only when the response was signed
};

// JSON: { "element", "responses", "hidden", "distribution": [c1..c10] | null, "mean", "median", "min", "max",
//         "previous_mean", "previous_responses", "change", "comments" }; numbers are null when there is nothing
//         to summarise or the figures are withheld (see SummariseEvaluation).
struct ElementSummary {
    EvaluationElement element = EvaluationElement::kSharedHorizon;
    std::int64_t responses = 0;
    // True below kMinEvaluationAnswers: then distribution and every figure below are absent and
    // only signed comments are listed, so that no one's scores or words can be picked out.
    bool hidden = false;
    std::optional<std::array<std::int64_t, 10>> distribution;  // [i] = how many scored i + 1
    std::optional<double> mean;
    std::optional<double> median;
    std::optional<int> min;
    std::optional<int> max;
    std::optional<double> previous_mean;  // of the previous round of the same collaboration
    std::int64_t previous_responses = 0;  // answers in that round; 0 when there is none
    std::optional<double> change;         // mean - previous_mean
    std::vector<EvaluationComment> comments;
};

// JSON: the EvaluationRound's fields plus "min_answers" (kMinEvaluationAnswers) and "elements" (six, in
// kEvaluationElements order).
struct EvaluationResult {
    EvaluationRound round;
    std::vector<ElementSummary> elements;
};

}  // namespace kompas
