// Activities (activiteiten, block 3B): what citizens, services and civic partners do, the societal
// results each serves and why, its reach and budget per year, and what is known about its quality
// (block 4, the activity side: recognition, effect ladder, the checks and a monitoring agreement).
// Plain values; access rules live in store/ and service/. JSON shapes: the schemas Activity,
// NewActivity and ActivityDecision of docs/api/openapi.yaml.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompas {

enum class ActorKind { kCitizens, kServices, kCivicPartners };
const char* ActorKindName(ActorKind kind);  // "citizens", "services", "civic_partners"
std::optional<ActorKind> ParseActorKind(std::string_view name);

// The echelons activities sit in, from the lightest to the most intensive.
enum class Echelon { kCitizenInitiative, kPrevention, kBasic, kIntensive };
inline constexpr Echelon kEchelons[] = {Echelon::kCitizenInitiative, Echelon::kPrevention, Echelon::kBasic,
                                        Echelon::kIntensive};
const char* EchelonName(Echelon echelon);  // "citizen_initiative", "prevention", "basic", "intensive"
std::optional<Echelon> ParseEchelon(std::string_view name);

enum class ActivityStatus { kPlanned, kRunning, kEnded, kRebuilding, kWindingDown };
// "planned", "running", "ended", "rebuilding", "winding_down".
const char* ActivityStatusName(ActivityStatus status);
std::optional<ActivityStatus> ParseActivityStatus(std::string_view name);

// An intervention, a method or approach, a service, or a group activity such as a buurtsportcoach.
enum class ActivityKind { kIntervention, kMethod, kService, kGroupActivity };
const char* ActivityKindName(ActivityKind kind);  // "intervention", "method", "service", "group_activity"
std::optional<ActivityKind> ParseActivityKind(std::string_view name);

// The recognition in the Databank Effectieve Jeugdinterventies.
enum class Recognition {
    kNotAssessed,      // niet beoordeeld
    kWellDescribed,    // goed beschreven
    kWellFounded,      // goed onderbouwd
    kEffectiveFirst,   // effectief volgens eerste aanwijzingen
    kEffectiveGood,    // effectief volgens goede aanwijzingen
    kEffectiveStrong,  // effectief volgens sterke aanwijzingen
};
// "not_assessed", "well_described", "well_founded", "effective_first", "effective_good", "effective_strong".
const char* RecognitionName(Recognition recognition);
std::optional<Recognition> ParseRecognition(std::string_view name);

enum class EffectLadderStep { kDescriptive, kTheoretical, kIndicative, kCausal };
const char* EffectLadderStepName(EffectLadderStep step);  // "descriptive", "theoretical", "indicative", "causal"
std::optional<EffectLadderStep> ParseEffectLadderStep(std::string_view name);

// JSON: { "year", "reach_planned", "reach_actual", "budget_planned", "budget_spent" }; each figure
// may be null (not known). Reach in children or young people, budget in whole euros.
struct ActivityYear {
    int year = 0;
    std::optional<std::int64_t> reach_planned;
    std::optional<std::int64_t> reach_actual;
    std::optional<std::int64_t> budget_planned;
    std::optional<std::int64_t> budget_spent;
};

// JSON: { "result_id", "reason" }: the result an activity serves, and why it contributes.
struct ResultLink {
    std::string result_id;
    std::string reason;
};

// The checks for an intervention whose quality is unknown (seed 002): each yes, no or not checked.
// JSON: { "target_group_described", "goals_described", "approach_described" }, each bool | null.
struct QualityChecks {
    std::optional<bool> target_group_described;
    std::optional<bool> goals_described;
    std::optional<bool> approach_described;
};

// What is monitored, by whom, and when it is reviewed. JSON: { "what", "who", "review_on" }
struct MonitoringAgreement {
    std::string what;
    std::string who;
    std::string review_on;  // YYYY-MM-DD
};

// What POST and PUT .../activities accept. Only name and echelon are required: an activity is
// often recorded before everything about it is known.
struct NewActivity {
    std::string name;
    std::string description;
    std::optional<std::string> actor_partner_id;  // a partner of the collaboration
    std::string actor_name;                       // when the actor is not a partner
    std::optional<ActorKind> actor_kind;
    Echelon echelon = Echelon::kPrevention;
    std::optional<ActivityKind> kind;
    ActivityStatus status = ActivityStatus::kPlanned;
    std::optional<int> age_from;
    std::optional<int> age_to;
    std::vector<std::string> regions;  // CBS region codes
    std::optional<std::string> period_start;
    std::optional<std::string> period_end;
    std::vector<ActivityYear> years;  // by year, each year once
    std::vector<ResultLink> results;
    std::optional<Recognition> recognition;
    std::optional<EffectLadderStep> effect_ladder;
    QualityChecks checks;
    std::optional<MonitoringAgreement> monitoring;
};

// JSON: the NewActivity's fields plus "id", "collaboration_id", "owner_partner_id", "actor",
// "quality_known", "created_at", "updated_at".
struct Activity {
    std::string id;  // "act_" + 16 hex characters
    std::string collaboration_id;
    std::optional<std::string> owner_partner_id;  // the partner that recorded it; it may edit it
    NewActivity fields;
    std::string actor;  // read back: the actor partner's name, else actor_name
    std::string created_at;
    std::string updated_at;
};

// Whether what is known about the activity's foundation makes its quality known: recognised as at
// least well founded, or on the effect ladder at least at the theoretical step. Otherwise quality
// is unknown, which is allowed but must be visible and should come with a monitoring agreement.
bool QualityKnown(const NewActivity& activity);

enum class ActivityDecisionKind { kContinue, kRebuild, kWindDown };
const char* ActivityDecisionKindName(ActivityDecisionKind kind);  // "continue", "rebuild", "wind_down"
std::optional<ActivityDecisionKind> ParseActivityDecisionKind(std::string_view name);
// The status a decision puts the activity in: rebuilding, winding down; continue leaves it as it is.
std::optional<ActivityStatus> StatusAfter(ActivityDecisionKind kind);

// JSON: { "id", "activity_id", "decision", "decided_on", "reason", "decided_by" }
struct ActivityDecision {
    std::string id;  // "dec_" + 16 hex characters
    std::string activity_id;
    ActivityDecisionKind decision = ActivityDecisionKind::kContinue;
    std::string decided_on;  // YYYY-MM-DD
    std::string reason;
    std::string decided_by;  // in the store the person id; read back as the person's name
};

// How much a result matters to the partners, and how urgent it is.
enum class Level { kHigh, kMedium, kLow };
const char* LevelName(Level level);  // "high", "medium", "low"
std::optional<Level> ParseLevel(std::string_view name);

// JSON: { "result_id", "priority", "urgency" }
struct ResultPriority {
    std::string result_id;
    Level priority = Level::kMedium;
    Level urgency = Level::kMedium;
};

}  // namespace kompas
