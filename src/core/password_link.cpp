#include "core/password_link.hpp"

namespace kompas {

PasswordLinkState StateOf(const PasswordLinkRecord& link, TimePoint now) {
    if (link.used_at) return PasswordLinkState::kUsed;
    const auto expires = ParseUtc(link.expires_at);
    if (!expires || now >= *expires) return PasswordLinkState::kExpired;
    return PasswordLinkState::kValid;
}

PasswordLinkRecord NewPasswordLink(std::string token_hash, std::string person_id, TimePoint now) {
    return PasswordLinkRecord{std::move(token_hash), std::move(person_id), FormatUtc(now),
                              FormatUtc(now + kPasswordLinkLifetime), std::nullopt};
}

}  // namespace kompas
