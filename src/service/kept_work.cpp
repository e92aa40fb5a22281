#include "service/kept_work.hpp"

#include <atomic>
#include <deque>
#include <limits>
#include <thread>
#include <vector>

namespace kompas {

// Owned by the pool and by each of its threads, so that a thread still running a job after the
// pool is gone touches nothing that is gone.
struct ComputePool::Shared {
    std::mutex mutex;
    std::condition_variable_any wake;
    std::deque<std::function<void()>> queue;
    std::stop_source stop;
    std::vector<std::thread> threads;
    std::vector<bool> busy;  // per thread, under mutex
    std::chrono::milliseconds test_pause{0};
    std::atomic<std::size_t> waiters{0};
    std::atomic<std::size_t> max_waiters{std::numeric_limits<std::size_t>::max()};
};

ComputePool::ComputePool(std::size_t threads) : shared_(std::make_shared<Shared>()) {
    threads = std::max<std::size_t>(threads, 1);
    shared_->busy.assign(threads, false);
    for (std::size_t i = 0; i < threads; ++i) {
        shared_->threads.emplace_back([shared = shared_, i] { Work(shared, i); });
    }
}

void ComputePool::Work(const std::shared_ptr<Shared>& shared, std::size_t index) {
    const std::stop_token stop = shared->stop.get_token();
    std::unique_lock lock(shared->mutex);
    while (shared->wake.wait(lock, stop, [&shared] { return !shared->queue.empty(); }) && !stop.stop_requested()) {
        auto job = std::move(shared->queue.front());
        shared->queue.pop_front();
        shared->busy[index] = true;
        const auto pause = shared->test_pause;
        lock.unlock();
        if (pause.count() > 0) std::this_thread::sleep_for(pause);
        job();
        job = nullptr;  // what the job holds is let go on this thread, before the next wait
        lock.lock();
        shared->busy[index] = false;
    }
}

ComputePool::~ComputePool() {
    RequestStop();
    std::vector<std::thread> threads;
    std::vector<bool> busy;
    {
        std::lock_guard lock(shared_->mutex);
        threads.swap(shared_->threads);
        busy = shared_->busy;
    }
    // An idle thread ends at once; a busy one is not waited for (see the class comment).
    for (std::size_t i = 0; i < threads.size(); ++i) {
        if (busy[i]) {
            threads[i].detach();
        } else {
            threads[i].join();
        }
    }
}

bool ComputePool::Post(std::function<void()> job) {
    {
        std::lock_guard lock(shared_->mutex);
        if (shared_->stop.stop_requested()) return false;
        shared_->queue.push_back(std::move(job));
    }
    shared_->wake.notify_one();
    return true;
}

void ComputePool::RequestStop() {
    std::deque<std::function<void()>> dropped;
    {
        std::lock_guard lock(shared_->mutex);
        dropped.swap(shared_->queue);
    }
    shared_->stop.request_stop();  // wakes the idle threads and every KeptWork waiter
}

std::stop_token ComputePool::StopToken() const { return shared_->stop.get_token(); }

void ComputePool::SetMaxWaiters(std::size_t max_waiters) { shared_->max_waiters = max_waiters; }

bool ComputePool::BeginWait() {
    std::size_t now = shared_->waiters.load();
    do {
        if (now >= shared_->max_waiters) return false;
    } while (!shared_->waiters.compare_exchange_weak(now, now + 1));
    return true;
}

void ComputePool::EndWait() { --shared_->waiters; }

std::size_t ComputePool::Waiters() const { return shared_->waiters.load(); }

void ComputePool::SetTestPause(std::chrono::milliseconds pause) {
    std::lock_guard lock(shared_->mutex);
    shared_->test_pause = pause;
}

Error StillComputing(int retry_after_seconds) {
    Error error{ErrorCode::kUnavailable,
                "De cijfers worden nog berekend; probeer het over " + std::to_string(retry_after_seconds) +
                    (retry_after_seconds == 1 ? " seconde" : " seconden") + " opnieuw",
                ""};
    error.retry_after_seconds = retry_after_seconds;
    return error;
}

}  // namespace kompas
