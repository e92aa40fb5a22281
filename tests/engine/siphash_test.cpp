// SipHash-2-4 against the reference values for the key 00 01 .. 0f and the messages 00 01 .. of 0 to
// 64 bytes (the same values as OpenSSL's SIPHASH with an 8-byte output, checked when this was written).
#include "engine/siphash.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kompas::engine {
namespace {

TEST(SipHash24, GivesTheReferenceValues) {
    const SipKey key{0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL};
    const std::vector<std::uint64_t> expected = {0x726fdb47dd0e0e31ULL, 0x93f5f5799a932462ULL, 0x3f2acc7f57c29bdbULL,
                                                 0xb8ad50c6f649af94ULL, 0x7127512f72f27cceULL, 0x0e3ea96b5304a7d0ULL,
                                                 0xe612a3cb9ecba951ULL, 0xb78dbfaf3a8d83bdULL, 0xacd2c40b8502cad8ULL};
    std::vector<std::uint64_t> message;
    for (std::size_t words = 0; words < expected.size(); ++words) {
        EXPECT_EQ(SipHash24(key, message), expected[words]) << 8 * words << " bytes";
        std::uint64_t word = 0;
        for (int b = 7; b >= 0; --b) word = word << 8 | (8 * words + static_cast<std::uint64_t>(b));
        message.push_back(word);
    }
}

TEST(SipHash24, DependsOnTheKey) {
    const std::vector<std::uint64_t> message = {1, 2, 3};
    EXPECT_NE(SipHash24({1, 2}, message), SipHash24({2, 1}, message));
    EXPECT_NE(SipHash24({1, 2}, message), SipHash24({1, 3}, message));
}

}  // namespace
}  // namespace kompas::engine
