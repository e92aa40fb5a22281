#include "http/message.hpp"

#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>

namespace kompas {
namespace {

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Result<std::string> PercentDecode(std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            const int hi = i + 2 < text.size() ? HexValue(text[i + 1]) : -1;
            const int lo = i + 2 < text.size() ? HexValue(text[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                return Fail(ErrorCode::kInvalidArgument, "Ongeldige %-codering in het adres", "target");
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

}  // namespace

std::string HttpRequest::Param(const std::string& name) const {
    const auto it = query.find(name);
    return it == query.end() ? std::string() : it->second;
}

std::string HttpRequest::Header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

Result<HttpRequest> ParseTarget(std::string_view target) {
    if (target.empty() || target.front() != '/') {
        return Fail(ErrorCode::kInvalidArgument, "Het adres moet met / beginnen", "target");
    }
    HttpRequest request;
    const std::size_t question = target.find('?');
    auto path = PercentDecode(target.substr(0, question), false);
    if (!path) return std::unexpected(path.error());
    request.path = std::move(*path);
    if (question == std::string_view::npos) return request;
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) continue;
        const std::size_t eq = pair.find('=');
        auto key = PercentDecode(pair.substr(0, eq), true);
        auto value = PercentDecode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
        if (!key || !value) return Fail(ErrorCode::kInvalidArgument, "Ongeldige %-codering in de vraag", "query");
        request.query.emplace(std::move(*key), std::move(*value));
    }
    return request;
}

int HttpStatusFor(ErrorCode code) {
    switch (code) {
        case ErrorCode::kInvalidArgument:
            return 400;
        case ErrorCode::kUnauthenticated:
            return 401;
        case ErrorCode::kForbidden:
            return 403;
        case ErrorCode::kNotFound:
            return 404;
        case ErrorCode::kConflict:
            return 409;
        case ErrorCode::kUnavailable:
            return 503;
        case ErrorCode::kRateLimited:
            return 429;
        case ErrorCode::kInternal:
            return 500;
    }
    return 500;
}

namespace {

// "file:line:column" (an import error's field) -> line and column; nullopt for any other field.
std::optional<std::pair<std::int64_t, std::int64_t>> SourcePositionOf(std::string_view field) {
    const auto last = field.rfind(':');
    if (last == std::string_view::npos || last == 0) return std::nullopt;
    const auto middle = field.rfind(':', last - 1);
    if (middle == std::string_view::npos) return std::nullopt;
    std::int64_t line = 0, column = 0;
    const auto digits = [](std::string_view text, std::int64_t& out) {
        if (text.empty() || text.size() > 12) return false;
        return std::from_chars(text.data(), text.data() + text.size(), out).ptr == text.data() + text.size();
    };
    if (!digits(field.substr(middle + 1, last - middle - 1), line) || !digits(field.substr(last + 1), column)) {
        return std::nullopt;
    }
    return std::pair{line, column};
}

}  // namespace

HttpResponse ErrorResponse(const Error& error) {
    nlohmann::json body = {
        {"error", {{"code", ErrorCodeName(error.code)}, {"message", error.message}, {"field", error.field}}}};
    if (const auto at = SourcePositionOf(error.field)) {
        body["error"]["line"] = at->first;
        body["error"]["column"] = at->second;
    }
    // The message may quote the client's own bytes (a path, a parameter): never fail on them.
    HttpResponse response =
        JsonResponse(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), HttpStatusFor(error.code));
    if (error.retry_after_seconds > 0) {
        response.headers.emplace_back("Retry-After", std::to_string(error.retry_after_seconds));
    }
    return response;
}

HttpResponse JsonResponse(std::string body, int status) {
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

}  // namespace kompas
