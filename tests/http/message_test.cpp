#include "http/message.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "service/kept_work.hpp"

namespace kompas {
namespace {

TEST(MessageTest, ParsesPathAndDecodedQuery) {
    const auto request = ParseTarget("/api/observations?region=GM0034%2CWK003401&indicator=A+B&empty").value();
    EXPECT_EQ(request.path, "/api/observations");
    EXPECT_EQ(request.Param("region"), "GM0034,WK003401");
    EXPECT_EQ(request.Param("indicator"), "A B");
    EXPECT_EQ(request.Param("empty"), "");
    EXPECT_EQ(request.Param("absent"), "");
}

TEST(MessageTest, RejectsBrokenEscapesAndRelativeTargets) {
    EXPECT_FALSE(ParseTarget("/api/x?a=%zz").has_value());
    EXPECT_FALSE(ParseTarget("/api/%4").has_value());
    EXPECT_FALSE(ParseTarget("api/x").has_value());
    EXPECT_FALSE(ParseTarget("").has_value());
}

TEST(MessageTest, EveryErrorCodeHasItsStatus) {
    EXPECT_EQ(HttpStatusFor(ErrorCode::kInvalidArgument), 400);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kUnauthenticated), 401);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kForbidden), 403);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kNotFound), 404);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kConflict), 409);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kUnavailable), 503);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kRateLimited), 429);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kInternal), 500);
}

TEST(MessageTest, ErrorBodyHasCodeMessageAndField) {
    const auto response = ErrorResponse(Error{ErrorCode::kNotFound, "Regio GM9999 is niet bekend", "region"});
    EXPECT_EQ(response.status, 404);
    const auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body["error"]["code"], "not_found");
    EXPECT_EQ(body["error"]["message"], "Regio GM9999 is niet bekend");
    EXPECT_EQ(body["error"]["field"], "region");
    for (const auto& [name, value] : response.headers) EXPECT_NE(name, "Retry-After");
}

// A report or funnel still being computed past the deadline (service/kept_work.hpp): 503, the
// usual error body in Dutch, and Retry-After with the hint.
TEST(MessageTest, StillComputingIs503WithRetryAfter) {
    const auto response = ErrorResponse(StillComputing(7));
    EXPECT_EQ(response.status, 503);
    const auto retry = std::find_if(response.headers.begin(), response.headers.end(),
                                    [](const auto& header) { return header.first == "Retry-After"; });
    ASSERT_NE(retry, response.headers.end());
    EXPECT_EQ(retry->second, "7");
    const auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body["error"]["code"], "unavailable");
    EXPECT_EQ(body["error"]["message"], "De cijfers worden nog berekend; probeer het over 7 seconden opnieuw");
}

}  // namespace
}  // namespace kompas

namespace kompas {
namespace {

// Regression: a path with bytes that are not UTF-8 made the error body's serialisation throw,
// turning a 404 into a 500.
TEST(MessageTest, ErrorAboutBytesThatAreNotUtf8IsStillAnError) {
    const auto response = ErrorResponse(Error{ErrorCode::kNotFound, "Onbekend adres /api/regions/\xff", "path"});
    EXPECT_EQ(response.status, 404);
    const auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body["error"]["code"], "not_found");
}

}  // namespace
}  // namespace kompas
