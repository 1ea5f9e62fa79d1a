#include "Workspace.h"

#include "Schema.h"
#include "Statement.h"
#include "StorageProblem.h"
#include "Transaction.h"
#include "WorkspaceBuild.h"

#include <QCoreApplication>
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace LeadStage {

namespace {

constexpr char sqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr qint64 quickCheckLimit = 64 * 1024 * 1024;

Error fileError(const QString &path, const QString &what, const QString &hint)
{
    return Error{what, QDir::toNativeSeparators(path), 0, 0, hint};
}

bool isFileWritable(const QFileInfo &info)
{
    // Not WriteUser alone: for root it reports access(2), which ignores the file's mode.
    const QFileDevice::Permissions writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return (info.permissions() & writeBits) && info.isWritable();
}

bool isFolderWritable(const QFileInfo &info)
{
    return QFileInfo(info.absolutePath()).isWritable();
}

Error emptyFileError(const QString &path)
{
    return fileError(path, QCoreApplication::translate("StoreError", "is empty (0 bytes): not a LeadStage workspace"),
                     QCoreApplication::translate(
                         "StoreError", "Choose a .leadstage file. To make a new workspace, use File → New Workspace, "
                                       "`leadstage import FILE --leads …` or `leadstage demo --out FILE`."));
}

// Refuses what is plainly not a workspace before SQLite touches the file.
Status checkFileBeforeOpening(const QFileInfo &info, const Workspace::Options &options)
{
    const QString path = info.filePath();
    if (info.isDir())
        return fileError(path, QCoreApplication::translate("StoreError", "is a folder, not a workspace file"),
                         QCoreApplication::translate("StoreError", "Choose a .leadstage file inside it."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, QCoreApplication::translate("StoreError", "cannot be read: %1").arg(file.errorString()),
                         QCoreApplication::translate("StoreError", "Check that you may read the file."));
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return emptyFileError(path);
    if (header.size() < 16 || !header.startsWith(sqliteMagic) || header.at(15) != 0)
        return fileError(
            path,
            QCoreApplication::translate("StoreError", "is not a LeadStage workspace (it is not an SQLite database)"),
            QCoreApplication::translate("StoreError",
                                        "Choose a .leadstage file, or create a new workspace with File → New."));
    if (options.access == Workspace::Access::ReadWrite) {
        // A read-only mount makes file and folder unwritable alike: name the mount.
        if ((!isFileWritable(info) || !isFolderWritable(info))
            && StorageProblem::ofFolder(info.absolutePath()) == StorageProblem::Kind::ReadOnlyFileSystem)
            return *StorageProblem::error(path,
                                          QCoreApplication::translate("StoreError", "cannot be opened for writing"));
        if (!isFileWritable(info))
            return fileError(path, QCoreApplication::translate("StoreError", "is read-only"),
                             QCoreApplication::translate("StoreError",
                                                         "Make the file writable (chmod u+w), or copy it to a folder "
                                                         "where you can write and open the copy."));
        if (!isFolderWritable(info)) {
            if (auto problem = StorageProblem::error(
                    path, QCoreApplication::translate("StoreError", "cannot be opened for writing")))
                return *problem;
            return fileError(
                path,
                QCoreApplication::translate("StoreError",
                                            "is in a read-only folder (LeadStage keeps its journal beside the file)"),
                QCoreApplication::translate("StoreError",
                                            "Copy the workspace to a folder where you can write and open the copy."));
        }
    }
    return {};
}

// Says in the user's words why the first read failed. `holdingLock`: this open holds
// the workspace's lock, so a busy file is another program's doing.
Error readError(Database &database, Error error, bool holdingLock)
{
    switch (database.lastErrorCode() & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        error.what = QCoreApplication::translate("StoreError", "is damaged (%1)").arg(error.what);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        // A LeadStage bulk job (the command line's import) holds the file while it writes.
        if (const auto owner = holdingLock ? std::nullopt : WorkspaceLock::liveOwner(database.path())) {
            error.what =
                QCoreApplication::translate(
                    "StoreError", "is being written by another LeadStage (process %1 on %2: an import or a rescore)")
                    .arg(owner->pid)
                    .arg(owner->host);
            error.hint = QCoreApplication::translate("StoreError", "Try again when it has finished.");
        } else {
            error.what = QCoreApplication::translate("StoreError", "is locked by another program (%1)").arg(error.what);
        }
        break;
    default:
        break;
    }
    return error;
}

Status checkReadable(Database &database, qint64 fileSize, bool holdingLock)
{
    // Reading the schema fails on a damaged header, a locked file or a foreign format.
    auto schema = database.prepare("SELECT count(*) FROM sqlite_schema");
    if (!schema)
        return readError(database, schema.error(), holdingLock);
    if (auto row = schema->step(); !row)
        return readError(database, row.error(), holdingLock);
    if (fileSize > quickCheckLimit)
        return {};
    auto check = database.prepare("PRAGMA quick_check(1)");
    if (!check)
        return readError(database, check.error(), holdingLock);
    auto row = check->step();
    if (!row)
        return readError(database, row.error(), holdingLock);
    const QString verdict = check->text(0);
    if (verdict != u"ok")
        return Error{QCoreApplication::translate("StoreError", "is damaged (%1)").arg(verdict), database.path(), 0, 0,
                     sqliteHint(SQLITE_CORRUPT)};
    return {};
}

Result<int> pragmaInt(Database &database, const char *pragma)
{
    auto query = database.prepare(pragma);
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return int(query->int64(0));
}

// Whether the file is ours, someone else's, or new: only a file this open creates
// may be empty (no tables yet).
Status checkIdentity(Database &database, int &schemaVersion, bool creating)
{
    auto tables = pragmaInt(database, "SELECT count(*) FROM sqlite_schema");
    auto applicationId = pragmaInt(database, "PRAGMA application_id");
    auto version = pragmaInt(database, "PRAGMA user_version");
    for (const auto *result : {&tables, &applicationId, &version})
        if (!*result)
            return result->error();
    schemaVersion = *version;
    const bool ours = *applicationId == Schema::applicationId;
    const bool isEmpty = *tables == 0 && *version == 0 && (ours || *applicationId == 0);
    if (isEmpty)
        return creating
                   ? Status()
                   : fileError(database.path(),
                               QCoreApplication::translate(
                                   "StoreError", "is an empty SQLite database (no tables): not a LeadStage workspace"),
                               QCoreApplication::translate(
                                   "StoreError",
                                   "Choose a .leadstage file. To make a new workspace, use File → New Workspace, "
                                   "`leadstage import FILE --leads …` or `leadstage demo --out FILE`."));
    if (!ours)
        return fileError(
            database.path(),
            QCoreApplication::translate("StoreError", "is an SQLite database, but not a LeadStage workspace"),
            QCoreApplication::translate(
                "StoreError", "Choose a .leadstage file; to bring data from another tool, import its CSV exports."));
    if (schemaVersion == 0)
        return fileError(database.path(),
                         QCoreApplication::translate(
                             "StoreError",
                             "is not a LeadStage workspace: it carries LeadStage's mark but no schema version "
                             "(PRAGMA user_version is 0), so LeadStage did not make it and cannot upgrade it"),
                         QCoreApplication::translate("StoreError",
                                                     "Choose another .leadstage file; this one has not been changed."));
    if (schemaVersion > Schema::latestVersion())
        return fileError(
            database.path(),
            QCoreApplication::translate(
                "StoreError", "was written by a newer LeadStage (workspace version %1; this LeadStage reads up to %2)")
                .arg(schemaVersion)
                .arg(Schema::latestVersion()),
            QCoreApplication::translate("StoreError",
                                        "Open it with a newer LeadStage. The file has not been changed."));
    return {};
}

const QString restoreHint = QCoreApplication::translate(
    "StoreError", "Make the file and its folder writable and open it again: the interrupted "
                  "import is undone then, nothing else is changed.");

// A bulk job stopped mid-way (BulkWriteJournal; a crash, kill -9) leaves the file in
// rollback-journal mode, and mid-transaction a journal only a writer can roll back: a
// read-only open would fail on it with "attempt to write a readonly database". Rolls
// it back in a brief writing open, as SQLite does on a writer's first read, returns
// the file to WAL and takes over the dead job's lock. An empty journal (the job died
// between its transactions) is no danger: where the file cannot be written it is read
// as it is.
Status settleLeftJournal(const QString &path, int busyTimeoutMs, bool canWrite, Workspace::OpenNotes &notes)
{
    const QFileInfo journal(path + u"-journal"_qs);
    if (!journal.exists())
        return {};
    const bool hot = journal.size() > 0;
    if (!canWrite && hot && WorkspaceLock::liveOwner(path))
        return Status(); // a live writer's journal: openReadOnly says so
    if (!canWrite)
        return hot ? fileError(
                   path,
                   QCoreApplication::translate(
                       "StoreError",
                       "was left mid-write by an interrupted import, and the file or its folder is read-only"),
                   restoreHint)
                   : Status();
    if (!hot && WorkspaceLock::liveOwner(path))
        return {}; // a live bulk job between its two transactions
    // Only a writer in rollback-journal mode leaves a journal while it holds the lock.
    auto locked = WorkspaceLock::acquire(
        path, {QCoreApplication::translate("StoreError", "is being written by another LeadStage (process %1 on %2)"),
               QCoreApplication::translate("StoreError", "Open it again when that import or rescore has finished.")});
    if (!locked)
        return hot ? Status(locked.error()) : Status();
    auto opened = Database::open(path, SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE);
    if (!opened)
        return fileError(path,
                         QCoreApplication::translate("StoreError", "was left mid-write by an interrupted import (%1)")
                             .arg(opened.error().what),
                         restoreHint);
    sqlite3_busy_timeout(opened->handle(), busyTimeoutMs);
    for (const char *sql : {"SELECT count(*) FROM sqlite_schema", "PRAGMA journal_mode = WAL"}) {
        auto query = opened->prepare(sql);
        const auto row = query ? query->step() : Result<bool>(query.error());
        if (!row)
            return fileError(
                path,
                QCoreApplication::translate("StoreError", "was left mid-write by an interrupted import (%1)")
                    .arg(row.error().what),
                restoreHint);
    }
    notes.interruptedWriteUndone = hot;
    notes.lockTakenOver = locked->takenOverFrom;
    return {};
}

} // namespace

Workspace::Workspace(QString path, Database database, Access access, std::shared_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_database(std::move(database))
    , m_access(access)
    , m_lock(std::move(lock))
{}

Workspace::~Workspace()
{
    m_database.close();
}

QString Workspace::name() const
{
    if (isOnServer())
        return m_schemaName;
    return QFileInfo(m_path).completeBaseName();
}

Status Workspace::prepareForWriting(Database &database)
{
    // A large page cache keeps bulk imports into indexed tables (e-mail, external id) off the disk.
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -262144"})
        if (Status status = database.exec(pragma); !status)
            return status;
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::openConnection() const
{
    if (m_access != Access::ReadWrite)
        return fileError(m_path, QCoreApplication::translate("StoreError", "is open read-only"),
                         QCoreApplication::translate("StoreError", "Open the workspace for writing first."));
    if (isOnServer())
        return openServerConnection();
    auto opened = Database::open(m_path, SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE);
    if (!opened)
        return opened.error();
    Database database = std::move(opened.value());
    sqlite3_busy_timeout(database.handle(), m_busyTimeoutMs);
    if (Status status = prepareForWriting(database); !status)
        return status.error();
    std::unique_ptr<Workspace> connection(new Workspace(m_path, std::move(database), m_access, m_lock));
    connection->m_schemaVersion = m_schemaVersion;
    connection->m_busyTimeoutMs = m_busyTimeoutMs;
    return connection;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path)
{
    return open(path, Options{Access::ReadWrite, Missing::Create});
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Options &options)
{
    if (isServerAddress(path))
        return openOnServer(path, options);
    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    const bool exists = info.exists();
    const bool isNew = !exists || (info.isFile() && info.size() == 0);
    if (isNew && (options.missing == Missing::Fail || options.access == Access::ReadOnly))
        return exists
                   ? emptyFileError(path)
                   : fileError(path, QCoreApplication::translate("StoreError", "does not exist"),
                               QCoreApplication::translate("StoreError", "Check the path, or create a new workspace."));
    if (isNew) {
        auto build = WorkspaceBuild::start(absolutePath);
        if (!build)
            return build.error();
        return (*build)->finish(Options{Access::ReadWrite, Missing::Fail, options.busyTimeoutMs});
    }
    if (Status status = checkFileBeforeOpening(info, options); !status)
        return status.error();
    if (options.access == Access::ReadOnly)
        return openReadOnly(absolutePath, options, OpenNotes{});
    auto locked = WorkspaceLock::acquire(absolutePath);
    if (!locked)
        return locked.error();
    return openLocked(absolutePath, options, std::move(*locked), false);
}

// Where the file and its folder can be written, a read-write connection that refuses
// to write (query_only): as the last connection to close it removes the -wal and -shm
// files SQLite needs for reading, which a read-only connection leaves behind with the
// file's mode (a 444 file's would block every later writer). Where they cannot be
// written (a read-only file, folder or medium), SQLite's immutable URI reads without
// creating them; nothing writes such a file meanwhile (LeadStage refuses to, and
// nothing can on a read-only medium). Only changes still in a -wal file need the
// locks, and then a plain read-only URI.
Result<std::unique_ptr<Workspace>> Workspace::openReadOnly(const QString &path, const Options &options, OpenNotes notes)
{
    const QFileInfo info(path);
    const bool canWrite = isFileWritable(info) && isFolderWritable(info);
    if (Status status = settleLeftJournal(path, options.busyTimeoutMs, canWrite, notes); !status)
        return status.error();
    // Where it cannot take SQLite's locks, a reader would see another account's writer
    // change pages under it: while a LeadStage holds the workspace, it is not read.
    if (!canWrite)
        if (const auto owner = WorkspaceLock::liveOwner(path))
            return fileError(
                path,
                QCoreApplication::translate(
                    "StoreError", "is open for writing in another LeadStage (process %1 on %2), and the file or its "
                                  "folder is read-only to you, so it cannot be read safely meanwhile")
                    .arg(owner->pid)
                    .arg(owner->host),
                QCoreApplication::translate("StoreError",
                                            "Open it again when the other LeadStage has closed it, or read a copy."));
    const bool walPending = QFileInfo(path + u"-wal"_qs).size() > 0;
    notes.readAsImmutable = !canWrite && !walPending;
    const int flags = SQLITE_OPEN_NOMUTEX | (canWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
    const QString uri = canWrite ? QString() : notes.readAsImmutable ? u"mode=ro&immutable=1"_qs : u"mode=ro"_qs;
    auto opened = Database::open(path, flags, uri);
    if (!opened)
        return opened.error();
    Database database = std::move(opened.value());
    sqlite3_busy_timeout(database.handle(), options.busyTimeoutMs);
    if (canWrite)
        if (Status status = database.exec("PRAGMA query_only = ON"); !status)
            return status.error();
    Status readable = checkReadable(database, info.size(), false);
    if (!readable && walPending && !canWrite)
        return fileError(
            path,
            QCoreApplication::translate(
                "StoreError", "has changes in %1 that cannot be read where the file or its folder is read-only (%2)")
                .arg(QFileInfo(path + u"-wal"_qs).fileName(), readable.error().what),
            QCoreApplication::translate(
                "StoreError", "Copy the workspace together with its -wal file to a folder where you can write, "
                              "and open the copy."));
    if (!readable)
        return readable.error();
    int version = 0;
    if (Status status = checkIdentity(database, version, false); !status)
        return status.error();
    auto stale = ScoreStatus::read(database);
    if (!stale)
        return stale.error();
    notes.staleScores = *stale;
    std::unique_ptr<Workspace> workspace(new Workspace(path, std::move(database), Access::ReadOnly, nullptr));
    workspace->m_schemaVersion = version;
    workspace->m_busyTimeoutMs = options.busyTimeoutMs;
    workspace->m_notes = std::move(notes);
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::openLocked(const QString &path, const Options &options,
                                                         WorkspaceLock::Acquired lock, bool creating)
{
    OpenNotes notes;
    notes.lockTakenOver = lock.takenOverFrom;
    // Under our lock no LeadStage writes: a journal left now is a dead job's, which
    // SQLite rolls back on this connection's first read.
    notes.interruptedWriteUndone = !creating && QFileInfo(path + u"-journal"_qs).size() > 0;
    const int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE | (creating ? SQLITE_OPEN_CREATE : 0);
    auto opened = Database::open(path, flags);
    if (!opened)
        return opened.error();
    Database database = std::move(opened.value());
    sqlite3_busy_timeout(database.handle(), options.busyTimeoutMs);

    if (Status status = checkReadable(database, creating ? 0 : QFileInfo(path).size(), true); !status)
        return status.error();
    int version = 0;
    if (Status status = checkIdentity(database, version, creating); !status)
        return status.error();
    // 8 KiB pages: bulk imports into the indexed tables ran a fifth faster than with
    // SQLite's 4 KiB (measured on the demo's million leads). Only a new file can take
    // it: the size is fixed by the first table.
    if (creating)
        if (Status status = database.exec("PRAGMA page_size = 8192"); !status)
            return status.error();
    // Every time, not only for a new file: a bulk job stopped mid-way leaves the file in
    // rollback-journal mode (BulkWriteJournal).
    if (Status status = database.exec("PRAGMA journal_mode = WAL"); !status)
        return readError(database, status.error(), true);
    if (Status status = prepareForWriting(database); !status)
        return status.error();
    if (version < Schema::latestVersion())
        if (Status status = Schema::migrate(database); !status)
            return status.error();
    version = Schema::latestVersion();
    {
        // Learn now, not in the middle of an import, that another program holds the write lock.
        Transaction probe(database);
        if (!probe.isActive())
            return readError(database, probe.beginStatus().error(), true);
    }
    auto stale = ScoreStatus::read(database);
    if (!stale)
        return stale.error();
    notes.staleScores = *stale;

    std::unique_ptr<Workspace> workspace(
        new Workspace(path, std::move(database), Access::ReadWrite, std::move(lock.lock)));
    workspace->m_schemaVersion = version;
    workspace->m_busyTimeoutMs = options.busyTimeoutMs;
    workspace->m_notes = std::move(notes);
    return workspace;
}

QStringList Workspace::OpenNotes::recoveryMessages() const
{
    QStringList messages;
    if (lockTakenOver)
        messages << QCoreApplication::translate(
                        "StoreError",
                        "LeadStage was not closed properly last time (process %1 on %2 stopped with the workspace "
                        "open); its lock was taken over.")
                        .arg(lockTakenOver->pid)
                        .arg(lockTakenOver->host);
    if (interruptedWriteUndone)
        messages << QCoreApplication::translate(
            "StoreError", "A write that was interrupted (an import or its rescore) was rolled back: the workspace "
                          "keeps what was completed before it.");
    if (upgradeWaitsForOwner)
        messages << QCoreApplication::translate("StoreError",
                                                "This team workspace has schema version %1: the model versions saved "
                                                "in it record no author until one of its owners opens it in this "
                                                "LeadStage, which upgrades it to version %2.")
                        .arg(*upgradeWaitsForOwner)
                        .arg(Schema::latestVersion());
    return messages;
}

} // namespace LeadStage
