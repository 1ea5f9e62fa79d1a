#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>
#include <utility>

namespace LeadStage::BackgroundJobs {

// How far a job's thread lowers its own priority (a nice value, Linux only).
inline constexpr int lowerBy = 5;

// Lowers the calling thread's scheduling priority by `lowerBy`, once per thread (never
// the application's main thread); the threads it starts inherit it. On two busy cores the GUI thread otherwise waits
// its turn behind the jobs it started (24 ms of a 47 ms freeze opening a million leads), and so do the threads Qt
// paints large areas on while the GUI thread waits for them.
void lowerThisThread();

// The nice value of the calling thread (0 where the platform has none).
int niceOfThisThread();

// Where the window's long jobs run when they have no pool of their own. Not Qt's global
// pool: Qt 6.4 fills large areas on its threads while the GUI thread waits, and those
// threads must not be lowered.
QThreadPool *pool();

// Sets up a pool a window part keeps for its own jobs: at most `maxThreads`, and
// threads that stay until the pool goes. A thread that ends gives its malloc arena's
// empty heaps back to the system (munmap) holding the arena's lock, and the GUI thread,
// freeing anything that thread allocated meanwhile, waits for it: 42 ms when the import
// wizard's pool ended as the wizard was freed. The jobs' pool keeps its threads too.
void keepThreads(QThreadPool &pool, int maxThreads);

// QtConcurrent::run on `pool`, with the job's thread lowered first.
template <typename Function, typename... Args>
auto run(QThreadPool *pool, Function &&function, Args &&...args)
{
    return QtConcurrent::run(
        pool,
        [function = std::forward<Function>(function)](auto &&...values) mutable {
            lowerThisThread();
            return std::invoke(function, std::forward<decltype(values)>(values)...);
        },
        std::forward<Args>(args)...);
}

template <typename Function, typename... Args>
auto run(Function &&function, Args &&...args)
{
    return run(pool(), std::forward<Function>(function), std::forward<Args>(args)...);
}

// Lets go of `value` on a job's thread. Giving back the memory of a million leads'
// columns takes the GUI thread 5–20 ms (munmap, page by page), and memory a job's thread
// allocated can wait for that thread's malloc arena lock.
// An empty pointer starts no job.
template <typename T>
void releaseElsewhere(T value)
{
    if constexpr (std::is_constructible_v<bool, const T &>)
        if (!value)
            return;
    (void)run([held = std::move(value)]() mutable { [[maybe_unused]] const T gone = std::move(held); });
}

} // namespace LeadStage::BackgroundJobs
