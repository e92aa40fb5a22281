#include "http/store_pool.hpp"

namespace kompas {

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& url, std::size_t size) {
    auto pool = std::make_unique<StorePool>();
    for (std::size_t i = 0; i < size; ++i) {
        auto store = OpenStore(url);
        if (!store) return std::unexpected(store.error());
        pool->idle_.push_back(std::move(*store));
    }
    return pool;
}

StorePool::Lease StorePool::Borrow() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [this] { return !idle_.empty(); });
    auto store = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(store));
}

void StorePool::Return(std::unique_ptr<Store> store) {
    {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(store));
    }
    available_.notify_one();
}

}  // namespace kompas
