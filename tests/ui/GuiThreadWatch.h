#pragma once

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <ctime>

// Ticks the GUI thread's event loop every 5 ms and keeps the longest gap between two
// ticks, both in wall-clock time and in the CPU time the thread itself spent in it.
class GuiThreadWatch : public QObject
{
public:
    GuiThreadWatch()
    {
        m_ticker.setInterval(5);
        connect(&m_ticker, &QTimer::timeout, this, &GuiThreadWatch::tick);
    }

    void start()
    {
        m_lastWall = now(CLOCK_MONOTONIC);
        m_lastWork = now(CLOCK_THREAD_CPUTIME_ID);
        m_ticker.start();
    }
    void stop()
    {
        tick();
        m_ticker.stop();
    }
    qint64 longestGapMs() const { return m_longestGap / 1000000; }
    qint64 longestWorkMs() const { return m_longestWork / 1000000; }

private:
    static qint64 now(clockid_t clock)
    {
        timespec time{};
        clock_gettime(clock, &time);
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    }
    void tick()
    {
        const qint64 wall = now(CLOCK_MONOTONIC), work = now(CLOCK_THREAD_CPUTIME_ID);
        m_longestGap = std::max(m_longestGap, wall - m_lastWall);
        m_longestWork = std::max(m_longestWork, work - m_lastWork);
        m_lastWall = wall;
        m_lastWork = work;
    }

    QTimer m_ticker;
    qint64 m_lastWall = 0, m_lastWork = 0, m_longestGap = 0, m_longestWork = 0;
};
