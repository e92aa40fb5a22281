// Keyed client pseudonyms and their key file.
#include "privacy/pseudonym.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "privacy/secrets.hpp"

namespace kompas {
namespace {

namespace fs = std::filesystem;

Pseudonymiser::Key CountingKey(unsigned char first) {
    Pseudonymiser::Key key{};
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<unsigned char>(first + i);
    return key;
}

class PseudonymKeyFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kompas-pseudonym-" + RandomHex(8));
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    static unsigned Mode(const fs::path& file) {
        struct stat info {};
        EXPECT_EQ(::stat(file.c_str(), &info), 0);
        return info.st_mode & 07777;
    }
    fs::path dir_;
};

TEST(PseudonymTest, SameBsnSameKeyGivesSamePseudonym) {
    const auto p = Pseudonymiser::FromKeyForTest(CountingKey(0));
    EXPECT_EQ(p.Pseudonym("999900006"), p.Pseudonym("999900006"));
    EXPECT_NE(p.Pseudonym("999900006"), p.Pseudonym("111222333"));
    EXPECT_TRUE(std::regex_match(p.Pseudonym("999900006"), std::regex("[0-9a-f]{64}")));
}

TEST(PseudonymTest, IsKeyedBlake2bOverTheDomainPrefix) {
    // Python: hashlib.blake2b(b"kompas-client-v1:999900006", key=bytes(range(32)), digest_size=32)
    const auto p = Pseudonymiser::FromKeyForTest(CountingKey(0));
    EXPECT_EQ(p.Pseudonym("999900006"), "2200e14e4e67dc640b4ac00673670ce85e7e965a4aee1010863c620a63aff996");
    // Not the unkeyed hash of the BSN, nor of the prefixed text.
    EXPECT_NE(p.Pseudonym("999900006"), Blake2bHex("999900006"));
    EXPECT_NE(p.Pseudonym("999900006"), Blake2bHex("kompas-client-v1:999900006"));
}

TEST(PseudonymTest, DifferentKeyGivesDifferentPseudonym) {
    const auto a = Pseudonymiser::FromKeyForTest(CountingKey(0));
    const auto b = Pseudonymiser::FromKeyForTest(CountingKey(1));
    EXPECT_NE(a.Pseudonym("999900006"), b.Pseudonym("999900006"));
}

TEST(PseudonymTest, NeverContainsTheBsnDigits) {
    const auto p = Pseudonymiser::FromKeyForTest(CountingKey(7));
    std::set<std::string> seen;
    for (const char* bsn : {"999900006", "111222333", "123456782", "100000009", "010000008", "999990019"}) {
        const std::string pseudonym = p.Pseudonym(bsn);
        EXPECT_EQ(pseudonym.find(bsn), std::string::npos) << bsn;
        EXPECT_TRUE(seen.insert(pseudonym).second);
    }
}

TEST(PseudonymTest, MovingKeepsTheKey) {
    auto a = Pseudonymiser::FromKeyForTest(CountingKey(3));
    const std::string before = a.Pseudonym("999900006");
    Pseudonymiser b(std::move(a));
    EXPECT_EQ(b.Pseudonym("999900006"), before);
    auto c = Pseudonymiser::FromKeyForTest(CountingKey(9));
    c = std::move(b);
    EXPECT_EQ(c.Pseudonym("999900006"), before);
}

TEST_F(PseudonymKeyFileTest, CreatesA32ByteKeyWithMode0600AndReusesIt) {
    const fs::path file = dir_ / "pseudonym.key";
    auto first = Pseudonymiser::LoadOrCreateKey(file);
    ASSERT_TRUE(first.has_value()) << first.error().message;
    EXPECT_EQ(fs::file_size(file), 32u);
    EXPECT_EQ(Mode(file), 0600u);
    auto second = Pseudonymiser::LoadOrCreateKey(file);
    ASSERT_TRUE(second.has_value()) << second.error().message;
    EXPECT_EQ(first->Pseudonym("999900006"), second->Pseudonym("999900006"));

    // A second file gets a fresh random key.
    auto other = Pseudonymiser::LoadOrCreateKey(dir_ / "other.key");
    ASSERT_TRUE(other.has_value());
    EXPECT_NE(first->Pseudonym("999900006"), other->Pseudonym("999900006"));
}

TEST_F(PseudonymKeyFileTest, Mode0600EvenWithUmaskZero) {
    const mode_t old = ::umask(0);
    auto made = Pseudonymiser::LoadOrCreateKey(dir_ / "pseudonym.key");
    ::umask(old);
    ASSERT_TRUE(made.has_value()) << made.error().message;
    EXPECT_EQ(Mode(dir_ / "pseudonym.key"), 0600u);
}

TEST_F(PseudonymKeyFileTest, RefusesAKeyFileOthersMayRead) {
    const fs::path file = dir_ / "pseudonym.key";
    ASSERT_TRUE(Pseudonymiser::LoadOrCreateKey(file).has_value());
    for (const unsigned mode : {0644u, 0640u, 0604u, 0620u, 0602u}) {
        ASSERT_EQ(::chmod(file.c_str(), mode), 0);
        auto refused = Pseudonymiser::LoadOrCreateKey(file);
        ASSERT_FALSE(refused.has_value()) << std::oct << mode;
        EXPECT_EQ(refused.error().code, ErrorCode::kUnavailable);
        EXPECT_NE(refused.error().message.find("chmod 600"), std::string::npos) << refused.error().message;
    }
    ASSERT_EQ(::chmod(file.c_str(), 0400), 0);  // read-only for the owner is fine
    EXPECT_TRUE(Pseudonymiser::LoadOrCreateKey(file).has_value());
}

TEST_F(PseudonymKeyFileTest, RefusesAKeyFileOfTheWrongSize) {
    for (const std::size_t size : {0u, 31u, 33u, 64u}) {
        const fs::path file = dir_ / ("size" + std::to_string(size) + ".key");
        {
            std::ofstream out(file, std::ios::binary);
            out << std::string(size, 'k');
        }
        ASSERT_EQ(::chmod(file.c_str(), 0600), 0);
        auto refused = Pseudonymiser::LoadOrCreateKey(file);
        ASSERT_FALSE(refused.has_value()) << size;
        EXPECT_EQ(refused.error().code, ErrorCode::kUnavailable);
        EXPECT_NE(refused.error().message.find("32 bytes"), std::string::npos);
        EXPECT_EQ(fs::file_size(file), size);  // left alone, never overwritten
    }
}

TEST_F(PseudonymKeyFileTest, RefusesADirectoryASymlinkAndAMissingDirectory) {
    fs::create_directories(dir_ / "adir");
    ::chmod((dir_ / "adir").c_str(), 0700);
    EXPECT_FALSE(Pseudonymiser::LoadOrCreateKey(dir_ / "adir").has_value());

    const fs::path real = dir_ / "real.key";
    ASSERT_TRUE(Pseudonymiser::LoadOrCreateKey(real).has_value());
    fs::create_symlink(real, dir_ / "link.key");
    auto via_link = Pseudonymiser::LoadOrCreateKey(dir_ / "link.key");
    ASSERT_FALSE(via_link.has_value());
    EXPECT_EQ(via_link.error().code, ErrorCode::kUnavailable);

    auto missing = Pseudonymiser::LoadOrCreateKey(dir_ / "no/such/dir/pseudonym.key");
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace kompas
