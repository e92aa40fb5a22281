#include "http/router.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

HttpRequest Get(std::string path) {
    HttpRequest request;
    request.method = "GET";
    request.path = std::move(path);
    return request;
}

Router TwoRoutes() {
    Router router;
    router.Add("GET", "/api/regions/{code}", [](const RequestContext& context) {
        return JsonResponse("\"detail " + context.params.at("code") + "\"");
    });
    router.Add(
        "GET", "/api/regions/{code}/profile",
        [](const RequestContext& context) { return JsonResponse("\"profile " + context.params.at("code") + "\""); },
        Access::kSignedIn);
    return router;
}

// Runs the matched handler without a session, or returns the router's refusal.
HttpResponse Dispatch(const Router& router, const HttpRequest& request) {
    auto found = router.Find(request);
    if (auto* refusal = std::get_if<HttpResponse>(&found)) return *refusal;
    const auto& match = std::get<Router::Match>(found);
    return match.route->handler(RequestContext{request, match.params, nullptr});
}

TEST(RouterTest, CapturesSegmentsAndPicksTheRouteOfTheRightLength) {
    const Router router = TwoRoutes();
    EXPECT_EQ(Dispatch(router, Get("/api/regions/GM0034")).body, "\"detail GM0034\"");
    EXPECT_EQ(Dispatch(router, Get("/api/regions/GM0034/profile")).body, "\"profile GM0034\"");
    EXPECT_EQ(Dispatch(router, Get("/api/regions/GM0034/profile/")).body, "\"profile GM0034\"");
}

TEST(RouterTest, UnknownPathIs404AndWrongMethodIs405) {
    const Router router = TwoRoutes();
    EXPECT_EQ(Dispatch(router, Get("/api/nothing")).status, 404);
    HttpRequest post = Get("/api/regions/GM0034");
    post.method = "POST";
    EXPECT_EQ(Dispatch(router, post).status, 405);
}

TEST(RouterTest, HeadIsAnsweredLikeGet) {
    const Router router = TwoRoutes();
    HttpRequest head = Get("/api/regions/GM0034");
    head.method = "HEAD";
    EXPECT_EQ(Dispatch(router, head).status, 200);
}

TEST(RouterTest, RoutesCarryTheirAccess) {
    const Router router = TwoRoutes();
    const auto detail = std::get<Router::Match>(router.Find(Get("/api/regions/GM0034")));
    const auto profile = std::get<Router::Match>(router.Find(Get("/api/regions/GM0034/profile")));
    EXPECT_EQ(detail.route->access, Access::kPublic);
    EXPECT_EQ(profile.route->access, Access::kSignedIn);
}

}  // namespace
}  // namespace kompas
