#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QString>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <utility>
#include <vector>

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
            if (m_itemisePaints && m_limitMs > 0 && event->type() == QEvent::Paint && m_depth > 1)
                return timedPaint(receiver, event);
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        // What names the receiver, taken before it can go (a deferred delete); the text is
        // made only for a slow delivery.
        const auto type = event->type();
        const char *className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        // A timer or a watcher says little by itself: its owner says whose it is.
        const char *ownerName = receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr;
        const qint64 before = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(threadCpuNs() - before) / 1e6;
        --m_depth;
        if (ms > m_limitMs)
            m_log << u"%1 ms  %2 on %3"_qs.arg(ms, 6, 'f', 1)
                             .arg(eventName(type), describe(className, objectName, ownerName))
                         + paintsOfDelivery();
        m_paints.clear();
        if (ms >= 0.5)
            m_sinceTick.push_back({ms, type, className, objectName, ownerName});
        return handled;
    }

    // Deliveries of half a millisecond or more since forgetSinceTick(): what a gap between
    // two ticks of the stall probe was made of, most costly first.
    QString sinceTick()
    {
        std::sort(m_sinceTick.begin(), m_sinceTick.end(),
                  [](const Delivery &a, const Delivery &b) { return a.ms > b.ms; });
        QStringList parts;
        for (const Delivery &delivery : m_sinceTick)
            parts << (delivery.type == QEvent::None
                          ? u"%1 ms %2"_qs.arg(delivery.ms, 0, 'f', 1).arg(QString::fromLatin1(delivery.className))
                          : u"%1 ms %2 on %3"_qs.arg(delivery.ms, 0, 'f', 1)
                                .arg(eventName(delivery.type),
                                     describe(delivery.className, delivery.objectName, delivery.ownerName)));
        return parts.join(u"; "_qs);
    }
    // Called on every tick of the probe: nothing is formatted unless a gap is the longest.
    void forgetSinceTick() { m_sinceTick.clear(); }

    // Runs `work`, which a benchmark calls directly as a click's handler would run, as one
    // delivery: the events it sends on the way are not timed one by one. Timing each costs
    // two system calls on a machine whose clock has no vDSO (5 ms over the import wizard's
    // construction, counted as the wizard's).
    // It is listed as "the call" when slow.
    template <typename Work>
    auto asOneDelivery(Work &&work)
    {
        ++m_depth;
        struct Leave
        {
            SlowEventApplication &application;
            qint64 before = threadCpuNs();
            ~Leave()
            {
                --application.m_depth;
                const double ms = double(threadCpuNs() - before) / 1e6;
                if (application.m_limitMs > 0 && ms > application.m_limitMs)
                    application.m_log << u"%1 ms  the call itself"_qs.arg(ms, 6, 'f', 1)
                                             + application.paintsOfDelivery();
                application.m_paints.clear();
                if (ms >= 0.5)
                    application.m_sinceTick.push_back({ms, QEvent::None, "the call itself", {}, nullptr});
            }
        } leave{*this};
        return work();
    }

    // With it on, a slow delivery lists the widgets it painted that took 0.25 ms or more
    // (`--paints`): which part of a window's repaint was the cost. Off by default: timing
    // each paint costs two clock reads per widget.
    void setItemisePaints(bool on) { m_itemisePaints = on; }

    // The slow deliveries since the last call.
    QStringList takeLog() { return std::exchange(m_log, {}); }

    static qint64 threadCpuNs()
    {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    }

private:
    bool timedPaint(QObject *receiver, QEvent *event)
    {
        // Named before the delivery, as notify() names its receivers: a paint can delete things.
        Delivery paint{0, QEvent::Paint, receiver->metaObject()->className(), receiver->objectName(),
                       receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr};
        const qint64 before = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        paint.ms = double(threadCpuNs() - before) / 1e6;
        if (paint.ms >= 0.25)
            m_paints.push_back(std::move(paint));
        return handled;
    }

    QString paintsOfDelivery()
    {
        if (m_paints.empty())
            return {};
        std::sort(m_paints.begin(), m_paints.end(), [](const Delivery &a, const Delivery &b) { return a.ms > b.ms; });
        QStringList parts;
        for (const Delivery &paint : m_paints)
            parts << u"%1 ms %2"_qs.arg(paint.ms, 0, 'f', 1)
                         .arg(describe(paint.className, paint.objectName, paint.ownerName));
        return u"\n        paints: "_qs + parts.join(u"; "_qs);
    }

    static QString describe(const char *className, const QString &objectName, const char *ownerName)
    {
        QString text = QString::fromLatin1(className);
        if (!objectName.isEmpty())
            text += u" \""_qs + objectName + u'"';
        if (ownerName)
            text += u" of "_qs + QString::fromLatin1(ownerName);
        return text;
    }
    static QString eventName(QEvent::Type type)
    {
        const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        return name ? QString::fromLatin1(name) : QString::number(int(type));
    }

    struct Delivery
    {
        double ms;
        QEvent::Type type;
        const char *className;
        QString objectName;
        const char *ownerName;
    };

    double m_limitMs;
    bool m_itemisePaints = false;
    int m_depth = 0;
    std::vector<Delivery> m_paints; // of the delivery under way
    std::vector<Delivery> m_sinceTick;
    QStringList m_log;
};

} // namespace LeadStage::Bench
