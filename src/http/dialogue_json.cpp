#include "http/dialogue_json.hpp"

#include <cmath>

#include "http/action_json.hpp"
#include "http/ambition_json.hpp"
#include "http/json.hpp"

namespace kompas {
namespace {

nlohmann::json Number(double value) { return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr); }

nlohmann::json Participants(const NewDialogue& fields) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& participant : fields.participants) {
        list.push_back({{"partner_id", OrNull(participant.partner_id)},
                        {"name", participant.name},
                        {"role", ParticipantRoleName(participant.role)}});
    }
    return list;
}

nlohmann::json ToJson(const AgendaSubject& s) {
    return {{"kind", AgendaKindName(s.kind)},
            {"indicator", OrNull(s.indicator)},
            {"region", OrNull(s.region)},
            {"result_id", OrNull(s.result_id)},
            {"municipality", OrNull(s.municipality)},
            {"outcome_figure", OrNull(s.figure)},
            {"help_form", OrNull(s.help_form)},
            {"round_id", OrNull(s.round_id)},
            {"signal_id", OrNull(s.signal_id)},
            {"organisation_id", OrNull(s.organisation_id)}};
}

nlohmann::json ToJson(const DialogueAnswer& answer) {
    return {{"id", answer.id},
            {"question", DialogueQuestionName(answer.question)},
            {"text", answer.text},
            {"explanation_status", ExplanationStatusName(answer.explanation_status)},
            {"evidence", answer.evidence},
            {"partner_id", OrNull(answer.partner_id)},
            {"author", answer.author},
            {"created_at", answer.created_at},
            {"updated_at", answer.updated_at}};
}

nlohmann::json ToJson(const AgendaFigure& figure) {
    nlohmann::json series = nlohmann::json::array();
    for (const auto& point : figure.series) series.push_back(ToJson(point));
    nlohmann::json change = nullptr;
    if (figure.change) {
        nlohmann::json interval = nullptr;
        if (figure.change->interval) {
            interval = {{"lower", Number(figure.change->interval->lower)},
                        {"upper", Number(figure.change->interval->upper)}};
        }
        change = {{"from", figure.change->from},
                  {"to", figure.change->to},
                  {"verdict", figure.change->verdict},
                  {"interval", std::move(interval)},
                  {"text", figure.change->text}};
    }
    nlohmann::json facts = nlohmann::json::array();
    for (const auto& fact : figure.facts) facts.push_back({{"label", fact.label}, {"value", fact.value}});
    return {{"title", figure.title},
            {"unit", figure.unit},
            {"available", figure.available},
            {"note", OrNull(figure.note)},
            {"source", OrNull(figure.source)},
            {"series", std::move(series)},
            {"latest", figure.latest ? ToJson(*figure.latest) : nlohmann::json(nullptr)},
            {"change", std::move(change)},
            {"control",
             {{"verdict", figure.control.verdict}, {"text", figure.control.text}, {"rules", figure.control.rules}}},
            {"facts", std::move(facts)}};
}

nlohmann::json Summary(const Dialogue& dialogue) {
    return {{"id", dialogue.id},
            {"collaboration_id", dialogue.collaboration_id},
            {"title", dialogue.fields.title},
            {"held_on", dialogue.fields.held_on},
            {"status", DialogueStatusName(dialogue.fields.status)},
            {"participants", Participants(dialogue.fields)},
            {"item_count", dialogue.items.size()},
            {"created_at", dialogue.created_at},
            {"updated_at", dialogue.updated_at}};
}

}  // namespace

nlohmann::json ToJson(const Dialogue& dialogue) { return Summary(dialogue); }

nlohmann::json ToJson(const DialogueView& view) {
    nlohmann::json json = Summary(view.dialogue);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& entry : view.items) {
        nlohmann::json answers = nlohmann::json::array();
        for (const auto& answer : entry.item.answers) answers.push_back(ToJson(answer));
        nlohmann::json item = ToJson(entry.item.subject);
        item["id"] = entry.item.id;
        item["position"] = entry.item.position;
        item["created_at"] = entry.item.created_at;
        item["figure"] = ToJson(entry.figure);
        item["answers"] = std::move(answers);
        items.push_back(std::move(item));
    }
    nlohmann::json previous = nlohmann::json::array();
    for (const auto& entry : view.previous_actions) {
        previous.push_back({{"action", ToJson(ActionView{entry.action, entry.overdue})},
                            {"figure", entry.figure ? ToJson(*entry.figure) : nlohmann::json(nullptr)}});
    }
    json["items"] = std::move(items);
    json["previous_dialogue_id"] = OrNull(view.previous_dialogue_id);
    json["previous_held_on"] = OrNull(view.previous_held_on);
    json["previous_actions"] = std::move(previous);
    nlohmann::json agreed = nlohmann::json::array();
    for (const auto& entry : view.agreed_actions) agreed.push_back(ToJson(ActionView{entry.action, entry.overdue}));
    json["agreed_actions"] = std::move(agreed);
    return json;
}

nlohmann::json ToJson(const FollowUpQuestion& question) {
    return {{"id", question.id},
            {"collaboration_id", question.collaboration_id},
            {"text", question.text},
            {"dialogue_id", OrNull(question.dialogue_id)},
            {"item_id", OrNull(question.item_id)},
            {"author", question.author},
            {"created_at", question.created_at}};
}

}  // namespace kompas
