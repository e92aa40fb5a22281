#include "core/dialogue.hpp"

#include <utility>

#include "core/enum_names.hpp"

namespace kompas {
namespace {

constexpr std::pair<DialogueStatus, const char*> kStatusNames[] = {{DialogueStatus::kPlanned, "planned"},
                                                                   {DialogueStatus::kHeld, "held"}};
constexpr std::pair<ParticipantRole, const char*> kRoleNames[] = {{ParticipantRole::kPartner, "partner"},
                                                                  {ParticipantRole::kYoungPerson, "young_person"},
                                                                  {ParticipantRole::kParent, "parent"},
                                                                  {ParticipantRole::kProfessional, "professional"},
                                                                  {ParticipantRole::kOther, "other"}};
constexpr std::pair<AgendaKind, const char*> kKindNames[] = {
    {AgendaKind::kIndicator, "indicator"},   {AgendaKind::kResult, "result"}, {AgendaKind::kOutcome, "outcome"},
    {AgendaKind::kEvaluation, "evaluation"}, {AgendaKind::kSignal, "signal"}, {AgendaKind::kQuality, "quality"}};
constexpr std::pair<DialogueQuestion, const char*> kQuestionNames[] = {{DialogueQuestion::kRecognise, "recognise"},
                                                                       {DialogueQuestion::kExplain, "explain"},
                                                                       {DialogueQuestion::kAppreciate, "appreciate"},
                                                                       {DialogueQuestion::kImprove, "improve"}};
constexpr std::pair<ExplanationStatus, const char*> kExplanationNames[] = {
    {ExplanationStatus::kNone, "none"},
    {ExplanationStatus::kToBeTested, "to_be_tested"},
    {ExplanationStatus::kConfirmed, "confirmed"},
    {ExplanationStatus::kRejected, "rejected"}};

constexpr std::string_view kOutcomeFigures[] = {"started",      "ended",        "ongoing",   "planned",
                                                "satisfaction", "without_help", "no_reentry"};

}  // namespace

const char* DialogueStatusName(DialogueStatus status) { return NameIn(kStatusNames, status); }
std::optional<DialogueStatus> ParseDialogueStatus(std::string_view name) { return ParseIn(kStatusNames, name); }
const char* ParticipantRoleName(ParticipantRole role) { return NameIn(kRoleNames, role); }
std::optional<ParticipantRole> ParseParticipantRole(std::string_view name) { return ParseIn(kRoleNames, name); }
const char* AgendaKindName(AgendaKind kind) { return NameIn(kKindNames, kind); }
std::optional<AgendaKind> ParseAgendaKind(std::string_view name) { return ParseIn(kKindNames, name); }
const char* DialogueQuestionName(DialogueQuestion question) { return NameIn(kQuestionNames, question); }
std::optional<DialogueQuestion> ParseDialogueQuestion(std::string_view name) { return ParseIn(kQuestionNames, name); }
const char* ExplanationStatusName(ExplanationStatus status) { return NameIn(kExplanationNames, status); }
std::optional<ExplanationStatus> ParseExplanationStatus(std::string_view name) {
    return ParseIn(kExplanationNames, name);
}

bool IsOutcomeFigureName(std::string_view name) {
    for (const auto figure : kOutcomeFigures) {
        if (figure == name) return true;
    }
    return false;
}

}  // namespace kompas
