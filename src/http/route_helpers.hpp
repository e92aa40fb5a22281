// What the route files share: the clock, the caller of a signed-in route, and the shape of
// every write (read the JSON body, then act on the value).
#pragma once

#include <chrono>

#include "core/account.hpp"
#include "http/body.hpp"
#include "http/router.hpp"
#include "http/session_context.hpp"

namespace kompas {

inline TimePoint Now() { return std::chrono::system_clock::now(); }

// Only for routes with Access::kSignedIn, where the session is always set.
inline const Caller& CallerOf(const RequestContext& context) { return context.session->caller; }

// Reads the JSON body with `read`, then calls `act` with the value; errors become responses.
template <typename Read, typename Act>
HttpResponse WithBody(const RequestContext& context, Read read, Act act) {
    auto body = ParseJsonObject(context.request);
    if (!body) return ErrorResponse(body.error());
    auto input = read(*body);
    if (!input) return ErrorResponse(input.error());
    // What `read` took from the document is its own; free the document before acting, which may
    // take long: for an upload it holds the whole file in base64.
    *body = nlohmann::json();
    return act(*input);
}

}  // namespace kompas
