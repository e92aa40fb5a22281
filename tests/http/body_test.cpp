// Reading request bodies (http/body.hpp): the trajectory upload's fields, each error naming its
// field.
#include "http/body.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

TEST(ReadTrajectoryUploadTest, DecodesTheContent) {
    const auto upload = ReadTrajectoryUpload({{"filename", "trajecten.csv"}, {"content_base64", "YSxiCjEsMgo="}});
    ASSERT_TRUE(upload.has_value()) << upload.error().message;
    EXPECT_EQ(upload->filename, "trajecten.csv");
    EXPECT_EQ(upload->bytes, "a,b\n1,2\n");
    const auto wrapped = ReadTrajectoryUpload({{"filename", "x.csv"}, {"content_base64", "YSxi\r\nCjEsMgo="}});
    ASSERT_TRUE(wrapped.has_value());
    EXPECT_EQ(wrapped->bytes, "a,b\n1,2\n");
}

TEST(ReadTrajectoryUploadTest, ErrorsNameTheField) {
    const auto field = [](const nlohmann::json& body) {
        const auto upload = ReadTrajectoryUpload(body);
        EXPECT_FALSE(upload.has_value());
        if (upload) return std::string("accepted");
        EXPECT_EQ(upload.error().code, ErrorCode::kInvalidArgument);
        return upload.error().field;
    };
    EXPECT_EQ(field({{"content_base64", "YQ=="}}), "filename");
    EXPECT_EQ(field({{"filename", ""}, {"content_base64", "YQ=="}}), "filename");
    EXPECT_EQ(field({{"filename", 7}, {"content_base64", "YQ=="}}), "filename");
    EXPECT_EQ(field({{"filename", "x.csv"}}), "content_base64");
    EXPECT_EQ(field({{"filename", "x.csv"}, {"content_base64", nullptr}}), "content_base64");
    EXPECT_EQ(field({{"filename", "x.csv"}, {"content_base64", "not base64!"}}), "content_base64");
}

TEST(ParseJsonObjectTest, RefusesDeeplyNestedBodies) {
    const auto parse = [](std::string body) {
        HttpRequest request;
        request.body = std::move(body);
        return ParseJsonObject(request);
    };
    // 32 levels are fine (the object itself and 31 arrays), 33 are not, however the body continues.
    const auto at_limit = parse("{\"a\":" + std::string(31, '[') + std::string(31, ']') + "}");
    EXPECT_TRUE(at_limit.has_value());
    for (const std::size_t depth : {std::size_t{32}, std::size_t{500'000}}) {
        const auto deep = parse("{\"a\":" + std::string(depth, '[') + std::string(depth, ']') + "}");
        ASSERT_FALSE(deep.has_value()) << depth;
        EXPECT_EQ(deep.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(deep.error().field, "body");
        EXPECT_NE(deep.error().message.find("te diep genest"), std::string::npos) << deep.error().message;
    }
    // Brackets inside strings, escaped quotes included, do not count.
    const auto in_strings = parse("{\"a\":\"" + std::string(100, '[') + "\\\"" + std::string(100, '{') + "\"}");
    ASSERT_TRUE(in_strings.has_value());
    EXPECT_EQ((*in_strings)["a"].get<std::string>().size(), 201u);
}

}  // namespace
}  // namespace kompas
