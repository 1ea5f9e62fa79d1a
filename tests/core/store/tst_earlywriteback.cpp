// EarlyWriteback: on a file it asks the kernel a few times a second to start writing
// the file's changed pages, and stops at once when it goes; a file it cannot open
// leaves it idle, and nothing fails.
#include "store/EarlyWriteback.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

class TestEarlyWriteback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksAFewTimesASecondWhileAFileIsWritten()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"workspace.leadstage"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        EarlyWriteback writeback(file.fileName());
        const QByteArray page(1 << 20, 'x');
        QElapsedTimer clock;
        clock.start();
        while (writeback.requests() < 2 && clock.elapsed() < 30000) {
            QCOMPARE(file.write(page), page.size());
            QVERIFY(file.flush());
            QTest::qWait(20);
        }
        QVERIFY2(writeback.requests() >= 2, "no request to the kernel in 30 s");
        // The first came no sooner than its interval.
        QVERIFY(clock.elapsed() >= EarlyWriteback::intervalMs);
    }

    void stopsAtOnce()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"workspace.leadstage"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QElapsedTimer clock;
        clock.start();
        {
            EarlyWriteback writeback(file.fileName());
        }
        QVERIFY(clock.elapsed() < EarlyWriteback::intervalMs);
    }

    void aFileItCannotOpenLeavesItIdle()
    {
        QTemporaryDir dir;
        EarlyWriteback writeback(dir.filePath(u"no such file"_qs));
        QTest::qWait(EarlyWriteback::intervalMs * 2);
        QCOMPARE(writeback.requests(), 0);
    }
};

QTEST_MAIN(TestEarlyWriteback)
#include "tst_earlywriteback.moc"
