// The quality dialogue (kwaliteitsdialoog, block 6): partners, young people and parents look at
// chosen figures together (agenda items) and answer the four questions (herkennen, verklaren,
// waarderen, verbeteren); explanations are tested later, knowledge gaps become follow-up
// questions. Plain values; access rules live in store/ and service/. JSON shapes: the schemas
// Dialogue, NewDialogue, AgendaItemInput, DialogueAnswer and FollowUpQuestion of
// docs/api/openapi.yaml.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompas {

enum class DialogueStatus { kPlanned, kHeld };
const char* DialogueStatusName(DialogueStatus status);  // "planned", "held"
std::optional<DialogueStatus> ParseDialogueStatus(std::string_view name);

// Who takes part: a partner of the collaboration, or someone named in free text with a role.
// Young people and parents take part as equals.
enum class ParticipantRole { kPartner, kYoungPerson, kParent, kProfessional, kOther };
// "partner", "young_person", "parent", "professional", "other"
const char* ParticipantRoleName(ParticipantRole role);
std::optional<ParticipantRole> ParseParticipantRole(std::string_view name);

// JSON: { "partner_id": string | null, "name", "role" }. A partner's name is read back from the
// partner row; a free-text participant has no partner_id and a role other than "partner".
struct DialogueParticipant {
    std::optional<std::string> partner_id;
    std::string name;
    ParticipantRole role = ParticipantRole::kOther;
};

// What POST and PUT .../dialogues accept.
struct NewDialogue {
    std::string title;
    std::string held_on;  // YYYY-MM-DD: planned or held on
    DialogueStatus status = DialogueStatus::kPlanned;
    std::vector<DialogueParticipant> participants;
};

enum class AgendaKind { kIndicator, kResult, kOutcome, kEvaluation, kSignal, kQuality };
// "indicator", "result", "outcome", "evaluation", "signal", "quality"
const char* AgendaKindName(AgendaKind kind);
std::optional<AgendaKind> ParseAgendaKind(std::string_view name);

// The figure an agenda item is about; which members are set depends on the kind: indicator +
// region (indicator), result_id (result), municipality + figure + help_form (outcome), round_id
// (evaluation), signal_id (signal), organisation_id (quality: the quality conditions a provider
// partner recorded, block 4).
struct AgendaSubject {
    AgendaKind kind = AgendaKind::kIndicator;
    std::optional<std::string> indicator;
    std::optional<std::string> region;
    std::optional<std::string> result_id;
    std::optional<std::string> municipality;  // GM code
    std::optional<std::string> figure;        // an outcome figure name, see OutcomeFigureNames
    std::optional<std::string> help_form;     // "all"
    std::optional<std::string> round_id;
    std::optional<std::string> signal_id;
    std::optional<std::string> organisation_id;
};

// The outcome figures an agenda item may name: "started", "ended", "ongoing", "planned",
// "satisfaction", "without_help", "no_reentry".
bool IsOutcomeFigureName(std::string_view name);

// The four questions of the dialogue.
enum class DialogueQuestion { kRecognise, kExplain, kAppreciate, kImprove };
// "recognise", "explain", "appreciate", "improve"
const char* DialogueQuestionName(DialogueQuestion question);
std::optional<DialogueQuestion> ParseDialogueQuestion(std::string_view name);

// An explanation may be marked to be tested, and later confirmed or rejected with evidence.
enum class ExplanationStatus { kNone, kToBeTested, kConfirmed, kRejected };
// "none", "to_be_tested", "confirmed", "rejected"
const char* ExplanationStatusName(ExplanationStatus status);
std::optional<ExplanationStatus> ParseExplanationStatus(std::string_view name);

// One answer to one of the four questions. JSON: { "id", "question", "text", "explanation_status",
// "evidence", "partner_id", "author", "created_at", "updated_at" }
struct DialogueAnswer {
    std::string id;  // "dan_" + 16 hex characters
    std::string item_id;
    DialogueQuestion question = DialogueQuestion::kRecognise;
    std::string text;
    ExplanationStatus explanation_status = ExplanationStatus::kNone;  // only for "explain"
    std::string evidence;
    std::optional<std::string> partner_id;  // the partner row the author answered for
    std::string author;                     // in the store the person id; read back as the name
    std::string created_at;
    std::string updated_at;
};

struct AgendaItem {
    std::string id;  // "dai_" + 16 hex characters
    std::string dialogue_id;
    int position = 0;
    AgendaSubject subject;
    std::string created_at;
    std::vector<DialogueAnswer> answers;  // oldest first
};

struct Dialogue {
    std::string id;  // "dlg_" + 16 hex characters
    std::string collaboration_id;
    NewDialogue fields;
    std::vector<AgendaItem> items;  // by position
    std::string created_at;
    std::string updated_at;
};

// A knowledge gap ("wat weten we nog niet") on the collaboration's follow-up list. JSON: { "id",
// "text", "dialogue_id", "item_id", "author", "created_at" }
struct FollowUpQuestion {
    std::string id;  // "fuq_" + 16 hex characters
    std::string collaboration_id;
    std::string text;
    std::optional<std::string> dialogue_id;
    std::optional<std::string> item_id;
    std::string author;  // in the store the person id; read back as the name
    std::string created_at;
};

}  // namespace kompas
