// Reading the request bodies of the quality dialogue routes (schemas NewDialogue,
// AgendaItemInput, DialogueAnswerInput, ExplanationInput and FollowUpQuestionInput of
// docs/api/openapi.yaml). Types and lengths are checked here, with errors that name the field;
// the rules in service/dialogues.cpp.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "core/dialogue.hpp"
#include "core/error.hpp"

namespace kompas {

struct AnswerInput {
    DialogueQuestion question = DialogueQuestion::kRecognise;
    std::string text;
    ExplanationStatus explanation_status = ExplanationStatus::kNone;
};

struct ExplanationInput {
    ExplanationStatus status = ExplanationStatus::kNone;
    std::string evidence;
};

Result<NewDialogue> ReadNewDialogue(const nlohmann::json& body);
Result<AgendaSubject> ReadAgendaItem(const nlohmann::json& body);
Result<AnswerInput> ReadDialogueAnswer(const nlohmann::json& body);
Result<ExplanationInput> ReadExplanation(const nlohmann::json& body);
Result<FollowUpQuestion> ReadFollowUpQuestion(const nlohmann::json& body);

}  // namespace kompas
