#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

namespace LeadStage::Bench {

// How long the GUI thread was blocked: the longest gap between two ticks of a 1 ms
// timer on it since the last reset(), less the tick itself. On a machine whose cores are
// busy with other work a gap can also be the thread waiting for a core: the GUI thread's
// own CPU time within that gap, the time it spent runnable but waiting for a core (the
// kernel's run-queue delay), and the most it spent between any two ticks, tell the
// window's own work apart from the wait.
class StallProbe : public QObject
{
public:
    StallProbe()
        : m_schedstat(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpu();
            const qint64 queued = runQueueDelay();
            if (now - m_last > m_longest) {
                m_longest = now - m_last;
                m_cpuOfLongest = cpu - m_lastCpu;
                m_queuedOfLongest = queued - m_lastQueued;
            }
            m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
            m_lastQueued = queued;
        });
        m_clock.start();
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
        m_last = m_clock.nsecsElapsed();
        m_lastCpu = threadCpu();
        m_lastQueued = runQueueDelay();
        m_longest = m_cpuOfLongest = m_queuedOfLongest = m_longestCpu = 0;
    }
    double longestMs() const { return std::max(0.0, double(m_longest) / 1e6 - 1.0); }
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
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_lastCpu = 0, m_cpuOfLongest = 0, m_longestCpu = 0;
    qint64 m_lastQueued = 0, m_queuedOfLongest = 0;
};

} // namespace LeadStage::Bench
