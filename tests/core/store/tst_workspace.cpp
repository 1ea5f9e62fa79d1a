#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "store/WorkspaceSummary.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A valid workspace with one lead, closed again.
QString makeWorkspace(const QTemporaryDir &dir, const QString &name = u"w.leadstage"_qs)
{
    const QString path = dir.filePath(name);
    auto workspace = Workspace::create(path);
    if (!workspace)
        qFatal("cannot create %s", qPrintable(workspace.error().toString()));
    auto insert = (*workspace)->database().prepare("INSERT INTO leads (email, created_at) VALUES (?1, ?2)");
    insert->bind(1, u"a@example.com"_qs).bind(2, std::int64_t(1700000000));
    if (!insert->run())
        qFatal("insert failed");
    return path;
}

void execRaw(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("raw sql failed: %s", message);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewWorkspaceWithLatestSchema()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(u"new.leadstage"_qs));
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        QCOMPARE((*workspace)->schemaVersion(), Schema::latestVersion());
        QCOMPARE((*workspace)->name(), u"new"_qs);
        auto summary = WorkspaceSummary::read(**workspace);
        QVERIFY(summary.ok());
        QCOMPARE(summary->rows(u"leads"_qs), 0);
        QCOMPARE(summary->rows(u"activity_types"_qs), 26);
        QVERIFY(!summary->firstEventAt);
        auto mode = (*workspace)->database().prepare("PRAGMA journal_mode");
        QVERIFY(mode->step().value());
        QCOMPARE(mode->text(0), u"wal"_qs);
        auto pageSize = (*workspace)->database().prepare("PRAGMA page_size");
        QVERIFY(pageSize->step().value());
        QCOMPARE(pageSize->int64(0), 8192); // bulk imports run a fifth faster than with 4 KiB
        auto keys = (*workspace)->database().prepare("PRAGMA foreign_keys");
        QVERIFY(keys->step().value());
        QCOMPARE(keys->int64(0), 1);
    }

    void reopensAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        auto workspace = Workspace::open(path, {});
        QVERIFY(workspace.ok());
        auto summary = WorkspaceSummary::read(**workspace);
        QCOMPARE(summary->rows(u"leads"_qs), 1);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(u"fk.leadstage"_qs));
        auto insert = (*workspace)
                          ->database()
                          .prepare("INSERT INTO events (lead_id, occurred_at, activity_id, id) VALUES (999, 0, 1, 1)");
        const Status status = insert->run();
        QVERIFY(!status.ok());
        QVERIFY(status.error().what.contains(u"FOREIGN KEY"_qs));
    }

    void missingFileIsNotCreatedUnlessAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"absent.leadstage"_qs);
        auto workspace = Workspace::open(path, {});
        QVERIFY(!workspace.ok());
        QVERIFY(workspace.error().what.contains(u"does not exist"_qs));
        QVERIFY(!QFile::exists(path));
        auto inMissingFolder = Workspace::create(dir.filePath(u"no/such/folder/x.leadstage"_qs));
        QVERIFY(!inMissingFolder.ok());
        QVERIFY(inMissingFolder.error().what.contains(u"folder"_qs));
    }

    void refusesBadFilesWithoutChangingThem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a text file") << u"text"_qs << u"not an SQLite database"_qs;
        QTest::newRow("a file shorter than the SQLite header") << u"short"_qs << u"not an SQLite database"_qs;
        QTest::newRow("a damaged workspace") << u"corrupt"_qs << u"damaged"_qs;
        QTest::newRow("another program's SQLite database") << u"foreign"_qs << u"not a LeadStage workspace"_qs;
        QTest::newRow("a workspace from a newer LeadStage") << u"newer"_qs << u"newer LeadStage"_qs;
        QTest::newRow("a read-only file") << u"readonly"_qs << u"read-only"_qs;
        QTest::newRow("a folder") << u"folder"_qs << u"folder"_qs;
        QTest::newRow("an empty, 0-byte file") << u"empty"_qs << u"is empty (0 bytes): not a LeadStage workspace"_qs;
        QTest::newRow("an SQLite database without tables")
            << u"emptydb"_qs << u"empty SQLite database (no tables): not a LeadStage workspace"_qs;
        QTest::newRow("LeadStage's mark without a schema version") << u"noversion"_qs << u"no schema version"_qs;
    }

    void refusesBadFilesWithoutChangingThem()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = dir.filePath(u"bad.leadstage"_qs);
        if (kind == u"text") {
            writeFile(path, "lead_id,email\nL1,a@example.com\n");
        } else if (kind == u"short") {
            writeFile(path, "SQLite");
        } else if (kind == u"corrupt") {
            path = makeWorkspace(dir, u"bad.leadstage"_qs);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Scribble over the b-tree pages after page 1's header: the schema is unreadable.
            file.seek(100);
            file.write(QByteArray(8192, '\x5a'));
        } else if (kind == u"foreign") {
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            execRaw(db, "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)");
            sqlite3_close(db);
        } else if (kind == u"newer") {
            path = makeWorkspace(dir, u"bad.leadstage"_qs);
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            execRaw(db, "PRAGMA user_version = 99");
            sqlite3_close(db);
        } else if (kind == u"readonly") {
            path = makeWorkspace(dir, u"bad.leadstage"_qs);
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        } else if (kind == u"folder") {
            QVERIFY(QDir(dir.path()).mkdir(u"bad.leadstage"_qs));
        } else if (kind == u"empty") {
            writeFile(path, QByteArray());
        } else if (kind == u"emptydb" || kind == u"noversion") {
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            execRaw(db, kind == u"emptydb" ? "CREATE TABLE t(x); DROP TABLE t;"
                                           : "PRAGMA application_id = 1280529479; CREATE TABLE leads(x);");
            sqlite3_close(db);
        }
        const QByteArray before = fileHash(path);
        auto workspace = Workspace::open(path, {});
        QVERIFY(!workspace.ok());
        const Error &error = workspace.error();
        QVERIFY2(error.what.contains(expected), qPrintable(error.toString()));
        QVERIFY2(error.where.endsWith(u"bad.leadstage"_qs), qPrintable(error.toString()));
        QVERIFY2(!error.hint.isEmpty(), qPrintable(error.toString()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u".lock"_qs));
    }

    void readOnlyAccessWorksOnReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        QVERIFY((*workspace)->isReadOnly());
        QCOMPARE(WorkspaceSummary::read(**workspace)->rows(u"leads"_qs), 1);
    }

    void refusesWorkspaceOpenInAnotherLeadStage()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        auto first = Workspace::open(path, {});
        QVERIFY(first.ok());
        auto second = Workspace::open(path, {});
        QVERIFY(!second.ok());
        QVERIFY2(second.error().what.contains(u"open in another LeadStage"_qs), qPrintable(second.error().toString()));
        QVERIFY(second.error().hint.contains(u"copy"_qs));
        // Reading is still allowed while it is open for writing elsewhere.
        auto reader = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(reader.ok());
    }

    void aSecondConnectionWritesUnderTheSameLock()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        auto main = Workspace::open(path, {});
        QVERIFY(main.ok());
        auto second = (*main)->openConnection();
        QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().toString()));
        auto insert = (*second)->database().prepare("INSERT INTO leads (email, created_at) VALUES (?1, ?2)");
        insert->bind(1, u"b@example.com"_qs).bind(2, std::int64_t(1700000001));
        QVERIFY(insert->run().ok());
        auto counted = (*main)->database().prepare("SELECT count(*) FROM leads");
        QVERIFY(*counted->step());
        QCOMPARE(counted->int64(0), 2); // the main connection sees what the second wrote
        // The lock lives as long as any connection: closing the main one keeps others out.
        main->reset();
        QVERIFY(!Workspace::open(path, {}).ok());
        second->reset();
        QVERIFY(Workspace::open(path, {}).ok());
        auto readOnly = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(!(*readOnly)->openConnection().ok());
    }

    void refusesWorkspaceLockedByAnotherProgram()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        const QByteArray before = fileHash(path);
        sqlite3 *other = nullptr;
        sqlite3_open(path.toUtf8().constData(), &other);
        execRaw(other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM leads;");
        auto workspace = Workspace::open(path, {Workspace::Access::ReadWrite, Workspace::Missing::Fail, 50});
        QVERIFY(!workspace.ok());
        QVERIFY2(workspace.error().what.contains(u"locked"_qs), qPrintable(workspace.error().toString()));
        QVERIFY(workspace.error().hint.contains(u"Another program"_qs));
        execRaw(other, "ROLLBACK");
        sqlite3_close(other);
        QCOMPARE(fileHash(path), before);
        QVERIFY(Workspace::open(path, {}).ok());
    }

    void errorTextNamesPlaceAndAdvice()
    {
        const Error error{u"ragged row"_qs, u"leads.csv"_qs, 12, 3, u"Fix the row and import again."_qs};
        QCOMPARE(error.toString(), u"leads.csv:12:3: ragged row. Fix the row and import again."_qs);
    }

    // A worker frees the pages it read before the GUI thread gets the connection back:
    // otherwise the GUI's next statement after another connection's write frees them there.
    void releasedPagesLeaveTheCacheEmpty()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(u"w.leadstage"_qs));
        QVERIFY(workspace);
        Database &database = (*workspace)->database();
        QVERIFY(database.exec("BEGIN"));
        auto insert = database.prepare("INSERT INTO leads (email, created_at) VALUES (?1, ?2)");
        QVERIFY(insert);
        for (int lead = 0; lead < 20000; ++lead) {
            insert->bind(1, u"lead-%1@example.com"_qs.arg(lead)).bind(2, std::int64_t(1700000000 + lead));
            QVERIFY(insert->run());
        }
        QVERIFY(database.exec("COMMIT"));
        auto read = database.prepare("SELECT sum(length(email)) FROM leads");
        QVERIFY(read);
        auto row = read->step();
        QVERIFY(row && *row);
        read->reset();
        const auto cacheUsed = [&] {
            int used = 0, highest = 0;
            sqlite3_db_status(database.handle(), SQLITE_DBSTATUS_CACHE_USED, &used, &highest, 0);
            return used;
        };
        const int before = cacheUsed();
        QVERIFY2(before > 500 * 1024, qPrintable(QString::number(before)));
        database.releaseCachedPages();
        QVERIFY2(cacheUsed() < before / 20, qPrintable(u"%1 of %2"_qs.arg(cacheUsed()).arg(before)));
        // The connection reads on as before.
        auto again = database.prepare("SELECT count(*) FROM leads");
        QVERIFY(again);
        row = again->step();
        QVERIFY(row && *row);
        QCOMPARE(again->int64(0), std::int64_t(20000));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
