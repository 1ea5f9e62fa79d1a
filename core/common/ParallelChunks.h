#pragma once

#include "Progress.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <thread>
#include <vector>

namespace LeadStage {

// Runs `work(worker, first, last)` over the items [0, count) on `threads` threads (0: one
// per core), the calling thread among them. Each thread takes the next chunk from a shared
// counter, so the cores finish together and a cancel through `progress` is seen between
// chunks; `makeWorker()` runs once on each thread and returns what that thread needs of
// its own (a replay and its sink). Only the calling thread reports to `progress`, so its
// callback never runs concurrently. The helpers are joined before it returns, also when
// the calling thread's share throws.
template <typename MakeWorker, typename Work>
void runInChunks(std::size_t count, unsigned threads, Progress *progress, const MakeWorker &makeWorker,
                 const Work &work)
{
    // Items per unit of work: large enough to keep the shared counter cold, small enough
    // that both cores finish together and a cancel is seen within milliseconds.
    constexpr std::size_t chunkSize = 16384;
    std::atomic<std::size_t> nextChunk{0};
    std::atomic<std::size_t> done{0};
    const auto run = [&](bool reports) {
        auto worker = makeWorker();
        for (;;) {
            if (progress && progress->cancelled())
                return;
            const std::size_t first = nextChunk.fetch_add(1, std::memory_order_relaxed) * chunkSize;
            if (first >= count)
                return;
            const std::size_t last = std::min(count, first + chunkSize);
            work(worker, first, last);
            const std::size_t total = done.fetch_add(last - first, std::memory_order_relaxed) + last - first;
            if (reports && progress)
                progress->report(std::int64_t(total), std::int64_t(count));
        }
    };
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t chunks = (count + chunkSize - 1) / chunkSize;
    threads = unsigned(std::min<std::size_t>(threads, std::max<std::size_t>(1, chunks)));
    std::vector<std::jthread> helpers;
    for (unsigned i = 1; i < threads; ++i)
        helpers.emplace_back([&run] { run(false); });
    run(true);
}

} // namespace LeadStage
