// The checks every state-changing request passes before a handler runs: JSON content type,
// an Origin from this server, and the session's anti-forgery token. Pure functions over the
// request, so that each rule has its own test.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace kompas {

inline constexpr std::string_view kSessionCookie = "kompas_session";
inline constexpr std::string_view kSecureSessionCookie = "__Host-kompas_session";

// POST, PUT, PATCH and DELETE change state; GET, HEAD and OPTIONS do not.
bool IsStateChanging(std::string_view method);

// The value of cookie `name` in the Cookie header, if present.
std::optional<std::string> CookieValue(const HttpRequest& request, std::string_view name);

// A refusal (415) unless the body is declared as application/json.
std::optional<HttpResponse> RequireJsonBody(const HttpRequest& request);

// A refusal (403) unless the Origin header names this server: `public_origin` when set
// (e.g. "https://kompas.example.nl" behind a proxy), else the scheme and Host of the request.
std::optional<HttpResponse> RequireSameOrigin(const HttpRequest& request, std::string_view public_origin, bool secure);

// A refusal (403) unless X-CSRF-Token equals `expected`, compared in constant time.
std::optional<HttpResponse> RequireCsrfToken(const HttpRequest& request, std::string_view expected);

// Set-Cookie values for a new session and for signing out.
std::string SessionCookie(std::string_view token, bool secure, int max_age_seconds);
std::string ExpiredSessionCookie(bool secure);

}  // namespace kompas
