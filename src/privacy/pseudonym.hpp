// Keyed pseudonyms for clients: the BSN of a delivered trajectory is replaced at the door by a
// BLAKE2b-256 MAC under a secret key that lives in a file next to the database. The same BSN gives
// the same pseudonym under the same key, so trajectories of one client can be linked (re-entry),
// while without the key the pseudonym cannot be turned back into a BSN by trying all 10^9 numbers.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kompas {

class Pseudonymiser {
public:
    static constexpr std::size_t kKeyBytes = 32;
    using Key = std::array<unsigned char, kKeyBytes>;

    // Reads the key from `key_file`, or creates it on first use: 32 random bytes in a new file with
    // mode 0600 (O_CREAT | O_EXCL, whatever the umask). kUnavailable, with a Dutch message, for a
    // key file of the wrong size, one that group or others may read or write, or one that is not a
    // regular file; kUnavailable as well when the file cannot be read or written.
    static Result<Pseudonymiser> LoadOrCreateKey(const std::filesystem::path& key_file);

    // For tests only: a pseudonymiser with a given key.
    static Pseudonymiser FromKeyForTest(const Key& key);

    Pseudonymiser(const Pseudonymiser&) = delete;
    Pseudonymiser& operator=(const Pseudonymiser&) = delete;
    // Moving leaves the source with a zeroed key; do not use it afterwards.
    Pseudonymiser(Pseudonymiser&& other) noexcept;
    Pseudonymiser& operator=(Pseudonymiser&& other) noexcept;
    ~Pseudonymiser();

    // 64 lower-case hex characters: keyed BLAKE2b-256 over "kompas-client-v1:" + bsn. Thread-safe.
    std::string Pseudonym(std::string_view bsn) const;

    // A 128-bit key for another purpose, derived from this key (keyed BLAKE2b over
    // "kompas-derived-key-v1:" + purpose): the same for as long as the key file stays. Thread-safe.
    std::array<std::uint64_t, 2> DerivedKey(std::string_view purpose) const;

private:
    explicit Pseudonymiser(const Key& key);
    // Keyed BLAKE2b over domain + input, of mac.size() bytes (16..64).
    void Mac(std::string_view domain, std::string_view input, std::span<unsigned char> mac) const;

    Key key_{};
};

}  // namespace kompas
