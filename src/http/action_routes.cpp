#include "http/action_routes.hpp"

#include "http/action_body.hpp"
#include "http/action_json.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "service/actions.hpp"

namespace kompas {
namespace {

const std::string& Id(const RequestContext& context) { return context.params.at("id"); }
const std::string& ActionId(const RequestContext& context) { return context.params.at("action_id"); }

// The optional ?status= of the list.
Result<std::optional<ActionStatus>> StatusParam(const RequestContext& context) {
    const std::string text = context.request.Param("status");
    if (text.empty()) return std::optional<ActionStatus>{};
    const auto status = ParseActionStatus(text);
    if (!status) {
        return Fail(ErrorCode::kInvalidArgument, "De status is open, in_progress, done of dropped", "status");
    }
    return std::optional<ActionStatus>(*status);
}

}  // namespace

void AddActionRoutes(Router& router, StorePool& pool) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/actions/mine", [&pool](const RequestContext& context) {
        return Reply(ListOwnActions(*pool.Borrow(), CallerOf(context), Now()));
    });
    add("GET", "/api/collaborations/{id}/action-owners", [&pool](const RequestContext& context) {
        return Reply(ListActionOwnerCandidates(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("GET", "/api/collaborations/{id}/actions", [&pool](const RequestContext& context) {
        auto status = StatusParam(context);
        if (!status) return ErrorResponse(status.error());
        return Reply(ListActions(*pool.Borrow(), CallerOf(context), Id(context), *status, Now()));
    });
    add("POST", "/api/collaborations/{id}/actions", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewImprovementAction, [&](const NewImprovementAction& input) {
            return Reply(CreateAction(*pool.Borrow(), CallerOf(context), Id(context), input, Now()), 201);
        });
    });
    add("GET", "/api/collaborations/{id}/actions/{action_id}", [&pool](const RequestContext& context) {
        return Reply(GetAction(*pool.Borrow(), CallerOf(context), Id(context), ActionId(context), Now()));
    });
    add("PUT", "/api/collaborations/{id}/actions/{action_id}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewImprovementAction, [&](const NewImprovementAction& input) {
            return Reply(UpdateAction(*pool.Borrow(), CallerOf(context), Id(context), ActionId(context), input, Now()));
        });
    });
    add("DELETE", "/api/collaborations/{id}/actions/{action_id}", [&pool](const RequestContext& context) {
        return Reply(DeleteAction(*pool.Borrow(), CallerOf(context), Id(context), ActionId(context), Now()));
    });
    add("POST", "/api/collaborations/{id}/actions/{action_id}/status", [&pool](const RequestContext& context) {
        return WithBody(context, ReadActionStatus, [&](const std::pair<ActionStatus, std::string>& input) {
            return Reply(ChangeActionStatus(*pool.Borrow(), CallerOf(context), Id(context), ActionId(context),
                                            input.first, input.second, Now()));
        });
    });
}

}  // namespace kompas
