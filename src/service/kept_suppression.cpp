#include "service/kept_suppression.hpp"

#include <fmt/format.h>

namespace kompas {

std::string FingerprintText(const engine::TableFingerprint& key) {
    return fmt::format("{:016x}{:016x}", key.high, key.low);
}

std::optional<std::vector<Suppression>> StoreKeptStatuses::Load(std::string_view municipality,
                                                                const engine::TableFingerprint& key) {
    std::lock_guard lock(mutex_);
    auto kept = store_->FindKeptSuppression(municipality);
    if (!kept || !*kept || (*kept)->fingerprint != FingerprintText(key)) return std::nullopt;
    std::vector<Suppression> statuses;
    statuses.reserve((*kept)->statuses.size());
    for (const char c : (*kept)->statuses) {
        if (c < '0' || c > '2') return std::nullopt;
        statuses.push_back(static_cast<Suppression>(c - '0'));
    }
    return statuses;
}

void StoreKeptStatuses::Save(std::string_view municipality, const engine::TableFingerprint& key,
                             std::span<const Suppression> statuses) {
    KeptSuppression kept{std::string(municipality), FingerprintText(key), {}};
    kept.statuses.reserve(statuses.size());
    for (const Suppression s : statuses) kept.statuses.push_back(static_cast<char>('0' + static_cast<int>(s)));
    std::lock_guard lock(mutex_);
    (void)store_->KeepSuppression(kept);  // a cache: what is not kept is computed again
}

}  // namespace kompas
