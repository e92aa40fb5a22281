// KeptWork and ComputePool without clocks that make a test slow: a job is held on a latch, so
// "the deadline passed" is a wait of 0 ms on a job that cannot have finished, and "the result is
// ready" a long wait that returns as soon as the job is let go.
#include "service/kept_work.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <latch>
#include <thread>

namespace kompas::testing {
namespace {

using namespace std::chrono_literals;

constexpr auto kNow = 0ms;   // the deadline has passed by the time anyone looks
constexpr auto kLong = 60s;  // never reached: the wait ends when the job does

class KeptWorkTest : public ::testing::Test {
protected:
    // A computation of `value` that waits for Release() and counts its runs. It owns what it
    // touches: the pool does not wait for it when a test ends.
    KeptWork<int>::Compute Held(int value) {
        return [runs = runs_, release = release_, value]() -> Result<int> {
            ++*runs;
            release->wait();
            return value;
        };
    }
    void Release() { release_->count_down(); }
    int Runs() const { return *runs_; }

    std::shared_ptr<std::atomic<int>> runs_ = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::latch> release_ = std::make_shared<std::latch>(1);
    ComputePool pool_{1};
};

TEST_F(KeptWorkTest, PastTheDeadlineTheCallerGetsUnavailableWithAHintAndTheResultIsKeptForTheRetry) {
    KeptWork<int> work(pool_, 4);
    const auto early = work.Get("k", Held(42), kNow);
    ASSERT_FALSE(early.has_value());
    EXPECT_EQ(early.error().code, ErrorCode::kUnavailable);
    EXPECT_GE(early.error().retry_after_seconds, 1);
    EXPECT_NE(early.error().message.find("opnieuw"), std::string::npos);

    Release();
    const auto later = work.Get("k", Held(7), kLong);  // joins the run that is going on, or finds its result
    ASSERT_TRUE(later.has_value()) << later.error().message;
    EXPECT_EQ(*later, 42);
    EXPECT_EQ(work.Find("k"), std::optional(42));
    EXPECT_EQ(work.Get("k", Held(7), kNow).value_or(-1), 42);  // kept: no deadline involved
    EXPECT_EQ(Runs(), 1);
}

TEST_F(KeptWorkTest, WithoutAFinishedRunTheHintIsTheWaitInWholeSecondsRoundedUp) {
    KeptWork<int> work(pool_, 4);
    EXPECT_EQ(work.Get("k", Held(1), kNow).error().retry_after_seconds, 1);
    pool_.RequestStop();  // so that the waits below end at once
    EXPECT_EQ(work.Get("k", Held(1), 2500ms).error().retry_after_seconds, 3);
    EXPECT_EQ(work.Get("k", Held(1), 10s).error().retry_after_seconds, 10);
    Release();
}

TEST_F(KeptWorkTest, TwoCallersForOneKeyShareOneComputation) {
    KeptWork<int> work(pool_, 4);
    // Both give up at once: the second found the first's run and started none of its own.
    EXPECT_FALSE(work.Get("k", Held(1), kNow).has_value());
    EXPECT_FALSE(work.Get("k", Held(2), kNow).has_value());

    // Two threads wait for it at the same time, and get the same answer.
    Result<int> first = 0, second = 0;
    std::thread a([&] { first = work.Get("k", Held(3), kLong); });
    std::thread b([&] { second = work.Get("k", Held(4), kLong); });
    Release();
    a.join();
    b.join();
    EXPECT_EQ(first.value_or(-1), 1);
    EXPECT_EQ(second.value_or(-1), 1);
    EXPECT_EQ(Runs(), 1);
}

TEST_F(KeptWorkTest, BeyondTheMostWaitersACallerDoesNotWaitAndTheComputationGoesOn) {
    pool_.SetMaxWaiters(1);
    KeptWork<int> work(pool_, 4);
    Result<int> first = 0;
    std::thread waiter([&] { first = work.Get("k", Held(1), kLong); });
    while (pool_.Waiters() < 1) std::this_thread::yield();
    const auto second = work.Get("k", Held(2), kLong);  // at once, not after a minute
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code, ErrorCode::kUnavailable);
    EXPECT_GE(second.error().retry_after_seconds, 1);
    Release();
    waiter.join();
    EXPECT_EQ(first.value_or(-1), 1);
    EXPECT_EQ(work.Get("k", Held(3), kNow).value_or(-1), 1);
    EXPECT_EQ(Runs(), 1);
    EXPECT_EQ(pool_.Waiters(), 0u);
}

TEST_F(KeptWorkTest, AnErrorGoesToTheWaitersAndIsNotKept) {
    KeptWork<int> work(pool_, 4);
    Release();
    const auto failed = work.Get(
        "k",
        [runs = runs_]() -> Result<int> {
            ++*runs;
            return Fail(ErrorCode::kNotFound, "weg");
        },
        kLong);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(failed.error().retry_after_seconds, 0);
    EXPECT_FALSE(work.Find("k").has_value());

    EXPECT_EQ(work.Get("k", Held(5), kLong).value_or(-1), 5);  // computed again
    EXPECT_EQ(Runs(), 2);
}

TEST_F(KeptWorkTest, AnExceptionBecomesAnInternalErrorForTheWaiters) {
    KeptWork<int> work(pool_, 4);
    const auto failed = work.Get(
        "k", []() -> Result<int> { throw std::runtime_error("bug"); }, kLong);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, ErrorCode::kInternal);
    Release();
}

TEST_F(KeptWorkTest, DifferentKeysAreDifferentComputationsAndTheCapacityBoundsWhatIsKept) {
    KeptWork<int> work(pool_, 2);
    Release();
    EXPECT_EQ(work.Get("a", Held(1), kLong).value_or(-1), 1);
    EXPECT_EQ(work.Get("b", Held(2), kLong).value_or(-1), 2);
    EXPECT_EQ(work.Find("a"), std::optional(1));
    EXPECT_EQ(work.Get("c", Held(3), kLong).value_or(-1), 3);  // full: starts afresh
    EXPECT_FALSE(work.Find("a").has_value());
    EXPECT_EQ(work.Find("c"), std::optional(3));
    EXPECT_EQ(Runs(), 3);
}

TEST_F(KeptWorkTest, TooManyRunningComputationsAreRefusedAtOnce) {
    KeptWork<int> work(pool_, 2);
    EXPECT_FALSE(work.Get("a", Held(1), kNow).has_value());  // running (held)
    EXPECT_FALSE(work.Get("b", Held(2), kNow).has_value());  // queued behind it
    const auto refused = work.Get("c", Held(3), kNow);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::kUnavailable);
    Release();
    EXPECT_EQ(work.Get("b", Held(2), kLong).value_or(-1), 2);
    EXPECT_EQ(Runs(), 2);  // c never ran
}

TEST_F(KeptWorkTest, StoppingThePoolWakesTheWaitersAtOnceAndLeavesTheRunningJob) {
    KeptWork<int> work(pool_, 4);
    EXPECT_FALSE(work.Get("a", Held(1), kNow).has_value());  // the pool's one thread is held
    Result<int> waiting = 0;
    std::thread waiter([&] { waiting = work.Get("a", Held(1), kLong); });
    const auto before = std::chrono::steady_clock::now();
    pool_.RequestStop();
    waiter.join();
    EXPECT_LT(std::chrono::steady_clock::now() - before, 10s);  // not the minute it would wait
    ASSERT_FALSE(waiting.has_value());
    EXPECT_EQ(waiting.error().code, ErrorCode::kUnavailable);
    EXPECT_TRUE(pool_.StopToken().stop_requested());
    EXPECT_FALSE(pool_.Post([] {}));
    const auto after = work.Get("b", Held(2), kLong);  // nothing new starts
    ASSERT_FALSE(after.has_value());
    EXPECT_EQ(after.error().code, ErrorCode::kUnavailable);
    Release();
}

TEST(ComputePoolTest, TheDestructorDoesNotWaitForARunningJob) {
    auto release = std::make_shared<std::latch>(1);
    auto started = std::make_shared<std::latch>(1);
    auto finished = std::make_shared<std::atomic<bool>>(false);
    {
        ComputePool pool(1);
        ASSERT_TRUE(pool.Post([release, started, finished] {
            started->count_down();
            release->wait();
            *finished = true;
        }));
        started->wait();
    }  // returns with the job still held
    EXPECT_FALSE(*finished);
    release->count_down();  // the job ends on its own thread, owning what it uses
}

}  // namespace
}  // namespace kompas::testing
