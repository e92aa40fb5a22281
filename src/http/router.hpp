// Routes a request to its handler by method and path pattern ("/api/regions/{code}/profile").
// Built once at start, then read-only: safe to use from many threads at once.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "http/message.hpp"

namespace kompas {

using PathParams = std::map<std::string, std::string>;
struct SessionContext;  // who is signed in; defined in http/session_context.hpp

// What a handler gets: the request, the captured path segments, and the session when the
// route needs one (never null then; null on public routes).
struct RequestContext {
    const HttpRequest& request;
    const PathParams& params;
    const SessionContext* session = nullptr;
};

using Handler = std::function<HttpResponse(const RequestContext&)>;

// Public routes answer anyone (open data, sign-in); the rest need a valid session.
enum class Access { kPublic, kSignedIn };

class Router {
public:
    struct Route {
        std::string method;
        std::vector<std::string> segments;  // "{name}" captures one segment
        Handler handler;
        Access access = Access::kPublic;
    };
    struct Match {
        const Route* route;
        PathParams params;
    };

    void Add(std::string method, std::string pattern, Handler handler, Access access = Access::kPublic);

    // The matching route, or the response for none: 404 when no pattern matches the path, 405
    // when one matches but not for this method. HEAD matches GET routes.
    std::variant<Match, HttpResponse> Find(const HttpRequest& request) const;

private:
    std::vector<Route> routes_;
};

}  // namespace kompas
