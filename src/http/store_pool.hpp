// A fixed set of Stores (one database connection each) lent to one request at a time, so that
// worker threads never share a connection. Thread-safe.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.hpp"

namespace kompas {

class StorePool {
public:
    // Opens `size` connections to `url`; fails if any cannot be opened.
    static Result<std::unique_ptr<StorePool>> Open(const std::string& url, std::size_t size);

    // Borrows a Store for the lifetime of the returned lease; blocks while all are lent out.
    class Lease {
    public:
        Lease(StorePool& pool, std::unique_ptr<Store> store) : pool_(&pool), store_(std::move(store)) {}
        Lease(Lease&&) = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease() {
            if (store_) pool_->Return(std::move(store_));
        }
        Store& operator*() const { return *store_; }
        Store* operator->() const { return store_.get(); }

    private:
        StorePool* pool_;
        std::unique_ptr<Store> store_;
    };
    Lease Borrow();

private:
    void Return(std::unique_ptr<Store> store);

    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace kompas
