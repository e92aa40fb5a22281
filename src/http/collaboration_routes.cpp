#include "http/collaboration_routes.hpp"

#include <chrono>

#include "http/body.hpp"
#include "http/collaboration_json.hpp"
#include "http/evaluation_json.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "http/session_context.hpp"
#include "service/collaborations.hpp"

namespace kompas {
namespace {

const std::string& Id(const RequestContext& context) { return context.params.at("id"); }
const std::string& RoundId(const RequestContext& context) { return context.params.at("round_id"); }

}  // namespace

void AddCollaborationRoutes(Router& router, StorePool& pool) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/collaborations", [&pool](const RequestContext& context) {
        return Reply(ListCollaborations(*pool.Borrow(), CallerOf(context)));
    });
    add("POST", "/api/collaborations", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewCollaboration, [&](const NewCollaboration& input) {
            return Reply(CreateCollaboration(*pool.Borrow(), CallerOf(context), input, Now()), 201);
        });
    });
    add("GET", "/api/collaborations/{id}", [&pool](const RequestContext& context) {
        return Reply(GetCollaboration(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("PUT", "/api/collaborations/{id}/agreements", [&pool](const RequestContext& context) {
        return WithBody(context, ReadAgreements, [&](const Agreements& input) {
            return Reply(UpdateAgreements(*pool.Borrow(), CallerOf(context), Id(context), input, Now()));
        });
    });
    add("POST", "/api/collaborations/{id}/partners", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewPartner, [&](const NewPartner& input) {
            return Reply(AddPartner(*pool.Borrow(), CallerOf(context), Id(context), input, Now()), 201);
        });
    });
    add("DELETE", "/api/collaborations/{id}/partners/{partner_id}", [&pool](const RequestContext& context) {
        return Reply(
            RemovePartner(*pool.Borrow(), CallerOf(context), Id(context), context.params.at("partner_id"), Now()));
    });
    add("GET", "/api/collaborations/{id}/evaluations", [&pool](const RequestContext& context) {
        return Reply(ListEvaluationRounds(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("POST", "/api/collaborations/{id}/evaluations", [&pool](const RequestContext& context) {
        return WithBody(context, ReadTitle, [&](const std::string& title) {
            return Reply(OpenEvaluationRound(*pool.Borrow(), CallerOf(context), Id(context), title, Now()), 201);
        });
    });
    add("GET", "/api/collaborations/{id}/evaluations/{round_id}", [&pool](const RequestContext& context) {
        return Reply(GetEvaluationResult(*pool.Borrow(), CallerOf(context), Id(context), RoundId(context)));
    });
    add("PUT", "/api/collaborations/{id}/evaluations/{round_id}/response", [&pool](const RequestContext& context) {
        return WithBody(context, ReadEvaluationResponse, [&](const EvaluationResponse& input) {
            return Reply(SubmitEvaluationResponse(*pool.Borrow(), CallerOf(context), Id(context), RoundId(context),
                                                  input, Now()));
        });
    });
    add("POST", "/api/collaborations/{id}/evaluations/{round_id}/close", [&pool](const RequestContext& context) {
        return Reply(CloseEvaluationRound(*pool.Borrow(), CallerOf(context), Id(context), RoundId(context), Now()));
    });
}

}  // namespace kompas
