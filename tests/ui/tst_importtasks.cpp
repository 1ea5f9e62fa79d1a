// The import wizard's background work as the GUI thread sees it: a scan's progress
// reaches the window as at most one waiting call, however many blocks the scan read
// while the window was busy, and that call shows the scan's latest count.

#include "import/ActivityMap.h"
#include "importwizard/ImportTasks.h"
#include "store/Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace LeadStage;

class TestImportTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanProgressWaitsAsOneCall_data();
    void scanProgressWaitsAsOneCall();
};

void TestImportTasks::scanProgressWaitsAsOneCall_data()
{
    QTest::addColumn<int>("rows");
    // 64 KiB blocks (CsvReader's default): one block, and about fifty.
    QTest::newRow("one block") << 100;
    QTest::newRow("fifty blocks") << 40000;
}

void TestImportTasks::scanProgressWaitsAsOneCall()
{
    QFETCH(int, rows);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(u"leads.csv"_qs);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("lead_id,email,created_at\n");
        for (int i = 1; i <= rows; ++i)
            file.write(QStringLiteral("L%1,lead%1@example.com,2025-03-14T09:30:00Z\n").arg(i).toUtf8());
    }
    const qint64 bytes = QFile(csv).size();
    auto workspace =
        Workspace::open(dir.filePath(u"w.leadstage"_qs), {Workspace::Access::ReadWrite, Workspace::Missing::Create});
    QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().toString()));
    ImportTasks tasks(std::shared_ptr<Workspace>(std::move(*workspace)));
    QSignalSpy progressed(&tasks, &ImportTasks::scanProgressed);
    QSignalSpy scanned(&tasks, &ImportTasks::scanned);

    ImportTasks::ScanInput input;
    input.kind = ImportKind::Leads;
    input.path = csv;
    input.mapping.kind = ImportKind::Leads;
    input.mapping.map(u"external_id"_qs, u"lead_id"_qs);
    input.mapping.map(u"email"_qs, u"email"_qs);
    input.mapping.map(u"created_at"_qs, u"created_at"_qs);
    tasks.scan({input}, ActivityMap());
    // The GUI thread busy for the whole scan: nothing it was sent runs meanwhile.
    while (tasks.isScanning())
        QThread::yieldCurrentThread();
    QVERIFY(scanned.wait());
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(progressed.count(), 1);
    QCOMPARE(progressed.last().at(0).toLongLong(), bytes);
    QCOMPARE(progressed.last().at(1).toLongLong(), bytes);
}

QTEST_MAIN(TestImportTasks)
#include "tst_importtasks.moc"
