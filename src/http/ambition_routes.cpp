#include "http/ambition_routes.hpp"

#include <chrono>

#include "http/ambition_body.hpp"
#include "http/ambition_json.hpp"
#include "http/body.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "http/session_context.hpp"
#include "service/ambitions.hpp"

namespace kompas {
namespace {

const std::string& Id(const RequestContext& context) { return context.params.at("id"); }
const std::string& AmbitionId(const RequestContext& context) { return context.params.at("ambition_id"); }
const std::string& ResultId(const RequestContext& context) { return context.params.at("result_id"); }

}  // namespace

void AddAmbitionRoutes(Router& router, StorePool& pool, OutcomeServices* outcomes) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/collaborations/{id}/ambitions", [&pool](const RequestContext& context) {
        return Reply(ListAmbitions(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("POST", "/api/collaborations/{id}/ambitions", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewAmbition, [&](const NewAmbition& input) {
            return Reply(CreateAmbition(*pool.Borrow(), CallerOf(context), Id(context), input, Now()), 201);
        });
    });
    add("GET", "/api/collaborations/{id}/ambitions/{ambition_id}", [&pool](const RequestContext& context) {
        return Reply(GetAmbition(*pool.Borrow(), CallerOf(context), Id(context), AmbitionId(context)));
    });
    add("PUT", "/api/collaborations/{id}/ambitions/{ambition_id}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadAmbitionUpdate, [&](const WithReason<NewAmbition>& update) {
            return Reply(UpdateAmbition(*pool.Borrow(), CallerOf(context), Id(context), AmbitionId(context),
                                        update.input, Now(), update.reason));
        });
    });
    add("DELETE", "/api/collaborations/{id}/ambitions/{ambition_id}", [&pool](const RequestContext& context) {
        return Reply(DeleteAmbition(*pool.Borrow(), CallerOf(context), Id(context), AmbitionId(context), Now()));
    });
    add("POST", "/api/collaborations/{id}/ambitions/{ambition_id}/results", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewSocietalResult, [&](const NewSocietalResult& input) {
            return Reply(
                CreateSocietalResult(*pool.Borrow(), CallerOf(context), Id(context), AmbitionId(context), input, Now()),
                201);
        });
    });
    add("GET", "/api/collaborations/{id}/results", [&pool, outcomes](const RequestContext& context) {
        return Reply(ListResults(*pool.Borrow(), CallerOf(context), Id(context), outcomes, Now()));
    });
    add("GET", "/api/collaborations/{id}/results/{result_id}", [&pool, outcomes](const RequestContext& context) {
        return Reply(GetProgress(*pool.Borrow(), CallerOf(context), Id(context), ResultId(context),
                                 context.request.Param("region"), outcomes, Now()));
    });
    add("DELETE", "/api/collaborations/{id}/results/{result_id}", [&pool](const RequestContext& context) {
        return Reply(DeleteSocietalResult(*pool.Borrow(), CallerOf(context), Id(context), ResultId(context), Now()));
    });
    // Issue 12: a result is edited with a reason; results and ambitions keep their history.
    add("PUT", "/api/collaborations/{id}/results/{result_id}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadSocietalResultUpdate, [&](const WithReason<NewSocietalResult>& update) {
            return Reply(UpdateSocietalResult(*pool.Borrow(), CallerOf(context), Id(context), ResultId(context),
                                              update.input, update.reason, Now()));
        });
    });
    add("GET", "/api/collaborations/{id}/results/{result_id}/history", [&pool](const RequestContext& context) {
        return Reply(ResultHistory(*pool.Borrow(), CallerOf(context), Id(context), ResultId(context)));
    });
    add("GET", "/api/collaborations/{id}/ambitions/{ambition_id}/history", [&pool](const RequestContext& context) {
        return Reply(AmbitionHistory(*pool.Borrow(), CallerOf(context), Id(context), AmbitionId(context)));
    });
    add("GET", "/api/collaborations/{id}/signals", [&pool](const RequestContext& context) {
        return Reply(ListSignals(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("POST", "/api/collaborations/{id}/signals", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewSignal, [&](const NewSignal& input) {
            return Reply(AddSignal(*pool.Borrow(), CallerOf(context), Id(context), input, Now()), 201);
        });
    });
}

}  // namespace kompas
