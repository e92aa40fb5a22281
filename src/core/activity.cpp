#include "core/activity.hpp"

#include <cstddef>
#include <utility>

#include "core/enum_names.hpp"

namespace kompas {
namespace {

constexpr std::pair<ActorKind, const char*> kActorKindNames[] = {
    {ActorKind::kCitizens, "citizens"},
    {ActorKind::kServices, "services"},
    {ActorKind::kCivicPartners, "civic_partners"},
};
constexpr std::pair<Echelon, const char*> kEchelonNames[] = {
    {Echelon::kCitizenInitiative, "citizen_initiative"},
    {Echelon::kPrevention, "prevention"},
    {Echelon::kBasic, "basic"},
    {Echelon::kIntensive, "intensive"},
};
constexpr std::pair<ActivityStatus, const char*> kActivityStatusNames[] = {
    {ActivityStatus::kPlanned, "planned"},
    {ActivityStatus::kRunning, "running"},
    {ActivityStatus::kEnded, "ended"},
    {ActivityStatus::kRebuilding, "rebuilding"},
    {ActivityStatus::kWindingDown, "winding_down"},
};
constexpr std::pair<ActivityKind, const char*> kActivityKindNames[] = {
    {ActivityKind::kIntervention, "intervention"},
    {ActivityKind::kMethod, "method"},
    {ActivityKind::kService, "service"},
    {ActivityKind::kGroupActivity, "group_activity"},
};
constexpr std::pair<Recognition, const char*> kRecognitionNames[] = {
    {Recognition::kNotAssessed, "not_assessed"},     {Recognition::kWellDescribed, "well_described"},
    {Recognition::kWellFounded, "well_founded"},     {Recognition::kEffectiveFirst, "effective_first"},
    {Recognition::kEffectiveGood, "effective_good"}, {Recognition::kEffectiveStrong, "effective_strong"},
};
constexpr std::pair<EffectLadderStep, const char*> kEffectLadderStepNames[] = {
    {EffectLadderStep::kDescriptive, "descriptive"},
    {EffectLadderStep::kTheoretical, "theoretical"},
    {EffectLadderStep::kIndicative, "indicative"},
    {EffectLadderStep::kCausal, "causal"},
};
constexpr std::pair<ActivityDecisionKind, const char*> kActivityDecisionKindNames[] = {
    {ActivityDecisionKind::kContinue, "continue"},
    {ActivityDecisionKind::kRebuild, "rebuild"},
    {ActivityDecisionKind::kWindDown, "wind_down"},
};
constexpr std::pair<Level, const char*> kLevelNames[] = {
    {Level::kHigh, "high"},
    {Level::kMedium, "medium"},
    {Level::kLow, "low"},
};

}  // namespace

const char* ActorKindName(ActorKind kind) { return NameIn(kActorKindNames, kind); }
std::optional<ActorKind> ParseActorKind(std::string_view name) { return ParseIn(kActorKindNames, name); }

const char* EchelonName(Echelon echelon) { return NameIn(kEchelonNames, echelon); }
std::optional<Echelon> ParseEchelon(std::string_view name) { return ParseIn(kEchelonNames, name); }

const char* ActivityStatusName(ActivityStatus status) { return NameIn(kActivityStatusNames, status); }
std::optional<ActivityStatus> ParseActivityStatus(std::string_view name) { return ParseIn(kActivityStatusNames, name); }

const char* ActivityKindName(ActivityKind kind) { return NameIn(kActivityKindNames, kind); }
std::optional<ActivityKind> ParseActivityKind(std::string_view name) { return ParseIn(kActivityKindNames, name); }

const char* RecognitionName(Recognition recognition) { return NameIn(kRecognitionNames, recognition); }
std::optional<Recognition> ParseRecognition(std::string_view name) { return ParseIn(kRecognitionNames, name); }

const char* EffectLadderStepName(EffectLadderStep step) { return NameIn(kEffectLadderStepNames, step); }
std::optional<EffectLadderStep> ParseEffectLadderStep(std::string_view name) {
    return ParseIn(kEffectLadderStepNames, name);
}

const char* ActivityDecisionKindName(ActivityDecisionKind kind) { return NameIn(kActivityDecisionKindNames, kind); }
std::optional<ActivityDecisionKind> ParseActivityDecisionKind(std::string_view name) {
    return ParseIn(kActivityDecisionKindNames, name);
}

const char* LevelName(Level level) { return NameIn(kLevelNames, level); }
std::optional<Level> ParseLevel(std::string_view name) { return ParseIn(kLevelNames, name); }

bool QualityKnown(const NewActivity& activity) {
    if (activity.recognition && *activity.recognition >= Recognition::kWellFounded) return true;
    return activity.effect_ladder && *activity.effect_ladder >= EffectLadderStep::kTheoretical;
}

std::optional<ActivityStatus> StatusAfter(ActivityDecisionKind kind) {
    switch (kind) {
        case ActivityDecisionKind::kRebuild:
            return ActivityStatus::kRebuilding;
        case ActivityDecisionKind::kWindDown:
            return ActivityStatus::kWindingDown;
        case ActivityDecisionKind::kContinue:
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace kompas
