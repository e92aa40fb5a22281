#include "http/theory_routes.hpp"

#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "http/theory_json.hpp"
#include "service/theory.hpp"

namespace kompas {
namespace {

const std::string& Id(const RequestContext& context) { return context.params.at("id"); }
const std::string& AssumptionId(const RequestContext& context) { return context.params.at("assumption_id"); }

}  // namespace

void AddTheoryRoutes(Router& router, StorePool& pool) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/collaborations/{id}/theory", [&pool](const RequestContext& context) {
        return Reply(GetTheory(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("POST", "/api/collaborations/{id}/intermediate-outcomes", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewIntermediateOutcome, [&](const NewIntermediateOutcome& input) {
            return Reply(CreateIntermediateOutcome(*pool.Borrow(), CallerOf(context), Id(context), input, Now()), 201);
        });
    });
    add("POST", "/api/collaborations/{id}/assumptions", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewAssumption, [&](const NewAssumption& input) {
            return Reply(CreateAssumption(*pool.Borrow(), CallerOf(context), Id(context), input, Now()), 201);
        });
    });
    add("PUT", "/api/collaborations/{id}/assumptions/{assumption_id}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewAssumption, [&](const NewAssumption& input) {
            return Reply(
                UpdateAssumption(*pool.Borrow(), CallerOf(context), Id(context), AssumptionId(context), input, Now()));
        });
    });
    add("DELETE", "/api/collaborations/{id}/assumptions/{assumption_id}", [&pool](const RequestContext& context) {
        return Reply(DeleteAssumption(*pool.Borrow(), CallerOf(context), Id(context), AssumptionId(context), Now()));
    });
}

}  // namespace kompas
