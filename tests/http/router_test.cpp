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
    router.Add("GET", "/api/regions/{code}", [](const HttpRequest&, const PathParams& params) {
        return JsonResponse("\"detail " + params.at("code") + "\"");
    });
    router.Add("GET", "/api/regions/{code}/profile", [](const HttpRequest&, const PathParams& params) {
        return JsonResponse("\"profile " + params.at("code") + "\"");
    });
    return router;
}

TEST(RouterTest, CapturesSegmentsAndPicksTheRouteOfTheRightLength) {
    const Router router = TwoRoutes();
    EXPECT_EQ(router.Dispatch(Get("/api/regions/GM0034")).body, "\"detail GM0034\"");
    EXPECT_EQ(router.Dispatch(Get("/api/regions/GM0034/profile")).body, "\"profile GM0034\"");
    EXPECT_EQ(router.Dispatch(Get("/api/regions/GM0034/profile/")).body, "\"profile GM0034\"");
}

TEST(RouterTest, UnknownPathIs404AndWrongMethodIs405) {
    const Router router = TwoRoutes();
    EXPECT_EQ(router.Dispatch(Get("/api/nothing")).status, 404);
    HttpRequest post = Get("/api/regions/GM0034");
    post.method = "POST";
    EXPECT_EQ(router.Dispatch(post).status, 405);
}

TEST(RouterTest, HeadIsAnsweredLikeGet) {
    const Router router = TwoRoutes();
    HttpRequest head = Get("/api/regions/GM0034");
    head.method = "HEAD";
    EXPECT_EQ(router.Dispatch(head).status, 200);
}

}  // namespace
}  // namespace kompas
