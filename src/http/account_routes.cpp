#include "http/account_routes.hpp"

#include <chrono>

#include "core/text.hpp"
#include "http/account_json.hpp"
#include "http/audit_json.hpp"
#include "http/body.hpp"
#include "http/reply.hpp"
#include "http/request_guard.hpp"
#include "http/route_helpers.hpp"
#include "http/session_context.hpp"
#include "service/accounts.hpp"

namespace kompas {
namespace {

int SecondsUntilAbsoluteExpiry(const Session& session) {
    const auto expires = ParseUtc(session.absolute_expires_at);
    if (!expires) return 0;
    const auto left = std::chrono::duration_cast<std::chrono::seconds>(*expires - Now()).count();
    return static_cast<int>(std::max<long long>(0, left));
}

}  // namespace

void AddAccountRoutes(Router& router, StorePool& pool, CookiePolicy cookies) {
    router.Add("POST", "/api/session", [&pool, cookies](const RequestContext& context) {
        auto body = ParseJsonObject(context.request);
        if (!body) return ErrorResponse(body.error());
        auto input = ReadSignIn(*body);
        if (!input) return ErrorResponse(input.error());
        auto signed_in = SignIn(*pool.Borrow(), input->email, input->password, context.request.remote, Now());
        if (!signed_in) {
            HttpResponse refusal = ErrorResponse(signed_in.error());
            if (signed_in.error().code == ErrorCode::kRateLimited) refusal.headers.emplace_back("Retry-After", "900");
            return refusal;
        }
        HttpResponse response = JsonResponse(Dump(ToJson(signed_in->session)));
        response.headers.emplace_back("Set-Cookie", SessionCookie(signed_in->token, cookies.secure,
                                                                  SecondsUntilAbsoluteExpiry(signed_in->session)));
        return response;
    });
    router.Add(
        "GET", "/api/session",
        [](const RequestContext& context) { return JsonResponse(Dump(ToJson(context.session->session))); },
        Access::kSignedIn);
    router.Add(
        "DELETE", "/api/session",
        [&pool, cookies](const RequestContext& context) {
            HttpResponse response = Reply(SignOut(*pool.Borrow(), context.session->token, context.session->caller));
            response.headers.emplace_back("Set-Cookie", ExpiredSessionCookie(cookies.secure));
            return response;
        },
        Access::kSignedIn);

    router.Add(
        "GET", "/api/organisations",
        [&pool](const RequestContext& context) {
            return Reply(ListOrganisations(*pool.Borrow(), context.session->caller));
        },
        Access::kSignedIn);
    router.Add(
        "POST", "/api/organisations",
        [&pool](const RequestContext& context) {
            auto body = ParseJsonObject(context.request);
            if (!body) return ErrorResponse(body.error());
            auto input = ReadNewOrganisation(*body);
            if (!input) return ErrorResponse(input.error());
            return Reply(CreateOrganisation(*pool.Borrow(), context.session->caller, *input, Now()), 201);
        },
        Access::kSignedIn);
    router.Add(
        "GET", "/api/people",
        [&pool](const RequestContext& context) { return Reply(ListPeople(*pool.Borrow(), context.session->caller)); },
        Access::kSignedIn);
    router.Add(
        "POST", "/api/people",
        [&pool](const RequestContext& context) {
            auto body = ParseJsonObject(context.request);
            if (!body) return ErrorResponse(body.error());
            auto input = ReadNewPerson(*body);
            if (!input) return ErrorResponse(input.error());
            return Reply(CreatePerson(*pool.Borrow(), context.session->caller, *input, Now()), 201);
        },
        Access::kSignedIn);
    router.Add(
        "GET", "/api/audit",
        [&pool](const RequestContext& context) {
            const auto& request = context.request;
            AuditQuery query{request.Param("person"), request.Param("object"), request.Param("from"),
                             request.Param("to"), 100};
            if (const std::string limit = request.Param("limit"); !limit.empty()) {
                const auto parsed = ParseInteger(limit);
                if (!parsed || *parsed < 1 || *parsed > kMaxAuditLimit) {
                    return ErrorResponse(
                        Error{ErrorCode::kInvalidArgument, "limit is een getal van 1 tot en met 1000", "limit"});
                }
                query.limit = static_cast<int>(*parsed);
            }
            return Reply(ListAudit(*pool.Borrow(), context.session->caller, query));
        },
        Access::kSignedIn);
}

}  // namespace kompas
