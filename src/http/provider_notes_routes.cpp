#include "http/provider_notes_routes.hpp"

#include "http/provider_notes_json.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"

namespace kompas {
namespace {

const std::string& OrgId(const RequestContext& context) { return context.params.at("org_id"); }

}  // namespace

void AddProviderNotesRoutes(Router& router, StorePool& pool, OutcomeServices* services) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/organisations/{org_id}/outcome-notes", [&pool](const RequestContext& context) {
        return Reply(GetProviderNotes(*pool.Borrow(), CallerOf(context), OrgId(context), Now()));
    });
    add("PUT", "/api/organisations/{org_id}/outcome-contact", [&pool](const RequestContext& context) {
        return WithBody(context, ReadOutcomeContact, [&](const OutcomeContact& input) {
            return Reply(PutProviderContact(*pool.Borrow(), CallerOf(context), OrgId(context), input, Now()));
        });
    });
    add("POST", "/api/organisations/{org_id}/outcome-actions", [&pool](const RequestContext& context) {
        return WithBody(context, ReadProviderAction, [&](const NewProviderAction& input) {
            return Reply(AddProviderAction(*pool.Borrow(), CallerOf(context), OrgId(context), input, Now()), 201);
        });
    });
    add("PUT", "/api/organisations/{org_id}/outcome-actions/{action_id}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadProviderAction, [&](const NewProviderAction& input) {
            return Reply(ChangeProviderAction(*pool.Borrow(), CallerOf(context), OrgId(context),
                                              context.params.at("action_id"), input, Now()));
        });
    });
    if (!services) return;
    add("GET", "/api/outcomes/municipality/{code}/provider-notes", [&pool, services](const RequestContext& context) {
        return Reply(ProviderNotesForMunicipality(*pool.Borrow(), *services, CallerOf(context),
                                                  context.params.at("code"), Now()));
    });
}

}  // namespace kompas
