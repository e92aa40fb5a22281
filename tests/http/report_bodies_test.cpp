// Kept report bodies: found under their key, the oldest dropped beyond the budget, and sent
// gzipped exactly when the client accepts it.
#include "http/report_bodies.hpp"

#include <gtest/gtest.h>

#include "http/compression.hpp"

namespace kompas {
namespace {

std::string Json(std::size_t bytes) { return "{\"x\":\"" + std::string(bytes, 'a') + "\"}"; }

TEST(ReportBodies, KeepsWhatWasPutUnderItsKey) {
    ReportBodies bodies;
    EXPECT_EQ(bodies.Find("v1|GM0363"), nullptr);
    const auto put = bodies.Put("v1|GM0363", Json(5000));
    ASSERT_NE(bodies.Find("v1|GM0363"), nullptr);
    EXPECT_EQ(bodies.Find("v1|GM0363")->json, Json(5000));
    EXPECT_TRUE(put->gzip.has_value());
    EXPECT_EQ(bodies.Find("v2|GM0363"), nullptr);
    // A second writer of the same key gets the first one's body.
    EXPECT_EQ(bodies.Put("v1|GM0363", Json(10)), put);
}

TEST(ReportBodies, DropsTheOldestBeyondTheBudget) {
    ReportBodies bodies(20000);
    bodies.Put("a", Json(9000));  // gzip of repeated letters is tiny
    bodies.Put("b", Json(9000));
    bodies.Put("c", Json(9000));
    EXPECT_EQ(bodies.Find("a"), nullptr);
    EXPECT_NE(bodies.Find("b"), nullptr);
    EXPECT_NE(bodies.Find("c"), nullptr);
    // One body larger than the whole budget is still kept (alone): it was just computed.
    bodies.Put("huge", Json(50000));
    EXPECT_NE(bodies.Find("huge"), nullptr);
    EXPECT_EQ(bodies.Find("c"), nullptr);
}

TEST(ReportBodies, GzipOnlyForAClientThatAcceptsIt) {
    ReportBodies bodies;
    const auto body = bodies.Put("k", Json(4000));
    HttpRequest plain;
    const HttpResponse a = BodyResponse(plain, *body);
    EXPECT_EQ(a.body, Json(4000));
    EXPECT_EQ(a.content_type, "application/json; charset=utf-8");
    HttpRequest gzip;
    gzip.headers["accept-encoding"] = "gzip, deflate";
    const HttpResponse b = BodyResponse(gzip, *body);
    EXPECT_EQ(b.body, *body->gzip);
    bool encoded = false, vary = false;
    for (const auto& [name, value] : b.headers) {
        encoded = encoded || (name == "Content-Encoding" && value == "gzip");
        vary = vary || (name == "Vary" && value == "Accept-Encoding");
    }
    EXPECT_TRUE(encoded);
    EXPECT_TRUE(vary);
}

}  // namespace
}  // namespace kompas
