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

}  // namespace
}  // namespace kompas
