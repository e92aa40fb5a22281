#include "ingest/content_hash.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace kompas {
namespace {

class ContentHashTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("kompas_hash_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_ / "a");
        std::filesystem::create_directories(dir_ / "b");
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    void Write(const std::filesystem::path& file, const std::string& text) {
        std::ofstream(dir_ / file, std::ios::binary) << text;
    }

    std::filesystem::path dir_;
};

TEST_F(ContentHashTest, SameContentSameHash) {
    Write("a/x.json", "{\"value\":[]}");
    Write("b/x.json", "{\"value\":[]}");
    const auto a = HashFile(dir_ / "a/x.json");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->size(), 64u);
    EXPECT_EQ(*a, HashFile(dir_ / "b/x.json").value());
    EXPECT_EQ(HashFolder(dir_ / "a").value(), HashFolder(dir_ / "b").value());
}

TEST_F(ContentHashTest, KnownBlake2bOfNothing) {
    Write("a/empty", "");
    EXPECT_EQ(HashFile(dir_ / "a/empty").value(), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

TEST_F(ContentHashTest, DifferentContentDifferentHash) {
    Write("a/x.json", "1");
    Write("b/x.json", "2");
    EXPECT_NE(HashFile(dir_ / "a/x.json").value(), HashFile(dir_ / "b/x.json").value());
    EXPECT_NE(HashFolder(dir_ / "a").value(), HashFolder(dir_ / "b").value());
}

TEST_F(ContentHashTest, FolderHashSeesNamesAndBoundaries) {
    Write("a/p", "ab");
    Write("a/q", "c");
    Write("b/p", "a");
    Write("b/q", "bc");
    EXPECT_NE(HashFolder(dir_ / "a").value(), HashFolder(dir_ / "b").value());
}

TEST_F(ContentHashTest, MissingFileIsAnError) {
    EXPECT_FALSE(HashFile(dir_ / "nope"));
    EXPECT_FALSE(HashFolder(dir_ / "nope"));
}

}  // namespace
}  // namespace kompas
