// HeapWarmup: the memory is touched on a job's thread and given back, then the caller's
// continuation runs on the GUI thread — at once when there is nothing to touch, never
// when its context went meanwhile.

#include "common/BackgroundJobs.h"
#include "common/HeapWarmup.h"

#include <QCoreApplication>

#include <QTest>
#include <QThread>

#include <memory>

using namespace LeadStage;

namespace {

// Every job finished, and every call one of them queued for this thread delivered.
void settle()
{
    BackgroundJobs::pool()->waitForDone();
    QCoreApplication::processEvents();
}

} // namespace

class TestHeapWarmup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void continuesOnTheGuiThreadAfterTheJob_data()
    {
        QTest::addColumn<qulonglong>("bytes");
        QTest::addColumn<bool>("atOnce");
        QTest::newRow("nothing to touch") << qulonglong(0) << true;
        QTest::newRow("a kilobyte") << qulonglong(1024) << false;
        QTest::newRow("24 MB, a million rows' worth") << qulonglong(24'000'000) << false;
    }

    void continuesOnTheGuiThreadAfterTheJob()
    {
        QFETCH(qulonglong, bytes);
        QFETCH(bool, atOnce);
        QObject context;
        int calls = 0;
        QThread *calledOn = nullptr;
        warmHeapThen(&context, std::size_t(bytes), [&] {
            ++calls;
            calledOn = QThread::currentThread();
        });
        QCOMPARE(calls, atOnce ? 1 : 0);
        QVERIFY(QTest::qWaitFor([&] { return calls == 1; }, 10000));
        QCOMPARE(calledOn, QThread::currentThread());
        settle();
        QCOMPARE(calls, 1);
    }

    void notAfterItsContextWent()
    {
        auto context = std::make_unique<QObject>();
        int calls = 0;
        warmHeapThen(context.get(), 24'000'000, [&] { ++calls; });
        context.reset();
        settle(); // the job ended, and its call had nowhere to go
        QCOMPARE(calls, 0);
    }
};

QTEST_MAIN(TestHeapWarmup)
#include "tst_heapwarmup.moc"
