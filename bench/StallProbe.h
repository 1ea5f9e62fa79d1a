#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace LeadStage::Bench {

// How long the GUI thread was blocked: the longest gap between two ticks of a 1 ms
// timer on it since the last reset(), less the tick itself. On a machine whose cores are
// busy with other work a gap can also be the thread waiting for a core: the GUI thread's
// own CPU time within that gap, and the most it spent between any two ticks, tell the
// window's own work apart from the wait.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpu();
            if (now - m_last > m_longest) {
                m_longest = now - m_last;
                m_cpuOfLongest = cpu - m_lastCpu;
            }
            m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_lastCpu = threadCpu();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_lastCpu = threadCpu();
        m_longest = m_cpuOfLongest = m_longestCpu = 0;
    }
    double longestMs() const { return std::max(0.0, double(m_longest) / 1e6 - 1.0); }
    // The GUI thread's CPU time within the longest gap.
    double cpuOfLongestMs() const { return double(m_cpuOfLongest) / 1e6; }
    // The most CPU time the GUI thread spent between two ticks: its longest own work.
    double longestCpuMs() const { return double(m_longestCpu) / 1e6; }

private:
    static qint64 threadCpu()
    {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_lastCpu = 0, m_cpuOfLongest = 0, m_longestCpu = 0;
};

} // namespace LeadStage::Bench
