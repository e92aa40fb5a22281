// Gzip for responses (RFC 9110 §8.4 and §12.5.3): a large answer is sent compressed when the
// client's Accept-Encoding allows gzip. An outcome page of 5 MB of JSON shrinks to a few hundred KB.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace kompas {

// Whether an Accept-Encoding value allows gzip: "gzip" or "*" with a q-value above 0
// ("gzip;q=0" refuses it, and an explicit "gzip" entry wins over "*").
bool AcceptsGzip(std::string_view accept_encoding);

// The gzip stream of `data` (zlib, default level); nullopt only when zlib fails.
std::optional<std::string> Gzip(std::string_view data);

// Bodies smaller than this are sent as they are: compressing them saves less than it costs.
inline constexpr std::size_t kMinGzipBytes = 1024;

// Compresses the response in place when the request accepts gzip, the body is at least
// kMinGzipBytes and not compressed already; always adds "Vary: Accept-Encoding" to a body that
// could have been compressed, so that caches keep the two forms apart.
void CompressForClient(const HttpRequest& request, HttpResponse& response);

}  // namespace kompas
