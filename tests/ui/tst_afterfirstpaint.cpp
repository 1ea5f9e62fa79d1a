#include "common/AfterFirstPaint.h"

#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <memory>

using namespace LeadStage;

namespace {

class CountingWidget : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

// The window appears before the work it starts: the work runs after its first paint,
// never inside the call, and still runs when the window is never exposed.
class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAfterTheFirstPaint()
    {
        CountingWidget window;
        window.resize(400, 300);
        window.show();
        int paintsWhenRun = -1;
        afterFirstPaint(window, [&] { paintsWhenRun = window.paints; });
        QCOMPARE(paintsWhenRun, -1); // not inside the call
        QTRY_VERIFY(paintsWhenRun >= 0);
        QVERIFY(paintsWhenRun > 0);
        QVERIFY(window.windowHandle()->isExposed());
    }

    void anExposedWindowRunsItOnTheNextTurn()
    {
        CountingWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool ran = false;
        afterFirstPaint(window, [&] { ran = true; });
        QVERIFY(!ran);
        QTRY_VERIFY(ran);
    }

    void aWindowNeverExposedStillGetsItsWorkStarted()
    {
        CountingWidget window;
        window.winId(); // a native window that is not shown
        QVERIFY(window.windowHandle() && !window.windowHandle()->isExposed());
        bool ran = false;
        afterFirstPaint(
            window, [&] { ran = true; }, 50);
        QCoreApplication::processEvents();
        QVERIFY(!ran); // not before its 50 ms
        QTRY_VERIFY_WITH_TIMEOUT(ran, 2000);
        QCOMPARE(window.paints, 0);
    }

    void itIsDroppedWhenTheWindowGoesFirst()
    {
        auto window = std::make_unique<CountingWidget>();
        window->show();
        bool ran = false;
        afterFirstPaint(
            *window, [&] { ran = true; }, 50);
        window.reset();
        // A timer set to fire after the 50 ms have passed: by then the work would have run.
        bool later = false;
        QTimer::singleShot(100, [&] { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!ran);
    }
};

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
