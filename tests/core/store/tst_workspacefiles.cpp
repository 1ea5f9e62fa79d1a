// What opening a workspace finds beside it and on its disk: the lock a dead LeadStage
// left (taken over, and said), read-only files, folders and media (read without
// leaving -wal/-shm files behind), a full disk (named as such), a reader during a
// LeadStage bulk write, and new workspaces built beside their name (WorkspaceBuild).

#include "store/Schema.h"
#include "store/ScoreStatus.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "store/WorkspaceBuild.h"
#include "store/WorkspaceSummary.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace LeadStage;

namespace {

const Workspace::Options readOnly{Workspace::Access::ReadOnly, Workspace::Missing::Fail};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

QString makeWorkspace(const QString &path)
{
    auto workspace = Workspace::create(path);
    if (!workspace)
        qFatal("cannot create %s", qPrintable(workspace.error().toString()));
    auto insert = (*workspace)->database().prepare("INSERT INTO leads (email, created_at) VALUES ('a@x.example', 1)");
    if (!insert->run())
        qFatal("insert failed");
    return path;
}

QStringList sidecars(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs, u"-journal"_qs, u".lock"_qs})
        if (QFile::exists(path + suffix))
            found << suffix;
    return found;
}

// The pid of a process that has exited: a LeadStage that died.
qint64 deadPid()
{
    QProcess process;
    process.start(u"true"_qs, QStringList());
    if (!process.waitForStarted())
        qFatal("cannot start true");
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

// A lock file as QLockFile writes it, for a process that no longer runs.
void writeDeadLock(const QString &workspacePath, qint64 pid)
{
    QFile lock(workspacePath + u".lock"_qs);
    if (!lock.open(QIODevice::WriteOnly))
        qFatal("cannot write the lock");
    lock.write(QByteArray::number(pid) + "\nleadstage\n" + QSysInfo::machineHostName().toUtf8() + '\n'
               + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished() && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A mount only root may make; the test says what it skips when it cannot.
bool mountOrSkipReason(const QStringList &arguments, QString &reason)
{
    if (::geteuid() != 0) {
        reason = u"mounting needs root"_qs;
        return false;
    }
    if (!run(u"mount"_qs, arguments)) {
        reason = u"mount %1 was refused here"_qs.arg(arguments.join(u' '));
        return false;
    }
    return true;
}

} // namespace

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockOfADeadLeadStageIsTakenOverAndSaid()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir.filePath(u"w.leadstage"_qs));
        {
            auto clean = Workspace::open(path, {});
            QVERIFY(clean.ok());
            QVERIFY(!(*clean)->openNotes().lockTakenOver); // the last close was clean
            QVERIFY((*clean)->openNotes().recoveryMessages().isEmpty());
        }
        const qint64 pid = deadPid();
        writeDeadLock(path, pid);
        auto workspace = Workspace::open(path, {});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        const auto &notes = (*workspace)->openNotes();
        QVERIFY(notes.lockTakenOver.has_value());
        QCOMPARE(notes.lockTakenOver->pid, pid);
        QCOMPARE(notes.lockTakenOver->host, QSysInfo::machineHostName());
        QCOMPARE(notes.recoveryMessages().size(), 1);
        QVERIFY2(notes.recoveryMessages().first().contains(u"LeadStage was not closed properly last time"_qs),
                 qPrintable(notes.recoveryMessages().first()));
    }

    void emptyFileIsAWorkspaceOnlyWhenCreating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.leadstage"_qs);
        QFile(path).open(QIODevice::WriteOnly);
        for (const Workspace::Options &options : {Workspace::Options{}, readOnly}) {
            auto refused = Workspace::open(path, options);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().what.contains(u"is empty (0 bytes)"_qs), qPrintable(refused.error().toString()));
            QCOMPARE(QFileInfo(path).size(), 0);
            QVERIFY(sidecars(path).isEmpty());
        }
        auto created = Workspace::open(path, {Workspace::Access::ReadWrite, Workspace::Missing::Create});
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE((*created)->schemaVersion(), Schema::latestVersion());
    }

    void readOnlyOpenLeavesNothingBeside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("immutable");
        QTest::newRow("a writable file") << u"writable"_qs << false;
        QTest::newRow("a read-only file (444)") << u"file444"_qs << true;
        // Root writes in a 555 folder anyway, so SQLite's files could be made there.
        QTest::newRow("a read-only folder (555)") << u"folder555"_qs << (::geteuid() != 0);
    }

    void readOnlyOpenLeavesNothingBeside()
    {
        QFETCH(QString, kind);
        QFETCH(bool, immutable);
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"f"_qs);
        QVERIFY(QDir().mkpath(folder));
        const QString path = makeWorkspace(folder + u"/w.leadstage"_qs);
        const QByteArray before = fileHash(path);
        if (kind == u"file444")
            QVERIFY(
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        if (kind == u"folder555")
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
        {
            auto workspace = Workspace::open(path, readOnly);
            QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
            QCOMPARE((*workspace)->openNotes().readAsImmutable, immutable);
            QCOMPARE(WorkspaceSummary::read(**workspace)->rows(u"leads"_qs), 1);
            // Read-only means it: the connection refuses to write.
            QVERIFY(!(*workspace)->database().exec("DELETE FROM leads").ok());
        }
        QCOMPARE(sidecars(path), QStringList());
        QCOMPARE(fileHash(path), before);
        // Nothing left behind blocks a writer once the file and folder are writable again.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto writer = Workspace::open(path, {});
        QVERIFY2(writer.ok(), qPrintable(writer ? QString() : writer.error().toString()));
        QVERIFY((*writer)->database().exec("DELETE FROM leads").ok());
    }

    // Another account's LeadStage holds the workspace (a shared folder this reader cannot
    // write): reading without SQLite's locks could mix pages of its writes, so it is refused.
    void readOnlyFileHeldByALiveWriterIsNotRead()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir.filePath(u"w.leadstage"_qs));
        auto writer = Workspace::open(path, {});
        QVERIFY(writer.ok());
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        auto reader = Workspace::open(path, readOnly);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!reader.ok());
        QVERIFY2(reader.error().what.contains(u"is open for writing in another LeadStage (process %1"_qs.arg(
                     QCoreApplication::applicationPid())),
                 qPrintable(reader.error().toString()));
        QVERIFY(reader.error().hint.contains(u"when the other LeadStage has closed it"_qs));
    }

    void readOnlyMediumIsReadAndNamed()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"src"_qs), mounted = dir.filePath(u"ro"_qs);
        QVERIFY(QDir().mkpath(source) && QDir().mkpath(mounted));
        makeWorkspace(source + u"/w.leadstage"_qs);
        QString reason;
        if (!mountOrSkipReason({u"--bind"_qs, source, mounted}, reason))
            QSKIP(qPrintable(reason));
        const bool remounted = run(u"mount"_qs, {u"-o"_qs, u"remount,bind,ro"_qs, mounted});
        const auto unmount = qScopeGuard([&] { run(u"umount"_qs, {mounted}); });
        if (!remounted)
            QSKIP("a read-only remount was refused here");
        const QString path = mounted + u"/w.leadstage"_qs;
        {
            auto workspace = Workspace::open(path, readOnly);
            QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
            QVERIFY((*workspace)->openNotes().readAsImmutable);
            QCOMPARE(WorkspaceSummary::read(**workspace)->rows(u"leads"_qs), 1);
        }
        auto writer = Workspace::open(path, {});
        QVERIFY(!writer.ok());
        QVERIFY2(writer.error().what.contains(u"read-only file system"_qs), qPrintable(writer.error().toString()));
        QCOMPARE(sidecars(source + u"/w.leadstage"_qs), QStringList());
    }

    void fullDiskIsNamedWhenTheLockCannotBeMade()
    {
        QTemporaryDir dir;
        const QString mounted = dir.filePath(u"small"_qs);
        QVERIFY(QDir().mkpath(mounted));
        QString reason;
        if (!mountOrSkipReason({u"-t"_qs, u"tmpfs"_qs, u"-o"_qs, u"size=1m"_qs, u"tmpfs"_qs, mounted}, reason))
            QSKIP(qPrintable(reason));
        const auto unmount = qScopeGuard([&] { run(u"umount"_qs, {mounted}); });
        const QString path = makeWorkspace(mounted + u"/w.leadstage"_qs);
        QFile filler(mounted + u"/filler"_qs);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        auto workspace = Workspace::open(path, {});
        QVERIFY(!workspace.ok());
        QVERIFY2(workspace.error().what.contains(u"is full"_qs), qPrintable(workspace.error().toString()));
        QVERIFY(!workspace.error().what.contains(u"permission"_qs));
        QVERIFY(workspace.error().hint.contains(u"Free some space"_qs));
        QVERIFY(!QFile::exists(path + u".lock"_qs));
    }

    // The command line's import writes with a rollback journal under its lock: a reader
    // that meets its exclusive lock is refused after the busy timeout, and told who writes.
    void readerDuringALeadStageBulkWriteIsToldWhoWrites()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir.filePath(u"w.leadstage"_qs));
        QLockFile lock(path + u".lock"_qs);
        QVERIFY(lock.tryLock(0));
        sqlite3 *writer = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &writer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(writer,
                              "PRAGMA journal_mode = TRUNCATE; BEGIN EXCLUSIVE;"
                              " INSERT INTO leads (email, created_at) VALUES ('b@x.example', 2);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        auto reader = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail, 50});
        QVERIFY(!reader.ok());
        QVERIFY2(reader.error().what.contains(
                     u"being written by another LeadStage (process %1"_qs.arg(QCoreApplication::applicationPid())),
                 qPrintable(reader.error().toString()));
        sqlite3_exec(writer, "COMMIT; PRAGMA journal_mode = WAL;", nullptr, nullptr, nullptr);
        sqlite3_close(writer);
        lock.unlock();
        auto after = Workspace::open(path, readOnly);
        QVERIFY(after.ok());
        QCOMPARE(WorkspaceSummary::read(**after)->rows(u"leads"_qs), 2);
    }

    void staleScoresAreToldByEveryOpen()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir.filePath(u"w.leadstage"_qs));
        {
            auto workspace = Workspace::open(path, {});
            QVERIFY(workspace.ok());
            // makeWorkspace's lead was never scored: the mark is set by the writer, not
            // here; set it as an import's commit does.
            QVERIFY(ScoreStatus::markStale((*workspace)->database(), ScoreStatus::importReason).ok());
        }
        for (const Workspace::Options &options : {Workspace::Options{}, readOnly}) {
            auto workspace = Workspace::open(path, options);
            QVERIFY(workspace.ok());
            const auto &stale = (*workspace)->openNotes().staleScores;
            QVERIFY(stale.has_value());
            QCOMPARE(stale->reason, u"import"_qs);
            QVERIFY(ScoreStatus::describe(*stale).contains(u"its rescore did not finish"_qs));
        }
    }

    void buildAppearsUnderItsNameOnlyWhenFinished()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.leadstage"_qs);
        {
            auto build = WorkspaceBuild::start(path);
            QVERIFY2(build.ok(), qPrintable(build ? QString() : build.error().toString()));
            QVERIFY((*build)->workspace().database().exec("INSERT INTO leads (email, created_at) VALUES ('a@x', 1)"));
            QVERIFY(!QFile::exists(path));
            QVERIFY(QFile::exists(WorkspaceBuild::buildingPath(path)));
            // Another LeadStage cannot take the name meanwhile.
            QVERIFY(!Workspace::create(path).ok());
        } // abandoned: a failure or a cancel
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());

        auto build = WorkspaceBuild::start(path);
        QVERIFY(build.ok());
        QVERIFY((*build)->workspace().database().exec("INSERT INTO leads (email, created_at) VALUES ('a@x', 1)"));
        auto finished = (*build)->finish();
        QVERIFY2(finished.ok(), qPrintable(finished ? QString() : finished.error().toString()));
        QCOMPARE(WorkspaceSummary::read(**finished)->rows(u"leads"_qs), 1);
        finished->reset();
        build->reset();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"new.leadstage"_qs});
        QVERIFY(!WorkspaceBuild::start(path).ok()); // never over an existing workspace
    }

    void leftoversOfACrashedBuildAreRemovedByTheNext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.leadstage"_qs);
        QFile leftover(WorkspaceBuild::buildingPath(path));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half a workspace");
        leftover.close();
        writeDeadLock(path, deadPid());
        auto created = Workspace::create(path);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
        QVERIFY((*created)->openNotes().lockTakenOver.has_value());
        QVERIFY(!QFile::exists(WorkspaceBuild::buildingPath(path)));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"
