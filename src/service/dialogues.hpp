// The quality dialogue (block 6), as the HTTP handlers call them (docs/dev/api.md). Access as in
// collaborations.hpp: a caller who is not a partner gets kNotFound; a viewer may read but not
// change (kForbidden, audited as denied). The coordinator creates and edits dialogues and their
// agenda; coordinators and partners answer the four questions, mark explanations and add
// follow-up questions. Every change is audited in the same transaction (object types "dialogue",
// "dialogue_item", "dialogue_answer", "follow_up_question").
//
// Figures are computed for the reader on every read, through the same services as their own
// pages: an indicator and a result through ProgressOf / GetProgress, an outcome figure through
// MunicipalityOutcomes (its access check and its suppression: a reader who may not see the
// municipality's report sees no figure, and a suppressed figure stays suppressed), an evaluation
// round through GetEvaluationResult, a signal through ListSignals.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/ambition.hpp"
#include "core/dialogue.hpp"
#include "core/error.hpp"
#include "core/improvement_action.hpp"
#include "store/store.hpp"

namespace kompas {

struct OutcomeServices;

// Whether the latest change of a series is common-cause or special-cause variation (p-chart with
// run rules, stats/control_chart.hpp). JSON: { "verdict", "text", "rules" }.
struct ControlView {
    std::string verdict = "cannot_say";  // "common_cause", "special_cause", "cannot_say"
    std::string text;                    // Dutch
    std::vector<std::string> rules;      // ControlRuleName of each rule the latest point breaks
};

// A line of a figure without a series (an evaluation round, a signal). JSON: { "label", "value" }
struct FigureFact {
    std::string label;
    std::string value;
};

// The figure of an agenda item as the reader may see it. JSON: { "title", "unit", "available",
// "note", "source", "series", "latest", "change", "control", "facts" }.
struct AgendaFigure {
    std::string title;
    std::string unit;
    std::optional<std::string> source;  // the table or records it comes from, for the report
    bool available = true;              // false: unknown, or not for this reader
    std::optional<std::string> note;    // Dutch: a level followed, suppression, why not available
    std::vector<ProgressPoint> series;
    std::optional<ProgressPoint> latest;  // the last point with a value
    std::optional<ProgressChange> change;
    ControlView control;
    std::vector<FigureFact> facts;
};

struct AgendaItemView {
    AgendaItem item;
    AgendaFigure figure;
};

// An improvement action of the previous cycle beside the later value of its figure. JSON: the
// ImprovementAction's fields plus "figure" (AgendaFigure | null).
struct PreviousAction {
    ImprovementAction action;
    bool overdue = false;
    std::optional<AgendaFigure> figure;
};

struct DialogueView {
    Dialogue dialogue;
    std::vector<AgendaItemView> items;
    std::optional<std::string> previous_dialogue_id;
    std::optional<std::string> previous_held_on;
    std::vector<PreviousAction> previous_actions;  // created since the previous dialogue, before this one
    std::vector<PreviousAction> agreed_actions;    // created from this dialogue until the next (no figure)
};

// By held_on, id (without figures).
Result<std::vector<Dialogue>> ListDialogues(Store& store, const Caller& caller, std::string_view id);
// Coordinator only. kInvalidArgument (field) for a missing or long title, a bad date
// ("held_on"), or a participant without a name, with a bad role, or a partner of another
// collaboration ("participants").
Result<DialogueView> CreateDialogue(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                    const NewDialogue& input, TimePoint now);
Result<DialogueView> UpdateDialogue(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                    std::string_view dialogue_id, const NewDialogue& input, TimePoint now);
Result<DialogueView> GetDialogue(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                 std::string_view dialogue_id, TimePoint now);
// Coordinator only. kInvalidArgument naming the field for a missing or unknown indicator or
// region, a result, round or signal of another collaboration, a bad GM code, figure name or help
// form ("help_form": only "all"); kForbidden when the caller may not see the municipality's
// outcome report.
Result<DialogueView> AddAgendaItem(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                   std::string_view dialogue_id, AgendaSubject subject, TimePoint now);
// Coordinator or partner. kInvalidArgument ("text") for an empty or long answer, ("explanation_status")
// for a status on a question other than "explain".
Result<DialogueView> AnswerQuestion(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                    std::string_view dialogue_id, std::string_view item_id, DialogueQuestion question,
                                    std::string_view text, ExplanationStatus status, TimePoint now);
// Coordinator or partner: an explanation to be tested, confirmed or rejected, with the evidence.
// kInvalidArgument ("evidence") when confirming or rejecting without evidence.
Result<DialogueView> MarkExplanation(Store& store, OutcomeServices* outcomes, const Caller& caller, std::string_view id,
                                     std::string_view dialogue_id, std::string_view answer_id, ExplanationStatus status,
                                     std::string_view evidence, TimePoint now);

// Oldest first.
Result<std::vector<FollowUpQuestion>> ListFollowUpQuestions(Store& store, const Caller& caller, std::string_view id);
// Coordinator or partner. kInvalidArgument ("text") for an empty or long question.
Result<FollowUpQuestion> AddFollowUpQuestion(Store& store, const Caller& caller, std::string_view id,
                                             const FollowUpQuestion& input, TimePoint now);

// The control verdict of a series: "niet te zeggen" unless at least three points with a value
// all have counts. Exposed for tests.
ControlView ControlOf(const std::vector<ProgressPoint>& series);

}  // namespace kompas
