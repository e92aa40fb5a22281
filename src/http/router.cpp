#include "http/router.hpp"

#include <optional>

namespace kompas {
namespace {

std::vector<std::string> Split(std::string_view path) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start < path.size()) {
        const std::size_t slash = path.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        if (end > start) segments.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return segments;
}

std::optional<PathParams> MatchSegments(const std::vector<std::string>& pattern, const std::vector<std::string>& path) {
    if (pattern.size() != path.size()) return std::nullopt;
    PathParams params;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const std::string& p = pattern[i];
        if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
            params[p.substr(1, p.size() - 2)] = path[i];
        } else if (p != path[i]) {
            return std::nullopt;
        }
    }
    return params;
}

}  // namespace

void Router::Add(std::string method, std::string pattern, Handler handler, Access access) {
    routes_.push_back(Route{std::move(method), Split(pattern), std::move(handler), access});
}

std::variant<Router::Match, HttpResponse> Router::Find(const HttpRequest& request) const {
    const auto path = Split(request.path);
    bool path_matched = false;
    for (const auto& route : routes_) {
        auto params = MatchSegments(route.segments, path);
        if (!params) continue;
        path_matched = true;
        if (route.method == request.method || (route.method == "GET" && request.method == "HEAD")) {
            return Router::Match{&route, std::move(*params)};
        }
    }
    if (path_matched) {
        HttpResponse response = ErrorResponse(
            Error{ErrorCode::kInvalidArgument, "Methode " + request.method + " is hier niet toegestaan", "method"});
        response.status = 405;
        return response;
    }
    return ErrorResponse(Error{ErrorCode::kNotFound, "Onbekend adres " + request.path, "path"});
}

}  // namespace kompas
