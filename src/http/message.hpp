// The server's own request and response values: what handlers see, free of Boost.Beast, so
// that routing and handlers can be tested without a socket.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace kompas {

struct HttpRequest {
    std::string method;  // "GET", "POST", ...
    std::string path;    // percent-decoded, without the query
    std::multimap<std::string, std::string> query;
    std::map<std::string, std::string> headers;  // names in lower case; a repeated header keeps its last value
    std::string body;
    std::string remote;  // client address, for logs and throttling

    // The first value of a query parameter, or "" when absent.
    std::string Param(const std::string& name) const;
    // A header by its lower-case name, or "" when absent.
    std::string Header(const std::string& name) const;
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

// Splits "/api/x?a=1&b=%20" into a percent-decoded path and query parameters. Returns
// invalid_argument for a malformed escape or a path that does not start with '/'.
Result<HttpRequest> ParseTarget(std::string_view target);

// The one table from protocol-neutral error codes to HTTP statuses.
int HttpStatusFor(ErrorCode code);

// `{ "error": { "code", "message", "field" } }` with the mapped status, and `Retry-After` when the
// error carries a retry-after hint (a 503 while figures are being computed).
HttpResponse ErrorResponse(const Error& error);
HttpResponse JsonResponse(std::string body, int status = 200);

}  // namespace kompas
