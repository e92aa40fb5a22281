#include "http/compression.hpp"

#include <zlib.h>

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace kompas {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// The q-value of one entry's parameters ("q=0.5"); 1 without one. A malformed value counts as 0.
double QValue(std::string_view parameters) {
    while (!parameters.empty()) {
        const auto semicolon = parameters.find(';');
        const std::string_view parameter = Trim(parameters.substr(0, semicolon));
        parameters = semicolon == std::string_view::npos ? std::string_view() : parameters.substr(semicolon + 1);
        if (parameter.size() < 2 || std::tolower(static_cast<unsigned char>(parameter[0])) != 'q' ||
            parameter[1] != '=') {
            continue;
        }
        const auto q = ParseDouble(parameter.substr(2));
        return q && *q >= 0.0 && *q <= 1.0 ? *q : 0.0;
    }
    return 1.0;
}

}  // namespace

bool AcceptsGzip(std::string_view accept_encoding) {
    std::optional<double> gzip, any;
    while (!accept_encoding.empty()) {
        const auto comma = accept_encoding.find(',');
        const std::string_view entry = accept_encoding.substr(0, comma);
        accept_encoding = comma == std::string_view::npos ? std::string_view() : accept_encoding.substr(comma + 1);
        const auto semicolon = entry.find(';');
        const std::string_view coding = Trim(entry.substr(0, semicolon));
        const double q = semicolon == std::string_view::npos ? 1.0 : QValue(entry.substr(semicolon + 1));
        if (EqualsIgnoringCase(coding, "gzip") || EqualsIgnoringCase(coding, "x-gzip")) gzip = q;
        if (coding == "*") any = q;
    }
    if (gzip) return *gzip > 0.0;
    return any && *any > 0.0;
}

std::optional<std::string> Gzip(std::string_view data) {
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return std::nullopt;
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const std::size_t written = stream.total_out;
    deflateEnd(&stream);
    if (result != Z_STREAM_END) return std::nullopt;
    out.resize(written);
    return out;
}

void CompressForClient(const HttpRequest& request, HttpResponse& response) {
    if (response.body.size() < kMinGzipBytes) return;
    for (const auto& [name, value] : response.headers) {
        if (EqualsIgnoringCase(name, "Content-Encoding")) return;
    }
    response.headers.emplace_back("Vary", "Accept-Encoding");
    if (!AcceptsGzip(request.Header("accept-encoding"))) return;
    auto compressed = Gzip(response.body);
    if (!compressed) return;  // sent as it is
    response.body = std::move(*compressed);
    response.headers.emplace_back("Content-Encoding", "gzip");
}

}  // namespace kompas
