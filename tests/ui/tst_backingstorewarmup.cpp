#include "common/BackingStoreWarmup.h"

#include <QBackingStore>
#include <QPainter>
#include <QTest>
#include <QWidget>
#include <QWindow>

using namespace LeadStage;

namespace {

class RedWidget : public QWidget
{
protected:
    void paintEvent(QPaintEvent *) override { QPainter(this).fillRect(rect(), Qt::red); }
};

} // namespace

// A window's backing store made and filled before it is shown: the same size the window
// shows at, and the window's own paint still draws into it.
class TestBackingStoreWarmup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWindowGetsItsBackingStoreBeforeItShows()
    {
        RedWidget window;
        window.resize(640, 480);
        warmBackingStore(window);
        QVERIFY(!window.isVisible());
        QVERIFY(window.backingStore());
        QCOMPARE(window.backingStore()->size(), QSize(640, 480));

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.backingStore()->size(), QSize(640, 480));
        const QImage shown = window.grab().toImage();
        QCOMPARE(shown.pixelColor(320, 240), QColor(Qt::red));
    }

    void aChildOrAnEmptyWindowIsLeftAlone()
    {
        QWidget parent;
        auto *child = new QWidget(&parent);
        child->resize(100, 100);
        warmBackingStore(*child);
        QVERIFY(!child->windowHandle());

        QWidget empty;
        empty.resize(0, 0);
        warmBackingStore(empty);
        QVERIFY(!empty.windowHandle());
    }
};

QTEST_MAIN(TestBackingStoreWarmup)
#include "tst_backingstorewarmup.moc"
