// The command line on files that are no workspace or cannot be written: an empty file
// is refused by every command and never turned into a workspace, LeadStage's mark
// without a schema version is named, a negative id is named as such, and reading a
// read-only file leaves nothing beside it that would block a later writer.

#include "LeadstageProcess.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadstageProcess;

namespace {

QStringList sidecars(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs, u"-journal"_qs, u".lock"_qs, u".incomplete"_qs})
        if (QFile::exists(path + suffix))
            found << suffix;
    return found;
}

QStringList withFile(QStringList arguments, const QString &path)
{
    arguments.replaceInStrings(u"FILE"_qs, path);
    return arguments;
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFileIsRefusedByEveryCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("score") << QStringList{u"score"_qs, u"FILE"_qs};
        QTest::newRow("info") << QStringList{u"info"_qs, u"FILE"_qs};
        QTest::newRow("metrics") << QStringList{u"metrics"_qs, u"FILE"_qs};
        QTest::newRow("explain") << QStringList{u"explain"_qs, u"FILE"_qs, u"L1"_qs};
        QTest::newRow("model list") << QStringList{u"model"_qs, u"list"_qs, u"FILE"_qs};
        QTest::newRow("model activate") << QStringList{u"model"_qs, u"activate"_qs, u"FILE"_qs, u"1"_qs};
    }

    void emptyFileIsRefusedByEveryCommand()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.leadstage"_qs);
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        const Run run = leadstage(withFile(arguments, path));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"is empty (0 bytes): not a LeadStage workspace"_qs), qPrintable(run.err));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(sidecars(path), QStringList());
    }

    void markWithoutSchemaVersionIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("score") << QStringList{u"score"_qs, u"FILE"_qs};
        QTest::newRow("info") << QStringList{u"info"_qs, u"FILE"_qs};
    }

    void markWithoutSchemaVersionIsNamed()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"marked.leadstage"_qs);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(db, "PRAGMA application_id = 1280529479; CREATE TABLE events (x);", nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = hashOf(path);
        const Run run = leadstage(withFile(arguments, path));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(u"is not a LeadStage workspace: it carries LeadStage's mark but no schema version"_qs),
            qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"no such table"_qs), qPrintable(run.err));
        QCOMPARE(hashOf(path), before);
    }

    void negativeIdIsNamed()
    {
        verifyBadArguments({u"model"_qs, u"activate"_qs, u"w.leadstage"_qs, u"-1"_qs},
                           u"'-1' is not accepted: ids and counts are positive whole numbers"_qs);
    }

    void readingAReadOnlyFileLeavesNothingBeside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.leadstage"_qs);
        QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"200"_qs, u"--out"_qs, path}).exitCode, 0);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = hashOf(path);
        for (const QStringList &arguments : {QStringList{u"info"_qs, path}, QStringList{u"metrics"_qs, path},
                                             QStringList{u"model"_qs, u"list"_qs, path}}) {
            const Run run = leadstage(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(u' ') + u": "_qs + run.err));
            QCOMPARE(sidecars(path), QStringList());
        }
        QCOMPARE(hashOf(path), before);
        const Run refused = leadstage({u"score"_qs, path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"is read-only"_qs), qPrintable(refused.err));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const Run score = leadstage({u"score"_qs, path});
        QVERIFY2(score.exitCode == 0, qPrintable(score.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
