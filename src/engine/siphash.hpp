// SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed pseudo-random function with a 64-bit output.
// The outcome engine fingerprints a municipality's trajectories with it (ScopeCache): with a secret
// key nobody who uploads records can choose records whose fingerprints collide.
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace kompas::engine {

using SipKey = std::array<std::uint64_t, 2>;  // k0, k1: the key's bytes 0..7 and 8..15, little-endian

// SipHash-2-4 of the message whose bytes are `words`, each little-endian: the same value as the
// reference implementation gives for those 8 × words.size() bytes.
std::uint64_t SipHash24(const SipKey& key, std::span<const std::uint64_t> words);

}  // namespace kompas::engine
