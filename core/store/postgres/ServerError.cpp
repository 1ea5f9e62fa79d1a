#include "ServerError.h"

#include <libpq-fe.h>

namespace LeadStage::ServerError {

namespace {

QString field(const pg_result *result, int code)
{
    return QString::fromUtf8(PQresultErrorField(result, code)).trimmed();
}

// libpq's messages end with a newline and may hold several lines: one line for a terminal.
QString oneLine(const char *message)
{
    return QString::fromUtf8(message).trimmed().replace(u'\n', u"; "_qs);
}

} // namespace

QString hintFor(const QString &sqlState)
{
    struct Advice
    {
        const char16_t *state;
        const char16_t *hint;
    };
    // Whole codes first, then classes (the first two characters).
    static const Advice exact[] = {
        {u"28P01", u"Check the user name and put the password in ~/.pgpass or PGPASSWORD; LeadStage never stores it."},
        {u"28000", u"The server's pg_hba.conf does not let this user in from here: ask its administrator."},
        {u"3D000", u"Create the database first: createdb -O USER DATABASE."},
        {u"3F000", u"The schema does not exist: check ?schema= in the address."},
        {u"42P06", u"That schema exists already: choose another ?schema= name, or drop the old one first."},
        {u"42501", u"Ask the database's owner for the right: GRANT CREATE ON DATABASE ... TO USER (or GRANT USAGE "
                   "on the schema)."},
        {u"23503", u"A row refers to one that does not exist: the source workspace is damaged there; repair or "
                   "re-import it, then copy again."},
        {u"23505", u"Two rows have the same key: the source workspace is damaged there; repair it, then copy again."},
        {u"22P02", u"A value does not fit its column's type: the source workspace holds text where a number "
                   "belongs; repair it, then copy again."},
        {u"22021", u"The text is not valid in the database's encoding: create the database with ENCODING 'UTF8'."},
        {u"25006", u"This server only reads (a standby): connect to the primary."},
        {u"40001", u"Another session changed the same rows at the same time: try again."},
        {u"40P01", u"Another session changed the same rows at the same time: try again."},
        {u"53100", u"The server's disk is full: free space there, then try again."},
        {u"53300", u"The server has no free connection: close other sessions or raise max_connections."},
        {u"57014", u"The statement was cancelled (a timeout or a user): try again, or raise statement_timeout."},
        {u"57P01", u"The server was shut down meanwhile: nothing of this operation was kept; try again."},
    };
    static const Advice classes[] = {
        {u"08", u"The connection to the server broke: nothing of this operation was kept; check the network and "
                "try again."},
        {u"53", u"The server ran out of a resource (memory, disk, connections): ask its administrator."},
    };
    for (const Advice &advice : exact)
        if (sqlState == QStringView(advice.state))
            return QString::fromUtf16(advice.hint);
    for (const Advice &advice : classes)
        if (sqlState.startsWith(QStringView(advice.state)))
            return QString::fromUtf16(advice.hint);
    return {};
}

Error fromResult(const QString &doing, const QString &where, const pg_result *result, const pg_conn *connection)
{
    if (!result)
        return fromConnection(doing, where, connection);
    const QString state = field(result, PG_DIAG_SQLSTATE);
    QString message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty())
        message = oneLine(PQresultErrorMessage(result));
    if (message.isEmpty())
        message = oneLine(PQerrorMessage(connection));
    if (const QString detail = field(result, PG_DIAG_MESSAGE_DETAIL); !detail.isEmpty())
        message += u" ("_qs + detail + u')';
    // COPY's context names the table, line and column it stopped at.
    if (const QString context = field(result, PG_DIAG_CONTEXT); !context.isEmpty())
        message += u"; "_qs + context.section(u'\n', 0, 0);
    if (!state.isEmpty())
        message += u" [SQLSTATE "_qs + state + u']';
    QString hint = hintFor(state);
    if (hint.isEmpty())
        hint = field(result, PG_DIAG_MESSAGE_HINT);
    if (hint.isEmpty())
        hint = u"The server's log says more about it."_qs;
    return Error{doing + u": "_qs + message, where, 0, 0, hint};
}

Error fromConnection(const QString &doing, const QString &where, const pg_conn *connection)
{
    const QString message = connection ? oneLine(PQerrorMessage(connection)) : u"out of memory"_qs;
    QString hint = u"Check that the server is running and that the host and port (or the socket folder in ?host=) "
                   "are right."_qs;
    if (connection && PQconnectionNeedsPassword(connection))
        hint = u"The server asks for a password: put it in ~/.pgpass (host:port:database:user:password, mode 0600) "
               "or in PGPASSWORD; LeadStage never stores it."_qs;
    else if (message.contains(u"database \""_qs) && message.contains(u"does not exist"_qs))
        hint = hintFor(u"3D000"_qs);
    else if (message.contains(u"role \""_qs) && message.contains(u"does not exist"_qs))
        hint = u"Create the user first: createuser USER (or name an existing one: postgresql://USER@host/...)."_qs;
    else if (message.contains(u"password authentication failed"_qs))
        hint = hintFor(u"28P01"_qs);
    else if (connection && PQstatus(connection) == CONNECTION_BAD && PQsocket(connection) < 0
             && message.contains(u"server closed the connection"_qs))
        hint = hintFor(u"08006"_qs);
    return Error{doing + u": "_qs + message, where, 0, 0, hint};
}

} // namespace LeadStage::ServerError
