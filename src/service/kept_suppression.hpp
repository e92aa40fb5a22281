// Where the outcome engine keeps each municipality's suppression beyond the process (issue 10): in
// the store (migration 0021), under the fingerprint of the municipality's trajectories. A server that
// starts again on the same trajectories then finds every suppression instead of computing it again.
#pragma once

#include <memory>
#include <mutex>

#include "engine/outcome_indicators.hpp"
#include "store/store.hpp"

namespace kompas {

// engine::KeptStatuses on a store connection of its own (a Store is used by one thread at a time:
// here behind a mutex). A read or write that fails is a miss: the suppression is then computed.
class StoreKeptStatuses final : public engine::KeptStatuses {
public:
    explicit StoreKeptStatuses(std::unique_ptr<Store> store) : store_(std::move(store)) {}

    std::optional<std::vector<Suppression>> Load(std::string_view municipality,
                                                 const engine::TableFingerprint& key) override;
    void Save(std::string_view municipality, const engine::TableFingerprint& key,
              std::span<const Suppression> statuses) override;

private:
    std::mutex mutex_;
    std::unique_ptr<Store> store_;
};

// The fingerprint as the store keeps it: 32 lower-case hex digits.
std::string FingerprintText(const engine::TableFingerprint& key);

}  // namespace kompas
