#pragma once

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <functional>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace LeadStage::Bench {

// How long the GUI thread was blocked: the longest gap between two ticks of a 1 ms
// timer on it since the last reset(), less the tick itself. On a machine whose cores are
// busy with other work a gap can also be the thread waiting for a core: the GUI thread's
// own CPU time within that gap, the time it spent runnable but waiting for a core (the
// kernel's run-queue delay), and the most it spent between any two ticks, tell the
// window's own work apart from the wait.
//
// A virtual machine can also stop altogether (its host runs something else: no core of
// it schedules anything for tens of milliseconds, and no steal time is reported). A
// thread of the probe's own wakes every millisecond doing nothing else; the part of a
// gap in which it missed its wake-ups as well is the machine's stop, not the window's,
// and the longest gap is taken after that part is left out (both are printed).
class MachineClock
{
public:
    MachineClock()
        : m_thread([this](std::stop_token stop) { tick(stop); })
    {}

    static std::int64_t nowNs()
    {
        timespec time{};
        clock_gettime(CLOCK_MONOTONIC, &time);
        return std::int64_t(time.tv_sec) * 1000000000 + time.tv_nsec;
    }

    // How long within [from, to] the clock's thread missed its wake-ups by more than a
    // millisecond: the machine stopped.
    std::int64_t stoppedWithin(std::int64_t from, std::int64_t to) const
    {
        const std::uint64_t newest = m_count.load(std::memory_order_acquire);
        std::int64_t stopped = 0;
        std::int64_t later = nowNs(); // a stop still going on when asked counts up to now
        for (std::uint64_t back = 0; back < std::min<std::uint64_t>(newest, wakes - 1); ++back) {
            const std::int64_t wake = m_wakes[(newest - 1 - back) % wakes].load(std::memory_order_relaxed);
            const std::int64_t missedFrom = wake + 2 * stepNs; // one step late is no stop
            const std::int64_t overlap = std::min(later, to) - std::max(missedFrom, from);
            if (overlap > 0)
                stopped += overlap;
            if (wake < from)
                break;
            later = wake;
        }
        return stopped;
    }

private:
    static constexpr std::uint64_t wakes = 4096;
    static constexpr std::int64_t stepNs = 1000000;

    void tick(const std::stop_token &stop)
    {
        while (!stop.stop_requested()) {
            const timespec step{0, long(stepNs)};
            clock_nanosleep(CLOCK_MONOTONIC, 0, &step, nullptr);
            const std::uint64_t at = m_count.load(std::memory_order_relaxed);
            m_wakes[at % wakes].store(nowNs(), std::memory_order_relaxed);
            m_count.store(at + 1, std::memory_order_release);
        }
    }

    std::array<std::atomic<std::int64_t>, wakes> m_wakes{};
    std::atomic<std::uint64_t> m_count = 0;
    std::jthread m_thread; // last: it reads the members above
};

class StallProbe : public QObject
{
public:
    StallProbe()
        : m_schedstat(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = MachineClock::nowNs();
            const qint64 cpu = threadCpu();
            const qint64 queued = runQueueDelay();
            const qint64 stopped = now - m_last > 2000000 ? m_machine.stoppedWithin(m_last, now) : 0;
            const qint64 gap = now - m_last - stopped;
            const bool longest = gap > m_longest;
            if (longest) {
                m_longest = gap;
                m_cpuOfLongest = cpu - m_lastCpu;
                m_queuedOfLongest = queued - m_lastQueued;
                m_stoppedInLongest = stopped;
            }
            m_longestWithStops = std::max(m_longestWithStops, now - m_last);
            if (m_onTick)
                m_onTick(longest);
            m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
            m_lastQueued = queued;
        });
        m_last = MachineClock::nowNs();
        m_lastCpu = threadCpu();
        m_lastQueued = runQueueDelay();
        m_timer.start();
    }
    ~StallProbe()
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
    }
    StallProbe(const StallProbe &) = delete;
    StallProbe &operator=(const StallProbe &) = delete;

    void reset()
    {
        m_last = MachineClock::nowNs();
        m_lastCpu = threadCpu();
        m_lastQueued = runQueueDelay();
        m_longest = m_cpuOfLongest = m_queuedOfLongest = m_longestCpu = m_stoppedInLongest = m_longestWithStops = 0;
    }
    // Called on every tick; `longest`: the gap it ends is the longest since reset().
    void setOnTick(std::function<void(bool longest)> onTick) { m_onTick = std::move(onTick); }

    // The longest gap, less the machine's stops within it.
    double longestMs() const { return std::max(0.0, double(m_longest) / 1e6 - 1.0); }
    // The part of that gap left out: the whole machine stopped.
    double machineStoppedInLongestMs() const { return double(m_stoppedInLongest) / 1e6; }
    // The longest gap as the timer saw it, the machine's stops included.
    double longestWithStopsMs() const { return std::max(0.0, double(m_longestWithStops) / 1e6 - 1.0); }
    // The GUI thread's CPU time within the longest gap.
    double cpuOfLongestMs() const { return double(m_cpuOfLongest) / 1e6; }
    // How long, within the longest gap, the GUI thread was ready to run but every core
    // was busy (0 where the kernel does not keep schedstat).
    double queuedOfLongestMs() const { return double(m_queuedOfLongest) / 1e6; }
    // The most CPU time the GUI thread spent between two ticks: its longest own work.
    double longestCpuMs() const { return double(m_longestCpu) / 1e6; }

private:
    static qint64 threadCpu()
    {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    }

    // /proc/thread-self/schedstat of the GUI thread (opened there, once: an open a tick
    // would itself be a tenth of the thread's time): CPU time, run-queue delay, slices.
    qint64 runQueueDelay() const
    {
        char text[96];
        const ssize_t size = m_schedstat < 0 ? -1 : ::pread(m_schedstat, text, sizeof text - 1, 0);
        if (size <= 0)
            return 0;
        text[size] = 0;
        long long cpu = 0, delay = 0;
        return std::sscanf(text, "%lld %lld", &cpu, &delay) == 2 ? qint64(delay) : 0;
    }

    int m_schedstat;
    QTimer m_timer;
    MachineClock m_machine;
    std::function<void(bool longest)> m_onTick;
    qint64 m_last = 0;
    qint64 m_stoppedInLongest = 0, m_longestWithStops = 0;
    qint64 m_longest = 0;
    qint64 m_lastCpu = 0, m_cpuOfLongest = 0, m_longestCpu = 0;
    qint64 m_lastQueued = 0, m_queuedOfLongest = 0;
};

} // namespace LeadStage::Bench
