#include "http/dialogue_body.hpp"

#include "http/json_fields.hpp"

namespace kompas {

using json_fields::Invalid;
using json_fields::OptionalText;
using json_fields::Text;

Result<NewDialogue> ReadNewDialogue(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    NewDialogue input;
    auto title = Text(body, "title", true, 1000);
    if (!title) return std::unexpected(title.error());
    input.title = std::move(*title);
    auto held_on = Text(body, "held_on", false, 10);  // empty: the service says how to write it
    if (!held_on) return std::unexpected(held_on.error());
    input.held_on = std::move(*held_on);
    auto status = Text(body, "status", false, 20);
    if (!status) return std::unexpected(status.error());
    if (!status->empty()) {
        const auto parsed = ParseDialogueStatus(*status);
        if (!parsed) return Invalid("status", "De status is planned of held");
        input.status = *parsed;
    }
    if (body.contains("participants") && !body["participants"].is_null()) {
        const auto& list = body["participants"];
        if (!list.is_array() || list.size() > 100) {
            return Invalid("participants", "Geef de deelnemers als lijst (hooguit 100)");
        }
        for (const auto& entry : list) {
            if (!entry.is_object()) return Invalid("participants", "Elke deelnemer is een JSON-object");
            DialogueParticipant participant;
            auto partner = OptionalText(entry, "partner_id", 200);
            auto name = Text(entry, "name", false, 1000);
            auto role = Text(entry, "role", false, 40);
            if (!partner || !name || !role) return Invalid("participants", "Een deelnemer is niet goed beschreven");
            participant.partner_id = std::move(*partner);
            participant.name = std::move(*name);
            if (role->empty()) role = participant.partner_id ? "partner" : "other";
            const auto parsed = ParseParticipantRole(*role);
            if (!parsed) {
                return Invalid("participants",
                               "De rol van een deelnemer is partner, young_person, parent, professional of other");
            }
            participant.role = *parsed;
            input.participants.push_back(std::move(participant));
        }
    }
    return input;
}

Result<AgendaSubject> ReadAgendaItem(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    AgendaSubject subject;
    auto kind = Text(body, "kind", true, 40);
    if (!kind) return std::unexpected(kind.error());
    const auto parsed = ParseAgendaKind(*kind);
    if (!parsed) return Invalid("kind", "Kies indicator, result, outcome, evaluation, signal of quality");
    subject.kind = *parsed;
    for (auto [field, target] :
         {std::pair{"indicator", &subject.indicator}, std::pair{"region", &subject.region},
          std::pair{"result_id", &subject.result_id}, std::pair{"municipality", &subject.municipality},
          std::pair{"outcome_figure", &subject.figure}, std::pair{"help_form", &subject.help_form},
          std::pair{"round_id", &subject.round_id}, std::pair{"signal_id", &subject.signal_id},
          std::pair{"organisation_id", &subject.organisation_id}}) {
        auto value = OptionalText(body, field, 200);
        if (!value) return std::unexpected(value.error());
        *target = std::move(*value);
    }
    return subject;
}

Result<AnswerInput> ReadDialogueAnswer(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    AnswerInput input;
    auto question = Text(body, "question", true, 40);
    if (!question) return std::unexpected(question.error());
    const auto parsed = ParseDialogueQuestion(*question);
    if (!parsed) return Invalid("question", "Kies recognise, explain, appreciate of improve");
    input.question = *parsed;
    auto text = Text(body, "text", true, 20000);
    if (!text) return std::unexpected(text.error());
    input.text = std::move(*text);
    auto status = Text(body, "explanation_status", false, 40);
    if (!status) return std::unexpected(status.error());
    if (!status->empty()) {
        const auto explanation = ParseExplanationStatus(*status);
        if (!explanation) return Invalid("explanation_status", "Kies none, to_be_tested, confirmed of rejected");
        input.explanation_status = *explanation;
    }
    return input;
}

Result<ExplanationInput> ReadExplanation(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    ExplanationInput input;
    auto status = Text(body, "explanation_status", true, 40);
    if (!status) return std::unexpected(status.error());
    const auto parsed = ParseExplanationStatus(*status);
    if (!parsed) return Invalid("explanation_status", "Kies none, to_be_tested, confirmed of rejected");
    input.status = *parsed;
    auto evidence = Text(body, "evidence", false, 20000);
    if (!evidence) return std::unexpected(evidence.error());
    input.evidence = std::move(*evidence);
    return input;
}

Result<FollowUpQuestion> ReadFollowUpQuestion(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    FollowUpQuestion question;
    auto text = Text(body, "text", true, 20000);
    if (!text) return std::unexpected(text.error());
    question.text = std::move(*text);
    for (auto [field, target] :
         {std::pair{"dialogue_id", &question.dialogue_id}, std::pair{"item_id", &question.item_id}}) {
        auto value = OptionalText(body, field, 200);
        if (!value) return std::unexpected(value.error());
        *target = std::move(*value);
    }
    return question;
}

}  // namespace kompas
