#include "Database.h"

#include "Statement.h"
#include "postgres/ServerConnection.h"
#include "postgres/ServerDialect.h"
#include "postgres/ServerStatement.h"

#include <QCoreApplication>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <QFileInfo>
#include <QUrl>

namespace LeadStage {

Database::Database(sqlite3 *handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path))
{}

Database::Database(std::unique_ptr<ServerConnection> server, QString address)
    : m_server(std::move(server))
    , m_path(std::move(address))
{}

Database::Database(Database &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_server(std::move(other.m_server))
    , m_path(std::move(other.m_path))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_handle = std::exchange(other.m_handle, nullptr);
        m_server = std::move(other.m_server);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::releaseCachedPages()
{
    if (m_handle)
        sqlite3_db_release_memory(m_handle);
}

void Database::close()
{
    if (m_handle) {
        // sqlite3_close_v2 defers the close until every statement is finalised.
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
    m_server.reset();
}

Result<Database> Database::open(const QString &path, int flags, const QString &uriQuery)
{
    // SQLite's memory statistics take a global mutex on every allocation, which the
    // bulk jobs' millions of rows pay for and nothing here reads. Only possible before
    // SQLite initialises; later (another library opened a database first) it is refused
    // and changes nothing.
    static const bool statisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)statisticsOff;
    sqlite3 *handle = nullptr;
    // A URI's path is percent-encoded: a '?' or '#' in a folder name stays part of the path.
    const QByteArray file = uriQuery.isEmpty() ? path.toUtf8()
                                               : QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()
                                                     + '?' + uriQuery.toUtf8();
    if (!uriQuery.isEmpty())
        flags |= SQLITE_OPEN_URI;
    const int rc = sqlite3_open_v2(file.constData(), &handle, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        Error error{QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)), path, 0, 0,
                    sqliteHint(rc)};
        sqlite3_close_v2(handle);
        return error;
    }
    sqlite3_extended_result_codes(handle, 1);
    return Database(handle, path);
}

Status Database::exec(std::string_view sql)
{
    if (m_server)
        return m_server->execute(ServerDialect::translate(sql).sql,
                                 QString::fromUtf8(sql.data(), qsizetype(std::min<size_t>(sql.size(), 60))));
    const std::string text(sql);
    char *message = nullptr;
    if (sqlite3_exec(m_handle, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return lastError(QString::fromUtf8(sql.data(), qsizetype(std::min<size_t>(sql.size(), 60))));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    if (m_server)
        return Statement(std::make_unique<ServerStatement>(*m_server, sql), this);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        return lastError(QCoreApplication::translate("StoreError", "preparing a query"));
    }
    return Statement(statement, this);
}

Error Database::lastError(const QString &doing) const
{
    if (m_server) {
        QString message = QString::fromUtf8(PQerrorMessage(m_server->handle())).trimmed();
        if (!doing.isEmpty())
            message = QCoreApplication::translate("StoreError", "%1 (while %2)").arg(message, doing);
        return Error{message, m_path};
    }
    const int code = m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_MISUSE;
    QString message = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                               : QCoreApplication::translate("StoreError", "no database open");
    if (!doing.isEmpty())
        message = QCoreApplication::translate("StoreError", "%1 (while %2)").arg(message, doing);
    return Error{message, m_path, 0, 0, sqliteHint(code)};
}

int Database::lastErrorCode() const
{
    if (m_server)
        return PQstatus(m_server->handle()) == CONNECTION_OK ? SQLITE_OK : SQLITE_IOERR;
    return m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_MISUSE;
}

std::int64_t Database::lastInsertId() const
{
    if (m_server) {
        // The value the last INSERT drew from an identity column's sequence in this session.
        auto last = m_server->query("SELECT lastval()", {}, u"reading a new row's id"_qs);
        return last && last->rows() == 1 ? last->int64(0, 0).value_or(0) : 0;
    }
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    if (m_server)
        return int(m_server->lastChanges());
    return sqlite3_changes(m_handle);
}

bool Database::inTransaction() const
{
    if (m_server)
        return PQtransactionStatus(m_server->handle()) != PQTRANS_IDLE;
    return m_handle && sqlite3_get_autocommit(m_handle) == 0;
}

QString sqliteHint(int extendedCode)
{
    switch (extendedCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate(
            "StoreError",
            "Another program is using this workspace. Close it there (or let its work finish) and try again.");
    case SQLITE_READONLY:
        return QCoreApplication::translate(
            "StoreError", "The file or its folder is read-only. Make it writable, or save a copy where you can write.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate(
            "StoreError",
            "The file is damaged. Restore it from a backup or create a new workspace; LeadStage has not changed it.");
    case SQLITE_FULL:
        return QCoreApplication::translate("StoreError",
                                           "The disk is full. Free some space and try again; nothing was saved.");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("StoreError",
                                           "Check that the file and its folder exist and that you may read them.");
    case SQLITE_IOERR:
        return QCoreApplication::translate("StoreError", "The disk reported an error. Check the drive and try again.");
    default:
        return {};
    }
}

} // namespace LeadStage
