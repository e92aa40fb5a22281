#include "http/request_guard.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace kompas {
namespace {

HttpResponse Refuse(int status, ErrorCode code, std::string message, std::string field) {
    HttpResponse response = ErrorResponse(Error{code, std::move(message), std::move(field)});
    response.status = status;
    return response;
}

std::string Lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

bool IsStateChanging(std::string_view method) {
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

std::optional<std::string> CookieValue(const HttpRequest& request, std::string_view name) {
    const std::string header = request.Header("cookie");
    std::string_view rest = header;
    while (!rest.empty()) {
        const std::size_t semicolon = rest.find(';');
        const std::string_view pair = Trim(rest.substr(0, semicolon));
        rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
        const std::size_t eq = pair.find('=');
        if (eq != std::string_view::npos && Trim(pair.substr(0, eq)) == name) {
            return std::string(Trim(pair.substr(eq + 1)));
        }
    }
    return std::nullopt;
}

std::optional<HttpResponse> RequireJsonBody(const HttpRequest& request) {
    const std::string type = Lower(request.Header("content-type"));
    const std::string_view media = Trim(std::string_view(type).substr(0, type.find(';')));
    if (media == "application/json") return std::nullopt;
    return Refuse(415, ErrorCode::kInvalidArgument, "Stuur de gegevens als application/json", "content-type");
}

std::optional<HttpResponse> RequireSameOrigin(const HttpRequest& request, std::string_view public_origin, bool secure) {
    const std::string origin = Lower(request.Header("origin"));
    const std::string expected = public_origin.empty()
                                     ? std::string(secure ? "https://" : "http://") + Lower(request.Header("host"))
                                     : Lower(public_origin);
    if (!origin.empty() && origin == expected) return std::nullopt;
    return Refuse(403, ErrorCode::kForbidden, "Dit verzoek komt niet van Kompas zelf (Origin ontbreekt of klopt niet)",
                  "origin");
}

std::optional<HttpResponse> RequireCsrfToken(const HttpRequest& request, std::string_view expected) {
    const std::string given = request.Header("x-csrf-token");
    // Constant time in the length of the expected token: no early exit on the first difference.
    unsigned difference = given.size() == expected.size() ? 0u : 1u;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const char g = i < given.size() ? given[i] : '\0';
        difference |= static_cast<unsigned>(static_cast<unsigned char>(g) ^ static_cast<unsigned char>(expected[i]));
    }
    if (!expected.empty() && difference == 0) return std::nullopt;
    return Refuse(403, ErrorCode::kForbidden, "Het beveiligingstoken ontbreekt of klopt niet; laad de pagina opnieuw",
                  "x-csrf-token");
}

std::string SessionCookie(std::string_view token, bool secure, int max_age_seconds) {
    const std::string_view name = secure ? kSecureSessionCookie : kSessionCookie;
    std::string cookie = std::string(name) + "=" + std::string(token) +
                         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_seconds);
    if (secure) cookie += "; Secure";
    return cookie;
}

std::string ExpiredSessionCookie(bool secure) { return SessionCookie("", secure, 0); }

}  // namespace kompas
