// Secrets on libsodium: Argon2id password hashes, random tokens, ids and passwords, and the
// BLAKE2b hash under which session tokens are stored. Every function initialises libsodium
// once (thread-safe) and may be called from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kompas {

// Argon2id cost: OWASP's minimum of 19 MiB memory and 2 passes (libsodium's interactive limit).
inline constexpr std::size_t kPasswordHashMemory = std::size_t{19} * 1024 * 1024;
inline constexpr unsigned long long kPasswordHashPasses = 2;

// kInternal when libsodium cannot start (no randomness). Called by every function below.
Result<void> InitSodium();

// "$argon2id$v=19$m=19456,t=2,p=1$...": salt and parameters included.
Result<std::string> HashPassword(std::string_view password);
// False for a wrong password or a malformed hash; constant-time comparison inside libsodium.
bool VerifyPassword(std::string_view password_hash, std::string_view password);
// How many password verifications this process has run (a test seam for sign-in throttling).
std::uint64_t PasswordVerificationCount();
// A hash of a random password, made once: verify against it when an account does not exist,
// so that an unknown e-mail address costs as much time as a wrong password.
const std::string& DummyPasswordHash();

// `bytes` random bytes as lower-case hex (2 × bytes characters).
std::string RandomHex(std::size_t bytes);
// A session or CSRF token: 256 random bits as 64 hex characters.
std::string RandomToken();
// prefix + "_" + 16 random hex characters: "org_3f9a...".
std::string NewId(std::string_view prefix);
// `length` characters drawn uniformly from letters and digits (no look-alikes).
std::string RandomPassword(std::size_t length);

// Hex BLAKE2b-256 of the token: what the store keeps instead of the token.
std::string HashToken(std::string_view token);
// Hex BLAKE2b-256 of arbitrary bytes.
std::string Blake2bHex(std::string_view data);

}  // namespace kompas
