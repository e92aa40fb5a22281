#include "ingest/content_hash.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <vector>

namespace kompas {
namespace {

constexpr std::size_t kHashBytes = crypto_generichash_BYTES;  // 32: BLAKE2b-256
constexpr std::size_t kBlockBytes = 1u << 16;

// One streaming BLAKE2b-256 computation; owns its state, not thread-safe.
class Hasher {
public:
    Hasher() { crypto_generichash_init(&state_, nullptr, 0, kHashBytes); }

    void Update(const void* data, std::size_t size) {
        crypto_generichash_update(&state_, static_cast<const unsigned char*>(data), size);
    }

    Result<void> UpdateFile(const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return Fail(ErrorCode::kNotFound, "kan " + file.string() + " niet openen om te hashen");
        std::vector<char> block(kBlockBytes);
        while (in) {
            in.read(block.data(), static_cast<std::streamsize>(block.size()));
            Update(block.data(), static_cast<std::size_t>(in.gcount()));
        }
        if (in.bad()) return Fail(ErrorCode::kUnavailable, "leesfout in " + file.string());
        return {};
    }

    std::string Hex() {
        std::array<unsigned char, kHashBytes> digest{};
        crypto_generichash_final(&state_, digest.data(), digest.size());
        std::array<char, kHashBytes * 2 + 1> hex{};
        sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
        return std::string(hex.data());
    }

private:
    crypto_generichash_state state_{};
};

Result<void> InitSodium() {
    static const int status = sodium_init();  // thread-safe one-time init; 1 means "already"
    if (status < 0) return Fail(ErrorCode::kInternal, "libsodium kon niet starten");
    return {};
}

void UpdateSize(Hasher& hasher, std::uint64_t size) {
    std::array<unsigned char, 8> bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<unsigned char>(size >> (8 * i));
    hasher.Update(bytes.data(), bytes.size());
}

}  // namespace

Result<std::string> HashFile(const std::filesystem::path& file) {
    if (auto init = InitSodium(); !init) return std::unexpected(init.error());
    Hasher hasher;
    if (auto read = hasher.UpdateFile(file); !read) return std::unexpected(read.error());
    return hasher.Hex();
}

Result<std::string> HashBytes(std::string_view bytes) {
    if (auto init = InitSodium(); !init) return std::unexpected(init.error());
    Hasher hasher;
    hasher.Update(bytes.data(), bytes.size());
    return hasher.Hex();
}

Result<std::string> HashFolder(const std::filesystem::path& folder) {
    if (auto init = InitSodium(); !init) return std::unexpected(init.error());
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        std::error_code type_ec;
        if (entry.is_regular_file(type_ec)) files.push_back(entry.path());
    }
    if (ec) return Fail(ErrorCode::kNotFound, "kan de map " + folder.string() + " niet lezen: " + ec.message());
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.filename().string() < b.filename().string(); });
    Hasher hasher;
    for (const auto& file : files) {
        const std::string name = file.filename().string();
        hasher.Update(name.data(), name.size() + 1);  // with its terminating NUL as separator
        std::error_code size_ec;
        UpdateSize(hasher, std::filesystem::file_size(file, size_ec));
        if (auto read = hasher.UpdateFile(file); !read) return std::unexpected(read.error());
    }
    return hasher.Hex();
}

Result<std::string> HashFiles(const std::map<std::string, std::string>& files) {
    if (auto init = InitSodium(); !init) return std::unexpected(init.error());
    Hasher hasher;
    for (const auto& [name, bytes] : files) {  // a std::map is in name order, as HashFolder sorts
        hasher.Update(name.data(), name.size() + 1);
        UpdateSize(hasher, bytes.size());
        hasher.Update(bytes.data(), bytes.size());
    }
    return hasher.Hex();
}

}  // namespace kompas
