// The loop of every batch: feed the files to the pool with a bounded number in flight, hand
// each result back as it completes, keep the progress line alive.
#pragma once

#include <map>
#include <optional>
#include <utility>

#include "batch/pool.hpp"
#include "batch/progress.hpp"
#include "batch/sources.hpp"

namespace mtk::cli::batch {

/// How many files a batch of `jobs` workers keeps in flight: enough that the workers'
/// queue outlasts the consumer's sleep (the pool wakes it when `jobs` are left, see
/// Pool::Shared::wake_at), few enough that memory stays bounded.
inline std::size_t window_for(unsigned jobs) {
    return 8 * std::size_t(jobs) + 8;
}

/// `make_job(const SourceFile&)` returns the job for a file (a Pool<Out>::Job).
/// `on_done(SourceFile, std::optional<Out>)` receives each file once, in completion order;
/// the result is empty when the file ran over the time limit. At most `window` files are in
/// flight, so memory does not grow with the number of files.
template <typename Out, typename MakeJob, typename OnDone>
void drive(Sources& sources, Pool<Out>& pool, std::size_t window, Progress& progress,
           MakeJob&& make_job, OnDone&& on_done) {
    std::map<std::size_t, SourceFile> in_flight;  // by seq
    std::optional<SourceFile> next = sources.next();
    while (next || !in_flight.empty()) {
        while (next && in_flight.size() < window) {
            const std::size_t seq = next->seq;
            pool.push(seq, make_job(*next));
            in_flight.emplace(seq, std::move(*next));
            next = sources.next();
        }
        if (auto done = pool.pop(std::chrono::milliseconds(100))) {
            auto it = in_flight.find(done->id);
            SourceFile file = std::move(it->second);
            in_flight.erase(it);
            on_done(std::move(file), std::move(done->out));
        }
        progress.tick();
    }
}

}  // namespace mtk::cli::batch
