#include "engine/siphash.hpp"

#include <bit>

namespace kompas::engine {
namespace {

struct State {
    std::uint64_t v0, v1, v2, v3;

    void Round() {
        v0 += v1;
        v1 = std::rotl(v1, 13);
        v1 ^= v0;
        v0 = std::rotl(v0, 32);
        v2 += v3;
        v3 = std::rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = std::rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = std::rotl(v1, 17);
        v1 ^= v2;
        v2 = std::rotl(v2, 32);
    }
    void Absorb(std::uint64_t m) {
        v3 ^= m;
        Round();
        Round();
        v0 ^= m;
    }
};

}  // namespace

std::uint64_t SipHash24(const SipKey& key, std::span<const std::uint64_t> words) {
    State s{key[0] ^ 0x736f6d6570736575ULL, key[1] ^ 0x646f72616e646f6dULL, key[0] ^ 0x6c7967656e657261ULL,
            key[1] ^ 0x7465646279746573ULL};
    for (const std::uint64_t m : words) s.Absorb(m);
    // The last block: the message length in bytes (mod 256) in the top byte; no bytes are left over.
    s.Absorb(static_cast<std::uint64_t>(words.size() * 8) << 56);
    s.v2 ^= 0xff;
    for (int i = 0; i < 4; ++i) s.Round();
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

}  // namespace kompas::engine
