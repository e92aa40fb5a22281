// Heavy work off the request threads, with a deadline: results of costly computations (a
// municipality's suppressed report, a funnel) kept by key, each computed once on a small pool of
// compute threads, and waited for no longer than a deadline. Past the deadline the caller gets
// kUnavailable with a retry-after hint while the computation goes on; its result is kept for the
// retry. Thread-safe.
#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <utility>

#include "core/error.hpp"

namespace kompas {

// A few threads for heavy computations. RequestStop() drops the jobs that have not started, wakes
// everyone waiting in a KeptWork of this pool (they get kUnavailable at once) and sets the stop
// token, which a long job may check. The destructor does not wait for a running job: it is left
// to finish on its own, or to end with the process. So a job owns what it reads (by value or
// shared_ptr) and never refers to the pool's owner.
class ComputePool {
public:
    explicit ComputePool(std::size_t threads);
    ~ComputePool();
    ComputePool(const ComputePool&) = delete;
    ComputePool& operator=(const ComputePool&) = delete;

    // Queues `job`; false (and the job dropped) once stopping.
    bool Post(std::function<void()> job);
    void RequestStop();
    std::stop_token StopToken() const;

    // How many callers may wait for this pool's work at once (KeptWork::Get); the others do not
    // wait at all: they get kUnavailable with the hint at once, and the computation goes on. So
    // that waiting requests never hold every request worker (kompas serve: the workers less one).
    // Unlimited until set.
    void SetMaxWaiters(std::size_t max_waiters);
    // A place among the waiters, or false when they are full; EndWait gives it back.
    bool BeginWait();
    void EndWait();
    std::size_t Waiters() const;

    // For tests of deadlines and of stopping (kompas serve --test-compute-pause-ms): every job
    // first sleeps this long, deaf to the stop token, like a long computation that never checks it.
    // Set before the first Post.
    void SetTestPause(std::chrono::milliseconds pause);

private:
    struct Shared;
    static void Work(const std::shared_ptr<Shared>& shared, std::size_t index);
    std::shared_ptr<Shared> shared_;
};

// Seconds to wait before asking again, for an Error of kUnavailable.
Error StillComputing(int retry_after_seconds);

template <typename T>
class KeptWork {
public:
    using Compute = std::function<Result<T>()>;

    // At most `capacity` results are kept (a full store starts afresh) and at most `capacity`
    // computations wait or run at once (beyond: kUnavailable at once).
    KeptWork(ComputePool& pool, std::size_t capacity)
        : pool_(pool), shared_(std::make_shared<Shared>()), capacity_(capacity) {}

    // The result kept for `key`; otherwise the result of `compute`, run on the pool (once per key:
    // a caller that finds it running waits on the same run), waited for at most `wait` (not at all
    // when the pool has as many waiters as it allows: ComputePool::SetMaxWaiters). Past `wait`,
    // or when the pool stops: kUnavailable with retry_after_seconds, and the run goes on; its result
    // is kept for the next call. An error of the run goes to the callers waiting for it and is not
    // kept: the next call runs again.
    Result<T> Get(const std::string& key, Compute compute, std::chrono::milliseconds wait) {
        const auto deadline = std::chrono::steady_clock::now() + wait;
        const std::stop_token stop = pool_.StopToken();
        std::unique_lock lock(shared_->mutex);
        if (const auto found = shared_->kept.find(key); found != shared_->kept.end()) return found->second;
        if (stop.stop_requested()) return std::unexpected(StillComputing(WaitSeconds(wait)));
        std::shared_ptr<Run>& slot = shared_->running[key];
        if (!slot) {
            if (shared_->running.size() > capacity_) {
                shared_->running.erase(key);
                return std::unexpected(StillComputing(WaitSeconds(wait)));
            }
            slot = std::make_shared<Run>();
            const bool posted = pool_.Post([shared = shared_, run = slot, key, compute = std::move(compute),
                                            capacity = capacity_] { Execute(*shared, run, key, compute, capacity); });
            if (!posted) {
                shared_->running.erase(key);
                return std::unexpected(StillComputing(WaitSeconds(wait)));
            }
        }
        const std::shared_ptr<Run> run = slot;
        const bool may_wait = pool_.BeginWait();
        const bool finished =
            shared_->done.wait_until(lock, stop, may_wait ? deadline : Clock::now(), [&run] { return run->finished; });
        if (may_wait) pool_.EndWait();
        if (!finished) return std::unexpected(StillComputing(RetryAfter(*run, wait)));
        if (run->error) return std::unexpected(*run->error);
        return *run->value;
    }

    // The result kept for `key`, without computing.
    std::optional<T> Find(const std::string& key) const {
        std::lock_guard lock(shared_->mutex);
        const auto found = shared_->kept.find(key);
        return found == shared_->kept.end() ? std::nullopt : std::optional<T>(found->second);
    }

private:
    using Clock = std::chrono::steady_clock;

    struct Run {
        std::optional<Clock::time_point> started;
        bool finished = false;
        std::optional<T> value;
        std::optional<Error> error;
    };
    // Shared with the jobs, which may outlive this object (see ComputePool).
    struct Shared {
        std::mutex mutex;
        std::condition_variable_any done;
        std::map<std::string, T> kept;
        std::map<std::string, std::shared_ptr<Run>> running;
        Clock::duration last_run{};  // how long the last finished run took: the hint's estimate
    };

    static void Execute(Shared& shared, const std::shared_ptr<Run>& run, const std::string& key, const Compute& compute,
                        std::size_t capacity) {
        const auto started = Clock::now();
        {
            std::lock_guard lock(shared.mutex);
            run->started = started;
        }
        Result<T> result = Fail(ErrorCode::kInternal, "Interne fout bij het berekenen; zie het serverlogboek");
        try {
            result = compute();
        } catch (const std::exception&) {  // kept as kInternal: the handler's own catch would say the same
        }
        {
            std::lock_guard lock(shared.mutex);
            run->finished = true;
            shared.last_run = Clock::now() - started;
            if (result) {
                run->value = *result;
                if (shared.kept.size() >= capacity) shared.kept.clear();
                shared.kept.insert_or_assign(key, std::move(*result));
            } else {
                run->error = std::move(result.error());
            }
            shared.running.erase(key);
        }
        shared.done.notify_all();
    }

    static int WaitSeconds(std::chrono::milliseconds wait) {
        return std::max(1, static_cast<int>((wait.count() + 999) / 1000));
    }

    // Called with the mutex held: what is left of the last run's duration, else the wait itself.
    int RetryAfter(const Run& run, std::chrono::milliseconds wait) const {
        if (!run.started || shared_->last_run == Clock::duration{}) return WaitSeconds(wait);
        const auto left = shared_->last_run - (Clock::now() - *run.started);
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(left).count();
        return static_cast<int>(std::clamp<std::int64_t>(seconds, 1, 300));
    }

    ComputePool& pool_;
    std::shared_ptr<Shared> shared_;
    std::size_t capacity_;
};

}  // namespace kompas
