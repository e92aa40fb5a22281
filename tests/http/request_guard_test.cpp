#include "http/request_guard.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

HttpRequest Post(std::map<std::string, std::string> headers) {
    HttpRequest request;
    request.method = "POST";
    request.path = "/api/collaborations";
    request.headers = std::move(headers);
    return request;
}

TEST(RequestGuardTest, OnlyWritingMethodsChangeState) {
    for (const char* method : {"POST", "PUT", "PATCH", "DELETE"}) EXPECT_TRUE(IsStateChanging(method)) << method;
    for (const char* method : {"GET", "HEAD", "OPTIONS"}) EXPECT_FALSE(IsStateChanging(method)) << method;
}

TEST(RequestGuardTest, FindsTheSessionCookieAmongOthers) {
    const auto request = Post({{"cookie", "theme=dark; kompas_session=abc123 ; other=x"}});
    EXPECT_EQ(CookieValue(request, kSessionCookie), "abc123");
    EXPECT_FALSE(CookieValue(request, "missing").has_value());
    EXPECT_FALSE(CookieValue(Post({}), kSessionCookie).has_value());
}

TEST(RequestGuardTest, WrongContentTypeIsRefusedWith415) {
    EXPECT_FALSE(RequireJsonBody(Post({{"content-type", "application/json; charset=utf-8"}})).has_value());
    EXPECT_FALSE(RequireJsonBody(Post({{"content-type", "Application/JSON"}})).has_value());
    for (const char* type : {"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
        const auto refusal = RequireJsonBody(Post({{"content-type", type}}));
        ASSERT_TRUE(refusal.has_value()) << type;
        EXPECT_EQ(refusal->status, 415);
    }
}

TEST(RequestGuardTest, OriginMustBeThisServer) {
    EXPECT_FALSE(RequireSameOrigin(Post({{"origin", "http://localhost:8080"}, {"host", "localhost:8080"}}), "", false)
                     .has_value());
    EXPECT_FALSE(RequireSameOrigin(Post({{"origin", "https://kompas.example.nl"}}), "https://kompas.example.nl", true)
                     .has_value());
    const HttpRequest cross = Post({{"origin", "https://evil.example"}, {"host", "localhost:8080"}});
    EXPECT_EQ(RequireSameOrigin(cross, "", false)->status, 403);
    const HttpRequest missing = Post({{"host", "localhost:8080"}});
    EXPECT_EQ(RequireSameOrigin(missing, "", false)->status, 403);
    const HttpRequest scheme = Post({{"origin", "http://localhost:8080"}, {"host", "localhost:8080"}});
    EXPECT_EQ(RequireSameOrigin(scheme, "", true)->status, 403) << "over TLS only https origins match";
}

TEST(RequestGuardTest, CsrfTokenMustMatchExactly) {
    EXPECT_FALSE(RequireCsrfToken(Post({{"x-csrf-token", "t0k3n"}}), "t0k3n").has_value());
    for (const char* given : {"", "t0k3", "t0k3n!", "T0K3N"}) {
        const auto refusal = RequireCsrfToken(Post({{"x-csrf-token", given}}), "t0k3n");
        ASSERT_TRUE(refusal.has_value()) << given;
        EXPECT_EQ(refusal->status, 403);
    }
    EXPECT_TRUE(RequireCsrfToken(Post({}), "").has_value()) << "an empty expected token never matches";
}

TEST(RequestGuardTest, SessionCookieFlags) {
    EXPECT_EQ(SessionCookie("abc", false, 43200),
              "kompas_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200");
    EXPECT_EQ(SessionCookie("abc", true, 60),
              "__Host-kompas_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=60; Secure");
    EXPECT_EQ(ExpiredSessionCookie(false), "kompas_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
}

}  // namespace
}  // namespace kompas
