// The worker pool of every batch (tools/mtk/batch/pool.hpp): threads start as jobs need
// them, never more than its width, and a job over the time limit is abandoned.
#include "batch/pool.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace {

using mtk::cli::batch::Claim;
using mtk::cli::batch::Pool;
using namespace std::chrono_literals;

// The threads of this process, from /proc/self/status.
int threads_now() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.starts_with("Threads:")) return std::stoi(line.substr(8));
    return -1;
}

int pop_value(Pool<int>& pool) {
    for (;;)
        if (auto done = pool.pop(1s)) return done->out.value_or(-1);
}

TEST(Pool, StartsAThreadOnlyWhenAJobNeedsOne) {
    const int before = threads_now();
    ASSERT_GT(before, 0);
    Pool<int> pool(8, {});
    EXPECT_EQ(threads_now(), before);
    pool.push(1, [](Claim&) { return 7; });
    EXPECT_EQ(pop_value(pool), 7);
    // The same worker takes the next job: one file after another needs one thread.
    pool.push(2, [](Claim&) { return 8; });
    EXPECT_EQ(pop_value(pool), 8);
    EXPECT_EQ(threads_now(), before + 1);
}

TEST(Pool, NeverRunsMoreWorkersThanItsWidth) {
    Pool<int> pool(3, {});
    std::mutex m;
    std::set<std::thread::id> seen;
    for (int i = 0; i < 12; ++i)
        pool.push(std::size_t(i), [&](Claim&) {
            std::this_thread::sleep_for(5ms);
            std::lock_guard lock(m);
            seen.insert(std::this_thread::get_id());
            return 1;
        });
    int sum = 0;
    for (int i = 0; i < 12; ++i) sum += pop_value(pool);
    EXPECT_EQ(sum, 12);
    EXPECT_GE(seen.size(), 2u);
    EXPECT_LE(seen.size(), 3u);
}

TEST(Pool, AJobOverTheLimitIsAbandonedAndTheNextStillRuns) {
    Pool<int> pool(1, 50ms);
    pool.push(1, [](Claim& claim) {
        std::this_thread::sleep_for(400ms);
        return claim.commit() ? 1 : -2;
    });
    EXPECT_EQ(pop_value(pool), -1);  // timed out: no result
    pool.push(2, [](Claim&) { return 5; });
    EXPECT_EQ(pop_value(pool), 5);
    std::this_thread::sleep_for(500ms);  // let the abandoned job end before the pool goes
    EXPECT_FALSE(pool.stuck());
}

}  // namespace
