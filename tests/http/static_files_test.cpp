#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace kompas {
namespace {

class StaticFilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        root_ = std::filesystem::temp_directory_path() /
                ("kompas-static-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(root_ / "web" / "assets");
        std::ofstream(root_ / "web" / "index.html") << "<!doctype html><div id=\"root\"></div>";
        std::ofstream(root_ / "web" / "assets" / "app-1234.js") << "console.log(1)";
        std::ofstream(root_ / "secret.txt") << "geheim";
    }
    void TearDown() override { std::filesystem::remove_all(root_); }

    HttpResponse Get(const std::string& path) const {
        HttpRequest request;
        request.method = "GET";
        request.path = path;
        return StaticFiles(root_ / "web").Serve(request);
    }

    std::filesystem::path root_;
};

TEST_F(StaticFilesTest, ServesFilesWithTheirType) {
    const auto response = Get("/assets/app-1234.js");
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.body, "console.log(1)");
    EXPECT_EQ(response.content_type, "text/javascript; charset=utf-8");
}

TEST_F(StaticFilesTest, RoutesWithoutExtensionGetTheIndex) {
    for (const char* path : {"/", "/regio/WK003401"}) {
        const auto response = Get(path);
        EXPECT_EQ(response.status, 200) << path;
        EXPECT_EQ(response.content_type, "text/html; charset=utf-8") << path;
    }
}

TEST_F(StaticFilesTest, NeverLeavesTheRoot) {
    for (const char* path : {"/../secret.txt", "/assets/../../secret.txt", "/../../../etc/passwd"}) {
        const auto response = Get(path);
        EXPECT_EQ(response.status, 404) << path;
        EXPECT_EQ(response.body.find("geheim"), std::string::npos) << path;
    }
}

TEST_F(StaticFilesTest, MissingFileIs404) { EXPECT_EQ(Get("/assets/missing.js").status, 404); }

}  // namespace
}  // namespace kompas
