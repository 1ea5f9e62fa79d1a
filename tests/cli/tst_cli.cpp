#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "LeadstageProcess.h"

using namespace LeadstageProcess;

namespace {

// This test is built as leadstage is: a sanitizer's allocator is not glibc's, so the
// program leaves the heap alone.
constexpr bool sanitized()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsTheCommands()
    {
        const Run run = leadstage({u"--help"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"demo"_qs));
        QVERIFY(run.out.contains(u"info"_qs));
        const Run demoHelp = leadstage({u"demo"_qs, u"--help"_qs});
        QCOMPARE(demoHelp.exitCode, 0);
        QVERIFY(demoHelp.out.contains(u"--leads"_qs));
        QVERIFY(demoHelp.out.contains(u"--csv"_qs));
    }

    void versionPrintsTheVersion()
    {
        const Run run = leadstage({u"--version"_qs});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n').value(0), u"leadstage " LEADSTAGE_VERSION ""_qs);
    }

    // The program restarts itself with glibc's malloc on transparent huge pages where
    // the kernel leaves them to each program (issue 20); --version says how it runs.
    void versionSaysHowTheHeapIsPaged_data()
    {
        QTest::addColumn<bool>("smallPagesAsked");
        QTest::newRow("as started by a user") << false;
        QTest::newRow("LEADSTAGE_SMALL_PAGES set") << true;
    }

    void versionSaysHowTheHeapIsPaged()
    {
        QFETCH(bool, smallPagesAsked);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"GLIBC_TUNABLES"_qs);
        environment.remove(u"LEADSTAGE_SMALL_PAGES"_qs);
        if (smallPagesAsked)
            environment.insert(u"LEADSTAGE_SMALL_PAGES"_qs, u"1"_qs);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LEADSTAGE_BINARY), {u"--version"_qs});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
        QCOMPARE(lines.value(0), u"leadstage " LEADSTAGE_VERSION ""_qs);

        QFile setting(u"/sys/kernel/mm/transparent_hugepage/enabled"_qs);
        const QByteArray kernel = setting.open(QIODevice::ReadOnly) ? setting.readLine() : QByteArray();
        QString expected = u"heap: small pages, with transparent huge pages for the largest buffers only"_qs;
        if (!kernel.contains('['))
            expected = u"heap: small pages (this system offers no transparent huge pages)"_qs;
        else if (kernel.contains("[always]"))
            expected = u"heap: transparent huge pages (the system gives them to every program)"_qs;
        else if (kernel.contains("[never]"))
            expected = u"heap: small pages (the system has transparent huge pages turned off)"_qs;
        else if (!smallPagesAsked && !sanitized())
            expected = u"heap: transparent huge pages (glibc.malloc.hugetlb=1)"_qs;
        QCOMPARE(lines.value(1), expected);
    }

    void badArgumentsGetOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << u"unknown command 'frobnicate'"_qs;
        QTest::newRow("unknown option") << QStringList{u"demo"_qs, u"--colour"_qs} << u"Unknown option"_qs;
        QTest::newRow("leads not a number") << QStringList{u"demo"_qs, u"--leads"_qs, u"many"_qs, u"--csv"_qs, u"x"_qs}
                                            << u"--leads expects a whole number"_qs;
        QTest::newRow("no output") << QStringList{u"demo"_qs, u"--leads"_qs, u"10"_qs} << u"exactly one of --out"_qs;
        QTest::newRow("both outputs") << QStringList{u"demo"_qs, u"--out"_qs, u"a.leadstage"_qs, u"--csv"_qs, u"d"_qs}
                                      << u"exactly one of --out"_qs;
        QTest::newRow("bad end date") << QStringList{u"demo"_qs, u"--end"_qs, u"31/12/2025"_qs, u"--csv"_qs, u"d"_qs}
                                      << u"--end expects a date as YYYY-MM-DD"_qs;
        QTest::newRow("zero months") << QStringList{u"demo"_qs, u"--months"_qs, u"0"_qs, u"--csv"_qs, u"d"_qs}
                                     << u"number of months"_qs;
        QTest::newRow("info without file") << QStringList{u"info"_qs} << u"give one workspace file"_qs;
    }

    void badArgumentsGetOneLineAndExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        verifyBadArguments(arguments, expected);
    }

    void demoWritesCsvAndWorkspaceWithTheSameData()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"csv"_qs);
        const QString workspace = dir.filePath(u"demo.leadstage"_qs);
        const QStringList common{u"demo"_qs,   u"--leads"_qs, u"1500"_qs,  u"--months"_qs,  u"6"_qs,
                                 u"--seed"_qs, u"9"_qs,       u"--end"_qs, u"2025-06-30"_qs};
        const Run toCsv = leadstage(common + QStringList{u"--csv"_qs, csv});
        QCOMPARE(toCsv.exitCode, 0);
        QVERIFY(toCsv.out.contains(u"Wrote 1,500 leads"_qs));
        for (const char *name : {"leads.csv", "events.csv", "outcomes.csv"})
            QVERIFY(QFile::exists(QDir(csv).filePath(QString::fromLatin1(name))));

        const Run again = leadstage(common + QStringList{u"--csv"_qs, dir.filePath(u"csv2"_qs)});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(hashOf(dir.filePath(u"csv2/events.csv"_qs)), hashOf(QDir(csv).filePath(u"events.csv"_qs)));

        const Run toWorkspace = leadstage(common + QStringList{u"--out"_qs, workspace});
        QCOMPARE(toWorkspace.exitCode, 0);
        const Run info = leadstage({u"info"_qs, workspace, u"--json"_qs});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(json[u"rows"_qs][u"leads"_qs].toInteger(), 1500);
        QFile events(QDir(csv).filePath(u"events.csv"_qs));
        QVERIFY(events.open(QIODevice::ReadOnly));
        const qint64 eventLines = events.readAll().count('\n') - 1;
        QCOMPARE(json[u"rows"_qs][u"events"_qs].toInteger(), eventLines);
        QVERIFY(json[u"lastEvent"_qs].toString() <= u"2025-06-30T23:59:59Z"_qs);
        QVERIFY(json[u"firstEvent"_qs].toString() >= u"2025-01-01T00:00:00Z"_qs);
        QVERIFY(json[u"schemaVersion"_qs].toInt() >= 2);

        const Run table = leadstage({u"info"_qs, workspace});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(u"Schema version"_qs));
        QVERIFY(table.out.contains(u"1,500"_qs));
        QVERIFY(table.out.contains(u"Events from     2025-"_qs));
    }

    void demoNeverOverwritesAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"taken.leadstage"_qs);
        QVERIFY(leadstage({u"demo"_qs, u"--leads"_qs, u"50"_qs, u"--out"_qs, path}).exitCode == 0);
        const QByteArray before = hashOf(path);
        const Run run = leadstage({u"demo"_qs, u"--leads"_qs, u"50"_qs, u"--out"_qs, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"already exists"_qs));
        QCOMPARE(hashOf(path), before);
    }

    void infoExplainsFilesItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv renamed to .leadstage") << QByteArray("a,b\n1,2\n") << u"not an SQLite database"_qs;
        QTest::newRow("missing file") << QByteArray() << u"does not exist"_qs;
    }

    void infoExplainsFilesItCannotRead()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.leadstage"_qs);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Run run = leadstage({u"info"_qs, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.err.contains(u"broken.leadstage"_qs));
        QVERIFY(!content.isEmpty() || !QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_cli.moc"
