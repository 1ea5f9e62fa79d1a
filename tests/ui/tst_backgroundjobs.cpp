#include "common/BackgroundJobs.h"
#include "explorer/ExplorerService.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>

using namespace LeadStage;

namespace {

// Waits without QFuture::result(), which runs a job that has not started on the waiting
// thread (work stealing) instead of the pool's.
template <typename T>
T resultOf(const QFuture<T> &future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        qFatal("a job did not finish");
    return future.result();
}

} // namespace

// The window's jobs run on threads below the GUI thread's priority, so that the GUI
// thread and Qt's paint helpers get a core first; the helpers' pool is left alone.
class TestBackgroundJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunLowered_data()
    {
        QTest::addColumn<bool>("ownPool");
        QTest::newRow("the jobs' pool") << false;
        QTest::newRow("a pool of the job's own") << true;
    }

    void jobsRunLowered()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are lowered on Linux only");
#endif
        QFETCH(bool, ownPool);
        const int gui = BackgroundJobs::niceOfThisThread();
        if (gui + BackgroundJobs::lowerBy > 19)
            QSKIP("the test runs at the lowest priority already");
        QThreadPool own;
        QThreadPool *pool = ownPool ? &own : BackgroundJobs::pool();
        // Twice: a thread taken again for another job is not lowered a second time.
        for (int round = 0; round < 2; ++round) {
            const auto [nice, onGuiThread] = resultOf(BackgroundJobs::run(pool, [] {
                return std::pair(BackgroundJobs::niceOfThisThread(),
                                 QThread::currentThread() == QCoreApplication::instance()->thread());
            }));
            QVERIFY(!onGuiThread);
            QCOMPARE(nice, gui + BackgroundJobs::lowerBy);
        }
        // Arguments reach the job as QtConcurrent::run passes them.
        QCOMPARE(resultOf(BackgroundJobs::run(
                     pool, [](int a, const QString &b) { return b.repeated(a); }, 3, u"ab"_qs)),
                 u"ababab"_qs);
        QCOMPARE(BackgroundJobs::niceOfThisThread(), gui);
    }

    // QFuture::result() on a job not yet started runs it on the waiting thread.
    void theGuiThreadIsNeverLowered()
    {
        const int gui = BackgroundJobs::niceOfThisThread();
        QThreadPool single;
        single.setMaxThreadCount(1);
        QSemaphore hold;
        const QFuture<void> blocker = BackgroundJobs::run(&single, [&] { hold.acquire(); });
        // Queued behind the blocker: result() steals it onto this thread.
        const bool ranHere = BackgroundJobs::run(&single, [] {
                                 return QThread::currentThread() == QCoreApplication::instance()->thread();
                             }).result();
        hold.release();
        QVERIFY(QTest::qWaitFor([&] { return blocker.isFinished(); }, 10000));
        QVERIFY(ranHere);
        QCOMPARE(BackgroundJobs::niceOfThisThread(), gui);
    }

    void threadsAJobStartsInheritIt()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are lowered on Linux only");
#endif
        const int gui = BackgroundJobs::niceOfThisThread();
        const int inner = resultOf(BackgroundJobs::run([] {
            std::atomic<int> seen = 0;
            std::jthread([&] { seen = BackgroundJobs::niceOfThisThread(); }).join();
            return seen.load();
        }));
        QCOMPARE(inner, std::min(gui + BackgroundJobs::lowerBy, 19));
    }

    void qtsOwnPoolIsLeftAlone()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are lowered on Linux only");
#endif
        // Jobs first, so that a lowered thread would be there to be reused.
        const QFuture<void> warm = BackgroundJobs::run([] {});
        QVERIFY(QTest::qWaitFor([&] { return warm.isFinished(); }, 10000));
        const int gui = BackgroundJobs::niceOfThisThread();
        std::atomic<int> seen = -100;
        QThreadPool::globalInstance()->start([&] { seen = BackgroundJobs::niceOfThisThread(); });
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(seen.load(), gui);
    }

    void explorersThreadIsLowered()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are lowered on Linux only");
#endif
        const int gui = BackgroundJobs::niceOfThisThread();
        ExplorerService service;
        std::atomic<int> seen = -100;
        QVERIFY(QMetaObject::invokeMethod(
            service.workerThreadContext(), [&] { seen = BackgroundJobs::niceOfThisThread(); },
            Qt::BlockingQueuedConnection));
        QCOMPARE(seen.load(), std::min(gui + BackgroundJobs::lowerBy, 19));
    }

    // A value the GUI thread lets go (a million leads' columns) is freed on a job's thread.
    void releaseElsewhereFreesOnAJobsThread_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("a value") << false;
        QTest::newRow("the last reference") << true;
    }

    void releaseElsewhereFreesOnAJobsThread()
    {
        QFETCH(bool, shared);
        struct Witness
        {
            std::shared_ptr<std::atomic<QThread *>> freedOn;
            Witness(std::shared_ptr<std::atomic<QThread *>> where)
                : freedOn(std::move(where))
            {}
            Witness(Witness &&) = default;
            ~Witness()
            {
                if (freedOn)
                    *freedOn = QThread::currentThread();
            }
        };
        auto freedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        if (shared)
            BackgroundJobs::releaseElsewhere(std::make_shared<const Witness>(freedOn));
        else
            BackgroundJobs::releaseElsewhere(Witness(freedOn));
        QTRY_VERIFY(freedOn->load() != nullptr);
        QVERIFY(freedOn->load() != QThread::currentThread());
    }

    // Threads stay: one that ends gives its malloc arena back holding the arena's lock.
    void poolsKeepTheirThreads()
    {
        QCOMPARE(BackgroundJobs::pool()->expiryTimeout(), -1);
        QThreadPool own;
        BackgroundJobs::keepThreads(own, 3);
        QCOMPARE(own.expiryTimeout(), -1);
        QCOMPARE(own.maxThreadCount(), 3);
    }
};

QTEST_MAIN(TestBackgroundJobs)
#include "tst_backgroundjobs.moc"
