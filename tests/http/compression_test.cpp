#include "http/compression.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <string>
#include <utility>

namespace kompas {
namespace {

// Inflates a gzip stream with zlib, independently of Gzip's settings.
std::string Gunzip(const std::string& data) {
    z_stream stream{};
    EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
    std::string out(1 << 20, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(stream.total_out);
    inflateEnd(&stream);
    return out;
}

TEST(Compression, ReadsAcceptEncodingWithItsQValues) {
    EXPECT_TRUE(AcceptsGzip("gzip"));
    EXPECT_TRUE(AcceptsGzip("gzip, deflate, br"));
    EXPECT_TRUE(AcceptsGzip("br;q=1.0, GZIP;q=0.5"));
    EXPECT_TRUE(AcceptsGzip("*"));
    EXPECT_TRUE(AcceptsGzip("identity, *;q=0.1"));
    EXPECT_FALSE(AcceptsGzip(""));
    EXPECT_FALSE(AcceptsGzip("identity"));
    EXPECT_FALSE(AcceptsGzip("br, deflate"));
    EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
    EXPECT_FALSE(AcceptsGzip("gzip;q=0.000"));
    EXPECT_FALSE(AcceptsGzip("*, gzip;q=0"));  // the explicit entry wins
    EXPECT_FALSE(AcceptsGzip("gzip;q=abc"));
}

TEST(Compression, GzipRoundTripsAndShrinksJson) {
    std::string json = "[";
    for (int i = 0; i < 2000; ++i) json += R"({"value":null,"suppressed":true},)";
    json += "0]";
    const auto compressed = Gzip(json);
    ASSERT_TRUE(compressed.has_value());
    EXPECT_LT(compressed->size(), json.size() / 20);
    EXPECT_EQ(Gunzip(*compressed), json);
    EXPECT_EQ(Gunzip(*Gzip("")), "");
}

TEST(Compression, CompressesALargeBodyOnlyWhenTheClientAcceptsIt) {
    HttpRequest request;
    HttpResponse response;
    response.body = std::string(4000, 'a');
    CompressForClient(request, response);  // no Accept-Encoding: as it is, but varying
    EXPECT_EQ(response.body, std::string(4000, 'a'));
    ASSERT_EQ(response.headers.size(), 1u);
    EXPECT_EQ(response.headers[0], std::make_pair(std::string("Vary"), std::string("Accept-Encoding")));

    request.headers["accept-encoding"] = "gzip, deflate";
    HttpResponse large;
    large.body = std::string(4000, 'a');
    CompressForClient(request, large);
    EXPECT_EQ(Gunzip(large.body), std::string(4000, 'a'));
    EXPECT_NE(std::find(large.headers.begin(), large.headers.end(),
                        std::make_pair(std::string("Content-Encoding"), std::string("gzip"))),
              large.headers.end());

    HttpResponse small;
    small.body = std::string(kMinGzipBytes - 1, 'a');
    CompressForClient(request, small);
    EXPECT_EQ(small.body.size(), kMinGzipBytes - 1);
    EXPECT_TRUE(small.headers.empty());
}

}  // namespace
}  // namespace kompas
