// A bounded pool of worker threads with a per-job time limit (a watchdog).
//
// Conversions cannot be cancelled from outside (converters are plain functions that may loop on
// a hostile input), so a job over its time limit is *abandoned*: the consumer gets a timed-out
// result at once, a fresh worker takes the stuck one's place so the batch keeps its width, and
// whatever the stuck job computes later is dropped. A job with side effects calls
// Claim::commit() right before the irreversible step (the rename of its output); after the
// watchdog has abandoned it, commit() returns false and the job must not write. A process that
// still has stuck workers when the batch ends must leave with std::_Exit (see stuck()).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace mtk::cli::batch {

using Clock = std::chrono::steady_clock;

/// Lets a job claim its result before an irreversible side effect.
class Claim {
  public:
    /// True when the job may go on and publish; false once the watchdog abandoned it.
    bool commit() {
        int expected = kRunning;
        return state_.compare_exchange_strong(expected, kCommitted) || expected == kCommitted;
    }

  private:
    template <typename>
    friend class Pool;
    static constexpr int kIdle = 0, kRunning = 1, kCommitted = 2, kAbandoned = 3;
    std::atomic<int> state_{kIdle};
};

template <typename Out>
class Pool {
  public:
    using Job = std::function<Out(Claim&)>;

    /// A finished job: `out` is empty when the job ran over the time limit.
    struct Done {
        std::size_t id;
        std::optional<Out> out;
    };

    /// Up to `workers` threads, started as jobs arrive (one file needs one thread, not
    /// one per core: each costs a clone and a stack at start-up); `limit` zero means no
    /// time limit.
    Pool(unsigned workers, Clock::duration limit)
        : shared_(std::make_shared<Shared>()), limit_(limit), width_(std::max(1u, workers)) {
        shared_->wake_at = width_;
    }

    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    ~Pool() {
        {
            std::lock_guard lock(shared_->mutex);
            shared_->stopping = true;
        }
        shared_->work_ready.notify_all();
        // A stuck worker cannot be joined; it holds the shared state, so leaving it is safe
        // for the pool (callers _Exit before the objects its job refers to go away).
        for (Worker& w : workers_)
            if (w.slot->state_ == Claim::kAbandoned) w.thread.detach();
    }

    void push(std::size_t id, Job job) {
        {
            std::lock_guard lock(shared_->mutex);
            shared_->jobs.push_back({id, std::move(job)});
            if (started_ < width_ && shared_->jobs.size() > shared_->idle) {
                ++started_;
                spawn();
            }
        }
        shared_->work_ready.notify_one();
    }

    /// Waits up to `wait` for a finished job; abandons jobs over the time limit meanwhile.
    std::optional<Done> pop(Clock::duration wait) {
        const auto until = Clock::now() + wait;
        std::unique_lock lock(shared_->mutex);
        for (;;) {
            abandon_overdue(lock);
            if (!shared_->done.empty()) {
                std::optional<Done> d(std::move(shared_->done.front()));
                shared_->done.pop_front();
                return d;
            }
            const auto now = Clock::now();
            if (now >= until) return std::nullopt;
            auto next = until;
            if (limit_ != Clock::duration::zero())
                next = std::min(next, now + std::chrono::duration_cast<Clock::duration>(
                                                std::chrono::milliseconds(20)));
            shared_->result_ready.wait_until(lock, next);
        }
    }

    /// True when an abandoned job is still running (its thread cannot be joined).
    bool stuck() const {
        for (const Worker& w : workers_)
            if (w.slot->state_ == Claim::kAbandoned && !w.slot->exited) return true;
        return false;
    }

  private:
    struct Slot : Claim {
        std::size_t id = 0;
        Clock::time_point started;
        std::atomic<bool> exited{false};
    };
    struct Shared {
        std::mutex mutex;
        std::condition_variable work_ready, result_ready;
        std::deque<std::pair<std::size_t, Job>> jobs;
        std::deque<Done> done;
        std::size_t idle = 0;  // workers without a job (counted from their start, and from
                               // the moment they hand a result in)
        // A finished job wakes the consumer only when at most this many jobs are left to
        // start: it then takes every result in and refills the queue at once, instead of a
        // wake-up (two futex calls and a switch) per job.
        std::size_t wake_at = 1;
        bool stopping = false;
    };
    struct Worker {
        std::shared_ptr<Slot> slot;
        std::jthread thread;
    };

    // Called with the mutex held.
    void spawn() {
        ++shared_->idle;
        auto slot = std::make_shared<Slot>();
        std::jthread t([shared = shared_, slot] {
            work(*shared, *slot);
            slot->exited = true;
        });
        workers_.push_back({std::move(slot), std::move(t)});
    }

    static void work(Shared& shared, Slot& slot) {
        for (;;) {
            std::pair<std::size_t, Job> job;
            {
                std::unique_lock lock(shared.mutex);
                shared.work_ready.wait(lock,
                                       [&] { return shared.stopping || !shared.jobs.empty(); });
                --shared.idle;
                if (shared.jobs.empty()) return;
                job = std::move(shared.jobs.front());
                shared.jobs.pop_front();
                slot.id = job.first;
                slot.started = Clock::now();
                slot.state_ = Claim::kRunning;
            }
            std::optional<Out> out = job.second(slot);
            if (!slot.commit()) return;  // abandoned: a replacement worker took over
            bool wake = false;
            {
                std::lock_guard lock(shared.mutex);
                shared.done.push_back({job.first, std::move(out)});
                slot.state_ = Claim::kIdle;
                ++shared.idle;
                wake = shared.jobs.size() <= shared.wake_at;
            }
            if (wake) shared.result_ready.notify_one();
        }
    }

    void abandon_overdue(std::unique_lock<std::mutex>&) {
        if (limit_ == Clock::duration::zero()) return;
        const auto now = Clock::now();
        const std::size_t n = workers_.size();
        for (std::size_t i = 0; i < n; ++i) {
            Slot& s = *workers_[i].slot;
            int expected = Claim::kRunning;
            if (now - s.started > limit_ &&
                s.state_.compare_exchange_strong(expected, Claim::kAbandoned)) {
                shared_->done.push_back({s.id, std::nullopt});
                spawn();
            }
        }
    }

    std::shared_ptr<Shared> shared_;
    Clock::duration limit_;
    unsigned width_;        // the most workers running at once
    unsigned started_ = 0;  // workers started by push (replacements of stuck ones aside)
    std::vector<Worker> workers_;
};

}  // namespace mtk::cli::batch
