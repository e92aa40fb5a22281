#include "http/quality_routes.hpp"

#include "http/body.hpp"
#include "http/quality_body.hpp"
#include "http/quality_json.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "http/session_context.hpp"
#include "service/quality.hpp"

namespace kompas {
namespace {

const std::string& Param(const RequestContext& context, const char* name) { return context.params.at(name); }

}  // namespace

void AddQualityRoutes(Router& router, StorePool& pool) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/organisations/{org_id}/quality", [&pool](const RequestContext& context) {
        return Reply(GetProviderQuality(*pool.Borrow(), CallerOf(context), Param(context, "org_id")));
    });
    add("PUT", "/api/organisations/{org_id}/quality/{condition}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadConditionUpdate, [&](const ConditionUpdate& input) {
            return Reply(UpdateProviderCondition(*pool.Borrow(), CallerOf(context), Param(context, "org_id"),
                                                 Param(context, "condition"), input, Now()));
        });
    });
    add("GET", "/api/collaborations/{id}/lots", [&pool](const RequestContext& context) {
        return Reply(ListContractLots(*pool.Borrow(), CallerOf(context), Param(context, "id")));
    });
    add("POST", "/api/collaborations/{id}/lots", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewContractLot, [&](const NewContractLot& input) {
            return Reply(CreateContractLot(*pool.Borrow(), CallerOf(context), Param(context, "id"), input, Now()), 201);
        });
    });
    add("GET", "/api/collaborations/{id}/lots/{lot_id}", [&pool](const RequestContext& context) {
        return Reply(
            GetLotOverview(*pool.Borrow(), CallerOf(context), Param(context, "id"), Param(context, "lot_id"), Now()));
    });
    add("PUT", "/api/collaborations/{id}/lots/{lot_id}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewContractLot, [&](const NewContractLot& input) {
            return Reply(UpdateContractLot(*pool.Borrow(), CallerOf(context), Param(context, "id"),
                                           Param(context, "lot_id"), input, Now()));
        });
    });
    add("GET", "/api/collaborations/{id}/effectiveness", [&pool](const RequestContext& context) {
        return Reply(ListEffectivenessConversations(*pool.Borrow(), CallerOf(context), Param(context, "id")));
    });
    add("GET", "/api/collaborations/{id}/effectiveness/{org_id}", [&pool](const RequestContext& context) {
        return Reply(GetEffectivenessConversation(*pool.Borrow(), CallerOf(context), Param(context, "id"),
                                                  Param(context, "org_id")));
    });
    add("PUT", "/api/collaborations/{id}/effectiveness/{org_id}/{question}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadEffectivenessAnswer, [&](const EffectivenessAnswerInput& input) {
            return Reply(RecordEffectivenessAnswer(*pool.Borrow(), CallerOf(context), Param(context, "id"),
                                                   Param(context, "org_id"), Param(context, "question"), input, Now()));
        });
    });
}

}  // namespace kompas
