#include "Workspace.h"

#include "Schema.h"
#include "Statement.h"
#include "Transaction.h"

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

// Refuses what is plainly not a workspace before SQLite touches the file.
Status checkFileBeforeOpening(const QFileInfo &info, const Workspace::Options &options)
{
    const QString path = info.filePath();
    if (info.isDir())
        return fileError(path, u"is a folder, not a workspace file"_qs,
                         u"Choose a .leadstage file inside it."_qs);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, u"cannot be read: %1"_qs.arg(file.errorString()),
                         u"Check that you may read the file."_qs);
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && (header.size() < 16 || !header.startsWith(sqliteMagic) || header.at(15) != 0))
        return fileError(path, u"is not a LeadStage workspace (it is not an SQLite database)"_qs,
                         u"Choose a .leadstage file, or create a new workspace with File → New."_qs);
    if (options.access == Workspace::Access::ReadWrite) {
        // Not WriteUser: for root it reports access(2), which ignores the file's mode.
        const QFileDevice::Permissions writeBits =
            QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (!(info.permissions() & writeBits) || !info.isWritable())
            return fileError(path, u"is read-only"_qs,
                             u"Make the file writable (chmod u+w), or copy it to a folder where you can write and open the copy."_qs);
        if (!QFileInfo(info.absolutePath()).isWritable())
            return fileError(path, u"is in a read-only folder (LeadStage keeps its journal beside the file)"_qs,
                             u"Copy the workspace to a folder where you can write and open the copy."_qs);
    }
    return {};
}

// Says in the user's words why the first read failed.
Error readError(Database &database, Error error)
{
    switch (database.lastErrorCode() & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        error.what = u"is damaged (%1)"_qs.arg(error.what);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.what = u"is locked by another program (%1)"_qs.arg(error.what);
        break;
    default:
        break;
    }
    return error;
}

Status checkReadable(Database &database, qint64 fileSize)
{
    // Reading the schema fails on a damaged header, a locked file or a foreign format.
    auto schema = database.prepare("SELECT count(*) FROM sqlite_schema");
    if (!schema)
        return readError(database, schema.error());
    if (auto row = schema->step(); !row)
        return readError(database, row.error());
    if (fileSize > quickCheckLimit)
        return {};
    auto check = database.prepare("PRAGMA quick_check(1)");
    if (!check)
        return readError(database, check.error());
    auto row = check->step();
    if (!row)
        return readError(database, row.error());
    const QString verdict = check->text(0);
    if (verdict != u"ok")
        return Error{u"is damaged (%1)"_qs.arg(verdict), database.path(), 0, 0,
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

// Whether the file is new (no tables yet), ours, or someone else's.
Status checkIdentity(Database &database, int &schemaVersion, bool &isEmpty)
{
    auto tables = pragmaInt(database, "SELECT count(*) FROM sqlite_schema");
    auto applicationId = pragmaInt(database, "PRAGMA application_id");
    auto version = pragmaInt(database, "PRAGMA user_version");
    for (const auto *result : {&tables, &applicationId, &version})
        if (!*result)
            return result->error();
    isEmpty = *tables == 0 && *applicationId == 0;
    schemaVersion = *version;
    if (!isEmpty && *applicationId != Schema::applicationId)
        return fileError(database.path(), u"is an SQLite database, but not a LeadStage workspace"_qs,
                         u"Choose a .leadstage file; to bring data from another tool, import its CSV exports."_qs);
    if (schemaVersion > Schema::latestVersion())
        return fileError(database.path(),
                         u"was written by a newer LeadStage (workspace version %1; this LeadStage reads up to %2)"_qs
                             .arg(schemaVersion)
                             .arg(Schema::latestVersion()),
                         u"Open it with a newer LeadStage. The file has not been changed."_qs);
    return {};
}

// What a refusal says when a live LeadStage holds the lock: %1 its process, %2 its host.
struct LockHeldWording
{
    QString what = u"is open in another LeadStage (process %1 on %2)"_qs;
    QString hint = u"Close it there first, or open a copy of the file."_qs;
};

Result<std::unique_ptr<QLockFile>> lockForWriting(const QString &path, const LockHeldWording &held = {})
{
    auto lock = std::make_unique<QLockFile>(path + u".lock"_qs);
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        return fileError(path, held.what.arg(pid).arg(host), held.hint);
    }
    return fileError(path, u"cannot be locked for writing (the lock file beside it cannot be created)"_qs,
                     u"Check that you may write in the workspace's folder."_qs);
}

// A bulk job stopped mid-way (BulkWriteJournal; a crash, kill -9) leaves a journal
// only a writer can roll back: a read-only open would fail on it with "attempt to
// write a readonly database". Rolls it back in a brief writing open, as SQLite does
// on a writer's first read, and returns the file to WAL.
Status rollBackLeftJournal(const QString &path, int busyTimeoutMs)
{
    const QFileInfo journal(path + u"-journal"_qs);
    if (!journal.exists() || journal.size() == 0)
        return {};
    // Only a writer in rollback-journal mode leaves a journal while it holds the lock.
    auto locked = lockForWriting(path, {u"is being written by another LeadStage (process %1 on %2)"_qs,
                                        u"Open it again when that import or rescore has finished."_qs});
    if (!locked)
        return locked.error();
    const QString restoreHint = u"Make the file and its folder writable and open it again: the interrupted "
                                "import is undone then, nothing else is changed."_qs;
    auto opened = Database::open(path, SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE);
    if (!opened)
        return fileError(path, u"was left mid-write by an interrupted import (%1)"_qs.arg(opened.error().what),
                         restoreHint);
    sqlite3_busy_timeout(opened->handle(), busyTimeoutMs);
    for (const char *sql : {"SELECT count(*) FROM sqlite_schema", "PRAGMA journal_mode = WAL"}) {
        auto query = opened->prepare(sql);
        const auto row = query ? query->step() : Result<bool>(query.error());
        if (!row)
            return fileError(path, u"was left mid-write by an interrupted import (%1)"_qs.arg(row.error().what),
                             restoreHint);
    }
    return {};
}

} // namespace

Workspace::Workspace(QString path, Database database, Access access, std::shared_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_database(std::move(database)), m_access(access), m_lock(std::move(lock))
{
}

Workspace::~Workspace()
{
    m_database.close();
}

QString Workspace::name() const
{
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
        return fileError(m_path, u"is open read-only"_qs, u"Open the workspace for writing first."_qs);
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
    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    const bool exists = info.exists();
    if (!exists && (options.missing == Missing::Fail || options.access == Access::ReadOnly))
        return fileError(path, u"does not exist"_qs, u"Check the path, or create a new workspace."_qs);
    if (!exists && !QFileInfo(info.absolutePath()).isDir())
        return fileError(path, u"cannot be created: the folder %1 does not exist"_qs.arg(info.absolutePath()),
                         u"Create the folder first, or choose another place."_qs);
    if (exists)
        if (Status status = checkFileBeforeOpening(info, options); !status)
            return status.error();

    if (exists && options.access == Access::ReadOnly)
        if (Status status = rollBackLeftJournal(absolutePath, options.busyTimeoutMs); !status)
            return status.error();

    std::unique_ptr<QLockFile> lock;
    if (options.access == Access::ReadWrite) {
        auto locked = lockForWriting(absolutePath);
        if (!locked)
            return locked.error();
        lock = std::move(locked.value());
    }

    int flags = SQLITE_OPEN_NOMUTEX;
    if (options.access == Access::ReadOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);
    auto opened = Database::open(absolutePath, flags);
    if (!opened)
        return opened.error();
    Database database = std::move(opened.value());
    sqlite3_busy_timeout(database.handle(), options.busyTimeoutMs);

    if (Status status = checkReadable(database, exists ? info.size() : 0); !status)
        return status.error();
    int version = 0;
    bool isEmpty = false;
    if (Status status = checkIdentity(database, version, isEmpty); !status)
        return status.error();

    if (options.access == Access::ReadWrite) {
        // 8 KiB pages: bulk imports into the indexed tables ran a fifth faster than with
        // SQLite's 4 KiB (measured on the demo's million leads). Only a new file can
        // take it: the size is fixed by the first table.
        if (isEmpty)
            if (Status status = database.exec("PRAGMA page_size = 8192"); !status)
                return status.error();
        // Every time, not only for a new file: a bulk job stopped mid-way leaves the
        // file in rollback-journal mode (BulkWriteJournal).
        if (Status status = database.exec("PRAGMA journal_mode = WAL"); !status)
            return readError(database, status.error());
        if (Status status = prepareForWriting(database); !status)
            return status.error();
        if (version < Schema::latestVersion())
            if (Status status = Schema::migrate(database); !status)
                return status.error();
        version = Schema::latestVersion();
        // Learn now, not in the middle of an import, that another program holds the write lock.
        Transaction probe(database);
        if (!probe.isActive())
            return readError(database, probe.beginStatus().error());
    }

    std::unique_ptr<Workspace> workspace(
        new Workspace(absolutePath, std::move(database), options.access, std::move(lock)));
    workspace->m_schemaVersion = version;
    workspace->m_busyTimeoutMs = options.busyTimeoutMs;
    return workspace;
}

} // namespace LeadStage
