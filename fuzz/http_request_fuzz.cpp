// libFuzzer target: the bytes a client sends, through the Boost.Beast request parser configured
// as the server configures it (header limit, the body limit chosen once the header is read),
// then the server's own steps: the target split and decoded, the header names lower-cased.
#include <algorithm>
#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>
#include <cctype>

#include "fuzz_util.hpp"
#include "http/message.hpp"
#include "http/server.hpp"

namespace {

namespace http = boost::beast::http;

// Feeds `bytes` to the parser as a socket would; false on a parse error or when it needs more.
bool Feed(http::request_parser<http::string_body>& parser, std::string_view& bytes, bool header_only) {
    boost::beast::error_code ec;
    while (!bytes.empty() && !(header_only ? parser.is_header_done() : parser.is_done())) {
        const std::size_t used = parser.put(boost::asio::buffer(bytes.data(), bytes.size()), ec);
        if (ec == http::error::need_more) return false;  // the socket would wait; the input has ended
        if (ec) return false;
        bytes.remove_prefix(used);
        if (used == 0) return false;
    }
    if (!header_only && bytes.empty() && !parser.is_done()) {
        parser.put_eof(ec);
        return !ec;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const kompas::ServerOptions options;
    std::string_view bytes = kompas::fuzz::AsText(data, size);
    while (!bytes.empty()) {  // keep-alive: one request after another on the same bytes
        http::request_parser<http::string_body> parser;
        parser.body_limit(std::max(options.body_limit, options.upload_body_limit));
        parser.header_limit(kompas::kRequestHeaderLimit);
        parser.eager(false);
        if (!Feed(parser, bytes, true) || !parser.is_header_done()) return 0;
        const auto& header = parser.get();
        const bool upload = header.method() == http::verb::post && header.target() == "/api/trajectories/uploads";
        const std::uint64_t limit = upload ? options.upload_body_limit : options.body_limit;
        if (parser.content_length().value_or(0) > limit) return 0;
        parser.body_limit(limit);
        parser.eager(true);
        if (!parser.is_done() && !Feed(parser, bytes, false)) return 0;
        if (!parser.is_done()) return 0;
        auto message = parser.release();
        auto request = kompas::ParseTarget(std::string_view(message.target().data(), message.target().size()));
        if (!request) continue;
        request->method = std::string(message.method_string());
        request->body = std::move(message.body());
        for (const auto& field : message) {
            std::string name(field.name_string());
            std::transform(name.begin(), name.end(), name.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            request->headers[std::move(name)] = std::string(field.value());
        }
        (void)request->Header("content-type");
        (void)request->Param("q");
        if (!message.keep_alive()) return 0;
    }
    return 0;
}
