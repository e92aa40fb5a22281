#include "core/password_policy.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>

#include "core/account.hpp"

namespace kompas {

// Generated at configure time from core/common_passwords.txt (src/CMakeLists.txt): lower-case, sorted.
std::span<const std::string_view> CommonPasswords();

std::optional<std::size_t> Utf8Length(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t code = 0;
        if (lead < 0x80) {
            code = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            code = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            code = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            code = lead & 0x07u;
        } else {
            return std::nullopt;
        }
        if (extra > 0 && i + extra >= text.size()) return std::nullopt;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return std::nullopt;
            code = (code << 6) | (next & 0x3Fu);
        }
        // Overlong forms, surrogates and values beyond Unicode are not valid UTF-8.
        if ((extra == 1 && code < 0x80) || (extra == 2 && code < 0x800) || (extra == 3 && code < 0x10000) ||
            code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return std::nullopt;
        }
        i += extra + 1;
        ++count;
    }
    return count;
}

bool IsCommonPassword(std::string_view password) {
    const std::string lower = AsciiLower(password);
    const auto list = CommonPasswords();
    return std::binary_search(list.begin(), list.end(), std::string_view(lower));
}

Result<void> CheckPasswordPolicy(std::string_view password) {
    const auto length = Utf8Length(password);
    if (!length) return Fail(ErrorCode::kInvalidArgument, "Het wachtwoord bevat ongeldige tekens", "password");
    if (*length < kMinPasswordLength) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("Het wachtwoord moet minstens {} tekens hebben", kMinPasswordLength), "password");
    }
    if (*length > kMaxPasswordLength) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("Het wachtwoord mag hoogstens {} tekens hebben", kMaxPasswordLength), "password");
    }
    if (IsCommonPassword(password)) {
        return Fail(ErrorCode::kInvalidArgument, "Dit wachtwoord is te bekend; kies een ander", "password");
    }
    return {};
}

}  // namespace kompas
