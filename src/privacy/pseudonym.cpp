#include "privacy/pseudonym.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "privacy/secrets.hpp"

namespace kompas {
namespace {

constexpr std::string_view kDomain = "kompas-client-v1:";

// Closes a file descriptor when it goes out of scope.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_;
};

std::unexpected<Error> Unavailable(const std::filesystem::path& file, std::string_view what, int error = 0) {
    std::string message = "Sleutelbestand " + file.string() + ": " + std::string(what);
    if (error != 0) message += " (" + std::string(std::strerror(error)) + ")";
    return Fail(ErrorCode::kUnavailable, std::move(message), "key_file");
}

// Reads exactly `size` bytes; false on a short read or an error.
bool ReadAll(int fd, unsigned char* data, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool WriteAll(int fd, const unsigned char* data, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Makes a new key file; EEXIST in `error` when another process was first.
Result<void> CreateKeyFile(const std::filesystem::path& file, int& error) {
    error = 0;
    Fd fd(::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR));
    if (fd.get() < 0) {
        error = errno;
        return Unavailable(file, "kan het sleutelbestand niet aanmaken", error);
    }
    // The mode given to open() is already 0600 minus the umask; set it exactly anyway.
    if (::fchmod(fd.get(), S_IRUSR | S_IWUSR) != 0) {
        const int failure = errno;
        ::unlink(file.c_str());
        return Unavailable(file, "kan de rechten van het sleutelbestand niet zetten", failure);
    }
    Pseudonymiser::Key key{};
    randombytes_buf(key.data(), key.size());
    const bool written = WriteAll(fd.get(), key.data(), key.size()) && ::fsync(fd.get()) == 0;
    const int failure = errno;
    sodium_memzero(key.data(), key.size());
    if (!written || ::close(fd.release()) != 0) {
        ::unlink(file.c_str());
        return Unavailable(file, "kan de sleutel niet wegschrijven", failure);
    }
    // Make the new directory entry durable as well.
    const auto dir = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    Fd dir_fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir_fd.get() >= 0) ::fsync(dir_fd.get());
    return {};
}

}  // namespace

Result<Pseudonymiser> Pseudonymiser::LoadOrCreateKey(const std::filesystem::path& key_file) {
    if (auto ready = InitSodium(); !ready) return std::unexpected(ready.error());
    for (int attempt = 0; attempt < 2; ++attempt) {
        Fd fd(::open(key_file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (fd.get() < 0) {
            const int error = errno;
            if (error != ENOENT) return Unavailable(key_file, "kan het sleutelbestand niet openen", error);
            int create_error = 0;
            auto created = CreateKeyFile(key_file, create_error);
            if (!created && create_error != EEXIST) return std::unexpected(created.error());
            continue;  // read back what is now there
        }
        struct stat info {};
        if (::fstat(fd.get(), &info) != 0) return Unavailable(key_file, "kan het sleutelbestand niet lezen", errno);
        if (!S_ISREG(info.st_mode)) return Unavailable(key_file, "is geen gewoon bestand");
        if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
            return Unavailable(key_file,
                               "anderen dan de eigenaar hebben rechten op het sleutelbestand; zet de rechten op 0600 "
                               "(chmod 600)");
        }
        if (info.st_size != static_cast<off_t>(kKeyBytes)) {
            return Unavailable(key_file,
                               "heeft niet de juiste grootte (verwacht 32 bytes); het bestand is beschadigd "
                               "of geen sleutel van Kompas");
        }
        Key key{};
        if (!ReadAll(fd.get(), key.data(), key.size())) {
            sodium_memzero(key.data(), key.size());
            return Unavailable(key_file, "kan de sleutel niet lezen", errno);
        }
        Pseudonymiser pseudonymiser(key);
        sodium_memzero(key.data(), key.size());
        return pseudonymiser;
    }
    return Unavailable(key_file, "het sleutelbestand verdween tijdens het openen");
}

Pseudonymiser Pseudonymiser::FromKeyForTest(const Key& key) {
    (void)InitSodium();
    return Pseudonymiser(key);
}

Pseudonymiser::Pseudonymiser(const Key& key) : key_(key) {}

Pseudonymiser::Pseudonymiser(Pseudonymiser&& other) noexcept : key_(other.key_) {
    sodium_memzero(other.key_.data(), other.key_.size());
}

Pseudonymiser& Pseudonymiser::operator=(Pseudonymiser&& other) noexcept {
    if (this != &other) {
        key_ = other.key_;
        sodium_memzero(other.key_.data(), other.key_.size());
    }
    return *this;
}

Pseudonymiser::~Pseudonymiser() { sodium_memzero(key_.data(), key_.size()); }

void Pseudonymiser::Mac(std::string_view domain, std::string_view input, std::span<unsigned char> mac) const {
    crypto_generichash_state state;
    crypto_generichash_init(&state, key_.data(), key_.size(), mac.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(domain.data()), domain.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(input.data()), input.size());
    crypto_generichash_final(&state, mac.data(), mac.size());
    sodium_memzero(&state, sizeof state);
}

std::string Pseudonymiser::Pseudonym(std::string_view bsn) const {
    std::array<unsigned char, crypto_generichash_BYTES> mac{};
    Mac(kDomain, bsn, mac);
    std::string hex(mac.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
    hex.pop_back();
    return hex;
}

std::array<std::uint64_t, 2> Pseudonymiser::DerivedKey(std::string_view purpose) const {
    std::array<unsigned char, 16> mac{};
    Mac("kompas-derived-key-v1:", purpose, mac);
    std::array<std::uint64_t, 2> words{};
    for (std::size_t i = 0; i < mac.size(); ++i) words[i / 8] |= std::uint64_t{mac[i]} << (8 * (i % 8));
    sodium_memzero(mac.data(), mac.size());
    return words;
}

}  // namespace kompas
