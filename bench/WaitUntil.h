#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace LeadStage::Bench {

// Runs the event loop until `done` holds (checked every 2 ms), at most `limitMs`.
inline bool waitUntil(const std::function<bool()> &done, int limitMs)
{
    QElapsedTimer limit;
    limit.start();
    while (!done() && limit.elapsed() < limitMs) {
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
        // As the application's own loop would: a nested loop leaves deleteLater() undone.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return done();
}

} // namespace LeadStage::Bench
