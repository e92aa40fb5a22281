// Secrets: Argon2id parameters, token format, the audit hash chain.
#include "privacy/secrets.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "privacy/audit_chain.hpp"

namespace kompas {
namespace {

TEST(PasswordHash, IsArgon2idWithAtLeast19MiBAndTwoPasses) {
    const auto hash = HashPassword("een lang genoeg wachtwoord");
    ASSERT_TRUE(hash.has_value());
    std::smatch match;
    ASSERT_TRUE(std::regex_search(*hash, match, std::regex(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=\d+\$)")));
    EXPECT_GE(std::stol(match[1]), 19456);
    EXPECT_GE(std::stol(match[2]), 2);
    EXPECT_TRUE(VerifyPassword(*hash, "een lang genoeg wachtwoord"));
    EXPECT_FALSE(VerifyPassword(*hash, "een lang genoeg wachtwoorD"));
    EXPECT_FALSE(VerifyPassword("geen hash", "x"));
}

TEST(PasswordHash, SaltMakesEachHashDifferent) {
    EXPECT_NE(*HashPassword("hetzelfde wachtwoord"), *HashPassword("hetzelfde wachtwoord"));
}

TEST(Token, Has256RandomBitsAsHex) {
    std::set<std::string> seen;
    for (int i = 0; i < 100; ++i) {
        const std::string token = RandomToken();
        EXPECT_TRUE(std::regex_match(token, std::regex("[0-9a-f]{64}")));
        seen.insert(token);
    }
    EXPECT_EQ(seen.size(), 100u);
    EXPECT_TRUE(std::regex_match(NewId("org"), std::regex("org_[0-9a-f]{16}")));
    EXPECT_EQ(RandomPassword(20).size(), 20u);
}

TEST(Token, StoredHashIsBlake2b256HexAndNotTheToken) {
    const std::string token = RandomToken();
    const std::string hash = HashToken(token);
    EXPECT_TRUE(std::regex_match(hash, std::regex("[0-9a-f]{64}")));
    EXPECT_NE(hash, token);
    EXPECT_EQ(hash, HashToken(token));
}

AuditRecord Record(std::int64_t seq, const std::string& prev) {
    AuditRecord record;
    record.seq = seq;
    record.at = "2026-11-24T10:15:00Z";
    record.action = "create";
    record.object_type = "organisation";
    record.object_id = "org_1";
    record.result = "ok";
    record.remote = "127.0.0.1";
    record.prev_hash = prev;
    record.hash = AuditHash(prev, record);
    return record;
}

TEST(AuditChain, NullAndEmptyFieldsHashDifferently) {
    AuditRecord a = Record(1, "");
    AuditRecord b = a;
    b.person_id = "";
    EXPECT_NE(AuditHash("", a), AuditHash("", b));
}

TEST(AuditChain, ChangedRecordIsNamed) {
    AuditChainVerifier verifier;
    const AuditRecord first = Record(1, "");
    AuditRecord second = Record(2, first.hash);
    second.remote = "10.0.0.1";
    EXPECT_TRUE(verifier.Feed(first));
    EXPECT_FALSE(verifier.Feed(second));
    EXPECT_EQ(verifier.result().bad_seq, 2);
    EXPECT_EQ(verifier.result().reason, "is changed (hash differs)");
}

}  // namespace
}  // namespace kompas
