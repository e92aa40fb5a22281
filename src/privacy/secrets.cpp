#include "privacy/secrets.hpp"

#include <sodium.h>

#include <array>
#include <atomic>
#include <mutex>
#include <stdexcept>

namespace kompas {
namespace {

std::string ToHex(const unsigned char* data, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), data, size);
    hex.pop_back();
    return hex;
}

// Randomness is needed for every secret; without it nothing may continue.
void MustInit() {
    if (!InitSodium()) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace

Result<void> InitSodium() {
    static const int initialised = sodium_init();
    if (initialised < 0) return Fail(ErrorCode::kInternal, "libsodium kon niet starten");
    return {};
}

Result<std::string> HashPassword(std::string_view password) {
    if (auto ready = InitSodium(); !ready) return std::unexpected(ready.error());
    std::array<char, crypto_pwhash_STRBYTES> hash{};
    if (crypto_pwhash_str_alg(hash.data(), password.data(), password.size(), kPasswordHashPasses, kPasswordHashMemory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Fail(ErrorCode::kUnavailable, "Onvoldoende geheugen om het wachtwoord te beveiligen");
    }
    return std::string(hash.data());
}

namespace {
std::atomic<std::uint64_t> password_verifications{0};
}  // namespace

std::uint64_t PasswordVerificationCount() { return password_verifications.load(); }

bool VerifyPassword(std::string_view password_hash, std::string_view password) {
    ++password_verifications;
    if (!InitSodium()) return false;
    if (password_hash.empty() || password_hash.size() >= crypto_pwhash_STRBYTES) return false;
    std::array<char, crypto_pwhash_STRBYTES> hash{};
    std::copy(password_hash.begin(), password_hash.end(), hash.begin());
    return crypto_pwhash_str_verify(hash.data(), password.data(), password.size()) == 0;
}

const std::string& DummyPasswordHash() {
    static const std::string hash = [] {
        auto made = HashPassword(RandomToken());
        return made ? *made : std::string("$argon2id$v=19$m=19456,t=2,p=1$invalid");
    }();
    return hash;
}

std::string RandomHex(std::size_t bytes) {
    MustInit();
    std::string buffer(bytes, '\0');
    randombytes_buf(buffer.data(), buffer.size());
    std::string hex = ToHex(reinterpret_cast<const unsigned char*>(buffer.data()), buffer.size());
    sodium_memzero(buffer.data(), buffer.size());
    return hex;
}

std::string RandomToken() { return RandomHex(32); }

std::string NewId(std::string_view prefix) { return std::string(prefix) + "_" + RandomHex(8); }

std::string RandomPassword(std::size_t length) {
    MustInit();
    static constexpr std::string_view kAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string password;
    password.reserve(length);
    for (std::size_t i = 0; i < length; ++i) {
        password += kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))];
    }
    return password;
}

std::string Blake2bHex(std::string_view data) {
    MustInit();
    std::array<unsigned char, 32> digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                       nullptr, 0);
    return ToHex(digest.data(), digest.size());
}

std::string HashToken(std::string_view token) { return Blake2bHex(token); }

}  // namespace kompas
