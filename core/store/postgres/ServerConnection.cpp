#include "ServerConnection.h"

#include "BinaryCopyTuple.h"

#include "ServerError.h"
#include "ServerPasswords.h"
#include "WorkspaceAddress.h"

#include <libpq-fe.h>

#include <QByteArray>
#include <QList>

#include <string>
#include <utility>

namespace LeadStage {

namespace {

QString describe(pg_conn *connection)
{
    const QString host = QString::fromUtf8(PQhost(connection));
    return u"database %1 on %2:%3 as %4"_qs.arg(QString::fromUtf8(PQdb(connection)), host,
                                                QString::fromUtf8(PQport(connection)),
                                                QString::fromUtf8(PQuser(connection)));
}

} // namespace

ServerConnection::ServerConnection(pg_conn *connection)
    : m_connection(connection)
    , m_label(describe(connection))
{}

ServerConnection::ServerConnection(ServerConnection &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_label(std::move(other.m_label))
    , m_copying(std::move(other.m_copying))
    , m_streamSql(std::move(other.m_streamSql))
    , m_streamBuffer(std::move(other.m_streamBuffer))
    , m_lastChanges(other.m_lastChanges)
{}

ServerConnection &ServerConnection::operator=(ServerConnection &&other) noexcept
{
    if (this != &other) {
        PQfinish(m_connection);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_label = std::move(other.m_label);
        m_copying = std::move(other.m_copying);
        m_streamSql = std::move(other.m_streamSql);
        m_streamBuffer = std::move(other.m_streamBuffer);
        m_lastChanges = other.m_lastChanges;
    }
    return *this;
}

ServerConnection::~ServerConnection()
{
    PQfinish(m_connection);
}

namespace {

// Logs in to the address's server. The URI is expanded by libpq (expand_dbname): what
// comes before it (a connect timeout, so that a server that does not answer is said
// within seconds, not minutes) the URI may change; what comes after it fills what it
// leaves unset: UTF-8 always, since every text LeadStage reads and writes is UTF-8, and
// the password `typed`, else one typed earlier in this process, if any (else libpq reads
// ~/.pgpass or PGPASSWORD).
pg_conn *logIn(const WorkspaceAddress &address, const std::optional<QString> &typed = std::nullopt)
{
    const QByteArray uri = address.connectionUri().toUtf8();
    const std::optional<QByteArray> password =
        typed ? std::optional<QByteArray>(typed->toUtf8()) : ServerPasswords::find(address.connectionUri());
    const char *keywords[] = {"connect_timeout",           "dbname", "client_encoding",
                              "fallback_application_name", nullptr,  nullptr};
    const char *values[] = {"15", uri.constData(), "UTF8", "leadstage", nullptr, nullptr};
    if (password) {
        keywords[4] = "password";
        values[4] = password->constData();
    }
    return PQconnectdbParams(keywords, values, 1);
}

} // namespace

Result<ServerConnection> ServerConnection::connect(const WorkspaceAddress &address)
{
    pg_conn *connection = logIn(address);
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        Error error = ServerError::fromConnection(u"cannot connect to the server"_qs, address.text(), connection);
        PQfinish(connection);
        return error;
    }
    ServerConnection opened(connection);
    // Blobs are read as hex whatever the server's default (ServerStatement decodes them).
    // Notices (a trigger dropped that was not there) are no news to the user.
    if (Status set =
            opened.execute("SET bytea_output = hex; SET client_min_messages = warning", u"setting up the session"_qs);
        !set)
        return set.error();
    return opened;
}

ServerLogin ServerConnection::tryLogin(const WorkspaceAddress &address, const std::optional<QString> &password)
{
    pg_conn *connection = logIn(address, password);
    ServerLogin login;
    login.user = connection ? QString::fromUtf8(PQuser(connection)) : QString();
    if (connection && PQstatus(connection) == CONNECTION_OK) {
        login.outcome = ServerLogin::Outcome::LoggedIn;
    } else {
        login.error = ServerError::fromConnection(u"cannot connect to the server"_qs, address.text(), connection);
        if (connection && PQconnectionNeedsPassword(connection))
            login.outcome = ServerLogin::Outcome::NeedsPassword;
        else if (connection && PQconnectionUsedPassword(connection)
                 && QString::fromUtf8(PQerrorMessage(connection)).contains(u"password authentication failed"_qs))
            login.outcome = ServerLogin::Outcome::PasswordRefused;
        else
            login.outcome = ServerLogin::Outcome::Failed;
    }
    PQfinish(connection);
    return login;
}

Status ServerConnection::execute(std::string_view sql, const QString &doing)
{
    if (sql.starts_with("ROLLBACK")) {
        if (isStreaming()) {
            cancelCopyIn();
            m_streamSql.clear();
            m_streamBuffer.clear();
        }
    } else if (Status settled = settleStream(); !settled) {
        return settled;
    }
    const std::string text(sql);
    PGresult *result = PQexec(m_connection, text.c_str());
    const ExecStatusType status = PQresultStatus(result);
    Status done;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        done = ServerError::fromResult(doing, m_label, result, m_connection);
    PQclear(result);
    return done;
}

Status ServerConnection::executeBuilt(std::string_view builder, const ServerParameters &parameters,
                                      const QString &doing)
{
    auto built = query(builder, parameters, doing);
    if (!built)
        return built.error();
    for (int row = 0; row < built->rows(); ++row)
        if (Status done = execute(built->utf8(row, 0), doing); !done)
            return done;
    return {};
}

Result<ServerResult> ServerConnection::query(std::string_view sql, const ServerParameters &parameters,
                                             const QString &doing)
{
    if (Status settled = settleStream(); !settled)
        return settled.error();
    QList<QByteArray> utf8;
    utf8.reserve(qsizetype(parameters.size()));
    std::vector<const char *> values;
    values.reserve(parameters.size());
    for (const auto &parameter : parameters)
        utf8.append(parameter ? parameter->toUtf8() : QByteArray());
    for (std::size_t i = 0; i < parameters.size(); ++i)
        values.push_back(parameters[i] ? utf8[qsizetype(i)].constData() : nullptr);
    const std::string text(sql);
    PGresult *result =
        PQexecParams(m_connection, text.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error error = ServerError::fromResult(doing, m_label, result, m_connection);
        PQclear(result);
        return error;
    }
    return ServerResult(result);
}

Status ServerConnection::streamRows(std::string_view copySql, std::string_view bytes, const QString &doing,
                                    CopyFormat format)
{
    constexpr std::size_t bytesPerPut = 1 << 20;
    if (copySql != m_streamSql) {
        if (Status settled = settleStream(); !settled)
            return settled;
        if (Status began = beginCopyIn(copySql, doing); !began)
            return began;
        m_streamSql = copySql;
        m_streamFormat = format;
        if (format == CopyFormat::Binary)
            m_streamBuffer.assign(BinaryCopyTuple::header);
    }
    m_streamBuffer.append(bytes);
    if (m_streamBuffer.size() < bytesPerPut)
        return {};
    Status put = putCopyData(m_streamBuffer);
    m_streamBuffer.clear();
    if (!put) {
        cancelCopyIn();
        m_streamSql.clear();
    }
    return put;
}

Status ServerConnection::settleStream()
{
    if (!isStreaming())
        return {};
    m_streamSql.clear();
    if (m_streamFormat == CopyFormat::Binary)
        m_streamBuffer.append(BinaryCopyTuple::trailer);
    Status put = m_streamBuffer.empty() ? Status() : putCopyData(m_streamBuffer);
    m_streamBuffer.clear();
    if (!put) {
        cancelCopyIn();
        return put;
    }
    return endCopyIn();
}

Status ServerConnection::beginCopyIn(std::string_view copySql, const QString &doing)
{
    if (Status settled = settleStream(); !settled)
        return settled;
    const std::string text(copySql);
    PGresult *result = PQexec(m_connection, text.c_str());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    Error error = started ? Error{} : ServerError::fromResult(doing, m_label, result, m_connection);
    PQclear(result);
    if (!started)
        return error;
    m_copying = doing;
    return {};
}

Status ServerConnection::putCopyData(std::string_view bytes)
{
    if (PQputCopyData(m_connection, bytes.data(), int(bytes.size())) != 1)
        return ServerError::fromConnection(m_copying, m_label, m_connection);
    return {};
}

Status ServerConnection::endCopyIn()
{
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        return ServerError::fromConnection(m_copying, m_label, m_connection);
    return finishCommand(m_copying);
}

void ServerConnection::cancelCopyIn()
{
    if (PQputCopyEnd(m_connection, "the copy was stopped by LeadStage") == 1)
        static_cast<void>(finishCommand(m_copying)); // the error it reports is the one asked for
}

Status ServerConnection::copyOut(std::string_view copySql, const std::function<Status(std::string_view line)> &line,
                                 const QString &doing)
{
    if (Status settled = settleStream(); !settled)
        return settled;
    const std::string text(copySql);
    PGresult *result = PQexec(m_connection, text.c_str());
    const bool started = PQresultStatus(result) == PGRES_COPY_OUT;
    Error error = started ? Error{} : ServerError::fromResult(doing, m_label, result, m_connection);
    PQclear(result);
    if (!started)
        return error;
    Status stopped;
    for (;;) {
        char *row = nullptr;
        const int length = PQgetCopyData(m_connection, &row, 0);
        if (length < 0)
            break; // -1: done; -2: failed, which the command's result says
        if (stopped) {
            stopped = line(std::string_view(row, std::size_t(length)));
        }
        PQfreemem(row);
        // After a reader's error the rest is drained: libpq has no way to stop a COPY TO early.
    }
    Status finished = finishCommand(doing);
    if (!stopped)
        return stopped;
    return finished;
}

Status ServerConnection::finishCommand(const QString &doing)
{
    Status status;
    // Every result of the command is read, so the connection is ready for the next one.
    while (PGresult *result = PQgetResult(m_connection)) {
        const ExecStatusType state = PQresultStatus(result);
        if (status && state != PGRES_COMMAND_OK && state != PGRES_TUPLES_OK)
            status = ServerError::fromResult(doing, m_label, result, m_connection);
        PQclear(result);
    }
    return status;
}

} // namespace LeadStage
