// HeapWarmup: the memory is touched on a job's thread and given back, then the caller's
// continuation runs on the GUI thread — at once when there is nothing to touch, never
// when its context went meanwhile.

#include "common/HeapWarmup.h"

#include <QTest>
#include <QThread>

#include <memory>

using namespace LeadStage;

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
        QTest::qWait(20);
        QCOMPARE(calls, 1);
    }

    void notAfterItsContextWent()
    {
        auto context = std::make_unique<QObject>();
        int calls = 0;
        warmHeapThen(context.get(), 24'000'000, [&] { ++calls; });
        context.reset();
        QTest::qWait(300); // the job ends, its call has nowhere to go
        QCOMPARE(calls, 0);
    }
};

QTEST_MAIN(TestHeapWarmup)
#include "tst_heapwarmup.moc"
