#include "http/dialogue_routes.hpp"

#include "http/dialogue_body.hpp"
#include "http/dialogue_json.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "service/dialogues.hpp"

namespace kompas {
namespace {

const std::string& Id(const RequestContext& context) { return context.params.at("id"); }
const std::string& DialogueId(const RequestContext& context) { return context.params.at("dialogue_id"); }

}  // namespace

void AddDialogueRoutes(Router& router, StorePool& pool, OutcomeServices* outcomes) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/collaborations/{id}/dialogues", [&pool](const RequestContext& context) {
        return Reply(ListDialogues(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("POST", "/api/collaborations/{id}/dialogues", [&pool, outcomes](const RequestContext& context) {
        return WithBody(context, ReadNewDialogue, [&](const NewDialogue& input) {
            return Reply(CreateDialogue(*pool.Borrow(), outcomes, CallerOf(context), Id(context), input, Now()), 201);
        });
    });
    add("GET", "/api/collaborations/{id}/dialogues/{dialogue_id}", [&pool, outcomes](const RequestContext& context) {
        return Reply(GetDialogue(*pool.Borrow(), outcomes, CallerOf(context), Id(context), DialogueId(context), Now()));
    });
    add("PUT", "/api/collaborations/{id}/dialogues/{dialogue_id}", [&pool, outcomes](const RequestContext& context) {
        return WithBody(context, ReadNewDialogue, [&](const NewDialogue& input) {
            return Reply(UpdateDialogue(*pool.Borrow(), outcomes, CallerOf(context), Id(context), DialogueId(context),
                                        input, Now()));
        });
    });
    add("POST", "/api/collaborations/{id}/dialogues/{dialogue_id}/items",
        [&pool, outcomes](const RequestContext& context) {
            return WithBody(context, ReadAgendaItem, [&](const AgendaSubject& subject) {
                return Reply(AddAgendaItem(*pool.Borrow(), outcomes, CallerOf(context), Id(context),
                                           DialogueId(context), subject, Now()),
                             201);
            });
        });
    add("POST", "/api/collaborations/{id}/dialogues/{dialogue_id}/items/{item_id}/answers",
        [&pool, outcomes](const RequestContext& context) {
            return WithBody(context, ReadDialogueAnswer, [&](const AnswerInput& input) {
                return Reply(AnswerQuestion(*pool.Borrow(), outcomes, CallerOf(context), Id(context),
                                            DialogueId(context), context.params.at("item_id"), input.question,
                                            input.text, input.explanation_status, Now()),
                             201);
            });
        });
    add("PUT", "/api/collaborations/{id}/dialogues/{dialogue_id}/answers/{answer_id}",
        [&pool, outcomes](const RequestContext& context) {
            return WithBody(context, ReadExplanation, [&](const ExplanationInput& input) {
                return Reply(MarkExplanation(*pool.Borrow(), outcomes, CallerOf(context), Id(context),
                                             DialogueId(context), context.params.at("answer_id"), input.status,
                                             input.evidence, Now()));
            });
        });
    add("GET", "/api/collaborations/{id}/questions", [&pool](const RequestContext& context) {
        return Reply(ListFollowUpQuestions(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("POST", "/api/collaborations/{id}/questions", [&pool](const RequestContext& context) {
        return WithBody(context, ReadFollowUpQuestion, [&](const FollowUpQuestion& input) {
            return Reply(AddFollowUpQuestion(*pool.Borrow(), CallerOf(context), Id(context), input, Now()), 201);
        });
    });
}

}  // namespace kompas
