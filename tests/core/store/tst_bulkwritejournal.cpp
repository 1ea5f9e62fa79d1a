// BulkWriteJournal: a bulk job written with the rollback journal and the return to
// WAL; the switch refused while another connection has the file open; and a job
// stopped mid-way — a child process that dies without committing, after SQLite has
// already written part of the transaction into the file — undone by the next open,
// read-only or not, with nothing of it left.

#include "store/BulkWriteJournal.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace LeadStage;

namespace {

constexpr std::int64_t leadsBefore = 3;

QString journalMode(Database &database)
{
    auto query = database.prepare("PRAGMA journal_mode");
    return query && *query->step() ? query->text(0) : QString();
}

std::int64_t scalar(Database &database, const char *sql)
{
    auto query = database.prepare(sql);
    return query && *query->step() ? query->int64(0) : -1;
}

Status insertLeads(Database &database, int first, int count)
{
    auto insert = database.prepare("INSERT INTO leads (external_id, email, created_at, attrs) VALUES (?1, ?2, 0, ?3)");
    if (!insert)
        return insert.error();
    const QString padding(400, u'x'); // fills pages quickly: the child must spill to the file
    for (int i = first; i < first + count; ++i) {
        insert->bind(1, u"L%1"_qs.arg(i)).bind(2, u"lead%1@example.com"_qs.arg(i));
        insert->bind(3, u"{\"note\":\"%1\"}"_qs.arg(padding));
        if (Status status = insert->run(); !status)
            return status;
    }
    return {};
}

QString makeWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"w.leadstage"_qs);
    auto workspace = Workspace::create(path);
    if (!workspace || !insertLeads((*workspace)->database(), 0, int(leadsBefore)))
        qFatal("cannot create the workspace");
    return path;
}

// In a child process: a bulk import that has written pages into the file when it dies.
void importAndDie(const QString &path)
{
    const pid_t child = fork();
    if (child == 0) {
        auto workspace = Workspace::open(path, {});
        if (!workspace)
            _exit(2);
        Database &database = (*workspace)->database();
        BulkWriteJournal journal(database);
        (void)database.exec("PRAGMA cache_size = 16"); // 16 pages: the transaction spills early
        Transaction transaction(database);
        if (!journal.isActive() || !transaction.isActive() || !insertLeads(database, 100, 5000))
            _exit(3);
        _exit(0); // no commit, no rollback, no destructor: as kill -9 leaves it
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
}

} // namespace

class TestBulkWriteJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWithRollbackJournalThenReturnsToWal()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(makeWorkspace(dir), {});
        QVERIFY(workspace.ok());
        Database &database = (*workspace)->database();
        QCOMPARE(journalMode(database), u"wal"_qs);
        {
            BulkWriteJournal journal(database);
            QVERIFY(journal.isActive());
            QCOMPARE(journalMode(database), u"truncate"_qs);
            Transaction transaction(database);
            QVERIFY(insertLeads(database, 100, 50).ok());
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(journalMode(database), u"wal"_qs);
        QCOMPARE(scalar(database, "SELECT count(*) FROM leads"), leadsBefore + 50);
    }

    void refusedWhileAnotherConnectionIsOpen()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(makeWorkspace(dir), {});
        QVERIFY(workspace.ok());
        auto reader = Workspace::open((*workspace)->path(), {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(reader.ok());
        QCOMPARE(scalar((*reader)->database(), "SELECT count(*) FROM leads"), leadsBefore);
        BulkWriteJournal journal((*workspace)->database());
        QVERIFY(!journal.isActive()); // the reader keeps its WAL view: the job runs in WAL mode
        QCOMPARE(journalMode((*workspace)->database()), u"wal"_qs);
    }

    void jobStoppedMidwayIsUndoneOnNextOpen_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("opened read-only") << true;
        QTest::newRow("opened for writing") << false;
    }

    void jobStoppedMidwayIsUndoneOnNextOpen()
    {
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        const qint64 sizeBefore = QFileInfo(path).size();
        importAndDie(path);
        // What a crash leaves: a journal to roll back, and a file already changed.
        QVERIFY(QFileInfo(path + u"-journal"_qs).size() > 0);
        QVERIFY(QFileInfo(path).size() > sizeBefore);

        auto workspace = Workspace::open(
            path, {readOnly ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite, Workspace::Missing::Fail});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        Database &database = (*workspace)->database();
        QCOMPARE(scalar(database, "SELECT count(*) FROM leads"), leadsBefore);
        auto check = database.prepare("PRAGMA integrity_check");
        QVERIFY(check && *check->step());
        QCOMPARE(check->text(0), u"ok"_qs);
        QCOMPARE(journalMode(database), u"wal"_qs);
        QVERIFY(QFileInfo(path + u"-journal"_qs).size() == 0);
    }

    void readOnlyOpenDuringAnotherBulkJobSaysWhatToDo()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        auto writer = Workspace::open(path, {});
        QVERIFY(writer.ok());
        BulkWriteJournal journal((*writer)->database());
        QVERIFY(journal.isActive());
        Transaction transaction((*writer)->database());
        (void)(*writer)->database().exec("PRAGMA cache_size = 16");
        QVERIFY(insertLeads((*writer)->database(), 100, 2000).ok()); // spilled: the journal is live

        auto reader = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(!reader.ok());
        QVERIFY2(reader.error().what.contains(u"is being written by another LeadStage"_qs),
                 qPrintable(reader.error().toString()));
        QVERIFY(reader.error().hint.contains(u"has finished"_qs));
    }
};

QTEST_GUILESS_MAIN(TestBulkWriteJournal)
#include "tst_bulkwritejournal.moc"
