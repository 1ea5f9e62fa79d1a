#include "common/AfterFirstPaint.h"

#include <QPointer>
#include <QTest>
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
        QTest::qWait(10);
        QVERIFY(!ran);
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
        QTest::qWait(200);
        QVERIFY(!ran);
    }
};

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
