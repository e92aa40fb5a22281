#include "http/admin_routes.hpp"

#include "http/account_json.hpp"
#include "http/admin_json.hpp"
#include "http/body.hpp"
#include "http/json.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "service/admin.hpp"

namespace kompas {

void AddAdminRoutes(Router& router, StorePool& pool) {
    router.Add(
        "GET", "/api/admin/people",
        [&pool](const RequestContext& context) {
            auto people = AdminPeople(*pool.Borrow(), CallerOf(context), Now());
            if (!people) return ErrorResponse(people.error());
            return JsonResponse(Dump(ToAdminJsonArray(*people)));
        },
        Access::kSignedIn);
    router.Add(
        "POST", "/api/admin/people",
        [&pool](const RequestContext& context) {
            return WithBody(context, ReadNewAccount, [&](const NewAccount& account) {
                return Reply(CreateAccount(*pool.Borrow(), CallerOf(context), account, Now()), 201);
            });
        },
        Access::kSignedIn);
    router.Add(
        "PUT", "/api/admin/people/{person_id}",
        [&pool](const RequestContext& context) {
            return WithBody(context, ReadPersonChange, [&](const PersonChange& change) {
                auto person =
                    EditPerson(*pool.Borrow(), CallerOf(context), context.params.at("person_id"), change, Now());
                if (!person) return ErrorResponse(person.error());
                return JsonResponse(Dump(ToAdminJson(*person)));
            });
        },
        Access::kSignedIn);
    router.Add(
        "POST", "/api/admin/people/{person_id}/password-link",
        [&pool](const RequestContext& context) {
            return Reply(IssuePasswordLink(*pool.Borrow(), CallerOf(context), context.params.at("person_id"), Now()),
                         201);
        },
        Access::kSignedIn);
    router.Add(
        "PUT", "/api/admin/organisations/{org_id}",
        [&pool](const RequestContext& context) {
            return WithBody(context, ReadNewOrganisation, [&](const NewOrganisation& organisation) {
                return Reply(EditOrganisation(*pool.Borrow(), CallerOf(context), context.params.at("org_id"),
                                              organisation, Now()));
            });
        },
        Access::kSignedIn);

    // Public: the token is the credential. It travels in the body, never in a URL, so that it
    // does not reach access logs (the page keeps it in the fragment).
    router.Add("POST", "/api/password-link/check", [&pool](const RequestContext& context) {
        return WithBody(
            context, [](const nlohmann::json& body) { return ReadPasswordLinkInput(body, false); },
            [&](const PasswordLinkInput& input) {
                return Reply(CheckPasswordLink(*pool.Borrow(), input.token, Now()));
            });
    });
    router.Add("POST", "/api/password-link", [&pool](const RequestContext& context) {
        return WithBody(
            context, [](const nlohmann::json& body) { return ReadPasswordLinkInput(body, true); },
            [&](const PasswordLinkInput& input) {
                return Reply(
                    SetPasswordWithLink(*pool.Borrow(), input.token, input.password, context.request.remote, Now()));
            });
    });
}

}  // namespace kompas
