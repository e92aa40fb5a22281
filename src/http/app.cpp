#include "http/app.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "http/account_routes.hpp"
#include "http/action_routes.hpp"
#include "http/activity_routes.hpp"
#include "http/ambition_routes.hpp"
#include "http/collaboration_routes.hpp"
#include "http/export_routes.hpp"
#include "http/dialogue_routes.hpp"
#include "http/outcome_routes.hpp"
#include "http/own_data_routes.hpp"
#include "http/quality_routes.hpp"
#include "http/request_guard.hpp"
#include "http/session_context.hpp"
#include "http/theory_routes.hpp"
#include "http/youth_profile_routes.hpp"
#include "service/accounts.hpp"

namespace kompas {

App::App(std::unique_ptr<StorePool> pool, AppOptions options, std::unique_ptr<OutcomeServices> outcomes)
    : pool_(std::move(pool)),
      outcomes_(std::move(outcomes)),
      options_(std::move(options)),
      static_files_(options_.web_root) {
    // Exports first: their paths would otherwise match the routes that take an id in that place.
    AddExportRoutes(router_, *pool_);
    AddYouthProfileRoutes(router_, *pool_, options_.database);
    AddAccountRoutes(router_, *pool_, CookiePolicy{options_.secure_cookies});
    AddCollaborationRoutes(router_, *pool_);
    AddAmbitionRoutes(router_, *pool_);
    AddActivityRoutes(router_, *pool_);
    if (outcomes_) AddOutcomeRoutes(router_, *pool_, *outcomes_);
    AddQualityRoutes(router_, *pool_);  // block 4, provider side
    AddTheoryRoutes(router_, *pool_);
    AddActionRoutes(router_, *pool_);  // block 6
    AddDialogueRoutes(router_, *pool_, outcomes_.get());  // block 6: the quality dialogue
    AddOwnDataRoutes(router_, *pool_);  // own data (issue 15)
}

HttpResponse App::HandleApi(const HttpRequest& request) const {
    auto found = router_.Find(request);
    if (auto* refusal = std::get_if<HttpResponse>(&found)) return std::move(*refusal);
    const auto& match = std::get<Router::Match>(found);
    const bool changes_state = IsStateChanging(request.method);
    if (changes_state) {
        if (auto refusal = RequireJsonBody(request)) return *refusal;
        if (auto refusal = RequireSameOrigin(request, options_.public_origin, options_.secure_cookies)) return *refusal;
    }
    if (match.route->access == Access::kPublic) return match.route->handler(RequestContext{request, match.params});

    const auto token =
        CookieValue(request, options_.secure_cookies ? kSecureSessionCookie : kSessionCookie).value_or("");
    if (token.empty()) {
        return ErrorResponse(Error{ErrorCode::kUnauthenticated, "Log in om dit te zien of te doen", "session"});
    }
    auto session = ResumeSession(*pool_->Borrow(), token, std::chrono::system_clock::now());
    if (!session) return ErrorResponse(session.error());
    if (changes_state) {
        if (auto refusal = RequireCsrfToken(request, session->csrf_token)) return *refusal;
    }
    const SessionContext context{*session, MakeCaller(*session, request.remote), token};
    return match.route->handler(RequestContext{request, match.params, &context});
}

void App::BeginShutdown() const {
    if (outcomes_) outcomes_->compute.RequestStop();
}

HttpResponse App::Handle(const HttpRequest& request) const {
    HttpResponse response;
    try {
        if (request.path == "/api" || request.path.starts_with("/api/")) {
            response = HandleApi(request);
            response.headers.emplace_back("Cache-Control", "no-store");
        } else if (request.method == "GET" || request.method == "HEAD") {
            response = static_files_.Serve(request);
        } else {
            response = ErrorResponse(Error{ErrorCode::kInvalidArgument, "Alleen GET op dit adres", "method"});
            response.status = 405;
        }
    } catch (const std::exception& e) {
        spdlog::error("{} {}: {}", request.method, request.path, e.what());
        response = ErrorResponse(Error{ErrorCode::kInternal, "Interne fout; zie het serverlogboek", ""});
    }
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("X-Frame-Options", "DENY");
    response.headers.emplace_back("Content-Security-Policy",
                                  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    if (options_.secure_cookies) {
        response.headers.emplace_back("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    return response;
}

}  // namespace kompas
