#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace LeadStage {

namespace {

// Watches the window for its first expose; then and on timing out it hands `then` over
// once, to a zero timer that runs after the expose's paint.
class FirstExposeWatch : public QObject
{
public:
    FirstExposeWatch(QWidget &window, std::function<void()> then, int atMostMs)
        : QObject(&window)
        , m_then(std::move(then))
    {
        QTimer::singleShot(atMostMs, this, &FirstExposeWatch::start);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            start();
        return false;
    }

    void start()
    {
        if (!m_then)
            return;
        QTimer::singleShot(0, parent(), std::exchange(m_then, {}));
        deleteLater();
    }

private:
    std::function<void()> m_then;
};

} // namespace

void afterFirstPaint(QWidget &window, std::function<void()> then, int atMostMs)
{
    QWindow *handle = window.windowHandle();
    if (!handle || handle->isExposed()) {
        QTimer::singleShot(0, &window, std::move(then));
        return;
    }
    auto *watch = new FirstExposeWatch(window, std::move(then), atMostMs);
    handle->installEventFilter(watch);
}

} // namespace LeadStage
