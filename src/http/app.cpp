#include "http/app.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>

#include "http/account_routes.hpp"
#include "http/action_routes.hpp"
#include "http/activity_routes.hpp"
#include "http/admin_routes.hpp"
#include "http/ambition_routes.hpp"
#include "http/collaboration_routes.hpp"
#include "http/dialogue_routes.hpp"
#include "http/export_routes.hpp"
#include "http/outcome_routes.hpp"
#include "http/own_data_routes.hpp"
#include "http/provider_notes_routes.hpp"
#include "http/quality_routes.hpp"
#include "http/request_guard.hpp"
#include "http/session_context.hpp"
#include "http/similar_routes.hpp"
#include "http/theory_routes.hpp"
#include "http/youth_profile_routes.hpp"
#include "privacy/secrets.hpp"
#include "service/accounts.hpp"
#include "store/storage_failure.hpp"

namespace kompas {
namespace {

// "k3f9a2c1-17": random per process, then a counter; names one request in the log and the reply.
std::string NextRequestId() {
    static const std::string prefix = RandomToken().substr(0, 8);
    static std::atomic<std::uint64_t> counter{0};
    return fmt::format("{}-{}", prefix, ++counter);
}

// What the client sees of an internal error: no database DETAIL, path or key value, only the id
// under which the details were logged.
HttpResponse InternalErrorReply(const std::string& request_id) {
    Error error{ErrorCode::kInternal,
                fmt::format("Er ging iets mis in Kompas. Meld dit aan de beheerder met verzoeknummer {}.", request_id),
                ""};
    HttpResponse response = ErrorResponse(error);
    response.body.insert(response.body.size() - 2, fmt::format(",\"request_id\":\"{}\"", request_id));
    return response;
}

// Any other server-side error (503: the database is down, its disk full): the details are logged
// under the request id; the reply keeps a message written for a person (of a storage failure only
// its Dutch sentence, without the database's words) and gains the request id.
void NameRequestInReply(const HttpRequest& request, const std::string& request_id, HttpResponse& response) {
    spdlog::warn("verzoek {}: {} {} -> {}: {}", request_id, request.method, request.path, response.status,
                 response.body);
    auto body = nlohmann::json::parse(response.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("error") || !body["error"].is_object()) return;
    auto& error = body["error"];
    error["request_id"] = request_id;
    if (auto& message = error["message"]; message.is_string()) {
        std::string text = message.get<std::string>();
        if (const auto sentence = StorageFailureSentence(text)) text = std::string(*sentence);
        message = fmt::format("{} (verzoeknummer {})", text, request_id);
    }
    response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

App::App(std::unique_ptr<StorePool> pool, AppOptions options, std::unique_ptr<OutcomeServices> outcomes)
    : pool_(std::move(pool)),
      outcomes_(std::move(outcomes)),
      options_(std::move(options)),
      static_files_(options_.web_root) {
    // Exports first: their paths would otherwise match the routes that take an id in that place.
    AddExportRoutes(router_, *pool_, outcomes_.get());
    AddYouthProfileRoutes(router_, *pool_, options_.database);
    AddAccountRoutes(router_, *pool_, CookiePolicy{options_.secure_cookies});
    AddCollaborationRoutes(router_, *pool_);
    AddAmbitionRoutes(router_, *pool_, outcomes_.get());
    AddActivityRoutes(router_, *pool_);
    if (outcomes_) AddOutcomeRoutes(router_, *pool_, *outcomes_);
    AddQualityRoutes(router_, *pool_);  // block 4, provider side
    AddTheoryRoutes(router_, *pool_);
    AddActionRoutes(router_, *pool_);                          // block 6
    AddDialogueRoutes(router_, *pool_, outcomes_.get());       // block 6: the quality dialogue
    AddProviderNotesRoutes(router_, *pool_, outcomes_.get());  // blocks 5 and 6: what a provider does with its outcomes
    AddAdminRoutes(router_, *pool_);                           // issue 15: administration in the browser
    AddOwnDataRoutes(router_, *pool_);                         // issue 15: own data uploaded in the browser
    AddSimilarRoutes(router_, *pool_);  // issue 15: similar municipalities and signals on the profile
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

bool App::HasValidSession(const HttpRequest& request) const {
    const auto token =
        CookieValue(request, options_.secure_cookies ? kSecureSessionCookie : kSessionCookie).value_or("");
    if (token.empty()) return false;
    try {
        return SessionIsValid(*pool_->Borrow(), token, std::chrono::system_clock::now());
    } catch (const std::exception& e) {
        spdlog::error("sessiecontrole: {}", e.what());
        return false;
    }
}

HttpResponse App::Handle(const HttpRequest& request) const {
    const std::string request_id = NextRequestId();
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
        spdlog::error("verzoek {}: {} {}: {}", request_id, request.method, request.path, e.what());
        response = InternalErrorReply(request_id);
    }
    if (response.status == 500 && response.body.find(request_id) == std::string::npos) {
        spdlog::error("verzoek {}: {} {} -> 500: {}", request_id, request.method, request.path, response.body);
        response = InternalErrorReply(request_id);
    } else if (response.status > 500) {
        NameRequestInReply(request, request_id, response);
    }
    response.headers.emplace_back("X-Request-Id", request_id);
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
