#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QString>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <utility>

namespace LeadStage::Bench {

// Says what blocked the GUI thread: every event whose delivery (outermost, not nested)
// took the GUI thread more than `limitMs` of its own CPU is listed with its receiver's
// class and name and the event's type, e.g. a queued slot call on DashboardView.
class SlowEventApplication : public QApplication
{
public:
    SlowEventApplication(int &argc, char **argv, double limitMs)
        : QApplication(argc, argv)
        , m_limitMs(limitMs)
    {}

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads' events (a worker's queued calls) block nobody.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0 || m_limitMs <= 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        const auto type = event->type();
        const QString what = describe(receiver);
        const qint64 before = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(threadCpuNs() - before) / 1e6;
        --m_depth;
        if (ms > m_limitMs)
            m_log << u"%1 ms  %2 on %3"_qs.arg(ms, 6, 'f', 1).arg(eventName(type), what);
        return handled;
    }

    // The slow deliveries since the last call.
    QStringList takeLog() { return std::exchange(m_log, {}); }

    static qint64 threadCpuNs()
    {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    }

private:
    static QString describe(QObject *receiver)
    {
        QString text = QString::fromLatin1(receiver->metaObject()->className());
        if (!receiver->objectName().isEmpty())
            text += u" \""_qs + receiver->objectName() + u'"';
        return text;
    }
    static QString eventName(QEvent::Type type)
    {
        const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        return name ? QString::fromLatin1(name) : QString::number(int(type));
    }

    double m_limitMs;
    int m_depth = 0;
    QStringList m_log;
};

} // namespace LeadStage::Bench
