#include "WorkspaceAddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace LeadStage {

namespace {

const QString addressHint = u"Write a server workspace as postgresql://[user@]host[:port]/database?schema=name "
                            "(a socket folder as ?host=/path), or give a file path."_qs;

Error refused(const QString &text, const QString &what, const QString &hint = addressHint)
{
    return Error{what, text, 0, 0, hint};
}

// The part before "://", when the text has one: an address, not a path.
QString schemeOf(const QString &text)
{
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_qs);
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Messages show the address without the password: they end up in terminals and logs.
QString withoutPassword(const QUrl &url)
{
    QUrl shown = url;
    shown.setPassword(QString());
    QUrlQuery query(shown);
    query.removeAllQueryItems(u"password"_qs);
    shown.setQuery(query);
    return shown.toString();
}

// The schema the query names (exactly once, a valid name), or why it is refused.
Result<QString> schemaOf(const QUrlQuery &query, const QString &text, const QString &redacted)
{
    QString schema;
    int schemas = 0;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"schema"_qs) {
            schema = value;
            ++schemas;
        } else if (key == u"password"_qs) {
            return refused(redacted,
                           u"the address holds a password (?password=), which would then sit in plain text"_qs,
                           u"Remove it and put it in ~/.pgpass or in the environment variable PGPASSWORD."_qs);
        }
    }
    if (schemas == 0)
        return refused(text,
                       u"the address names no schema: one database can hold several workspaces, "
                       "each in its own schema"_qs,
                       u"Add ?schema=name, e.g. postgresql://server/leads?schema=emea."_qs);
    if (schemas > 1)
        return refused(text, u"the address names the schema more than once"_qs, u"Give ?schema=name once."_qs);
    if (Status valid = WorkspaceAddress::checkSchemaName(schema); !valid)
        return refused(text, valid.error().what, u"Choose a name such as team_emea."_qs);
    return schema;
}

} // namespace

Status WorkspaceAddress::checkSchemaName(const QString &name)
{
    // Lower case only: PostgreSQL folds unquoted names to lower case, so "Team" and
    // "team" would be one schema in psql and two in a quoted name.
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]*$"_qs);
    if (name.isEmpty())
        return Error{u"the schema name is empty"_qs};
    if (name.size() > 63)
        return Error{u"the schema name '%1' is longer than PostgreSQL's 63 characters"_qs.arg(name)};
    if (!identifier.match(name).hasMatch())
        return Error{u"the schema name '%1' is not a plain identifier: use lower-case letters, digits and _, "
                     "not starting with a digit"_qs.arg(name)};
    if (name.startsWith(u"pg_"_qs) || name == u"information_schema"_qs || name == u"public"_qs)
        return Error{u"the schema name '%1' is reserved for PostgreSQL's own use"_qs.arg(name)};
    return {};
}

bool WorkspaceAddress::isAddress(const QString &text)
{
    return !schemeOf(text).isEmpty();
}

Result<WorkspaceAddress> WorkspaceAddress::parse(const QString &text)
{
    WorkspaceAddress address;
    address.m_text = text;
    if (text.trimmed().isEmpty())
        return refused(text, u"no workspace given"_qs);
    const QString scheme = schemeOf(text);
    if (scheme.isEmpty()) {
        address.m_filePath = text;
        return address;
    }
    if (scheme != u"postgresql"_qs && scheme != u"postgres"_qs)
        return refused(
            text, u"'%1://' is not a workspace address: LeadStage opens files and PostgreSQL servers"_qs.arg(scheme));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refused(text, u"not a valid address: %1"_qs.arg(url.errorString()));
    const QString redacted = withoutPassword(url);
    if (!url.password().isEmpty() || url.userInfo().contains(u':'))
        return refused(redacted,
                       u"the address holds a password, which would then sit in plain text in shell "
                       "histories and settings"_qs,
                       u"Remove it from the address and put it in ~/.pgpass (host:port:database:user:password, "
                       "mode 0600) or in the environment variable PGPASSWORD."_qs);
    if (!url.fragment().isNull())
        return refused(text, u"the address has a '#' part, which means nothing to PostgreSQL"_qs);

    QUrlQuery query(url);
    auto schema = schemaOf(query, text, redacted);
    if (!schema)
        return schema.error();

    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (database.isEmpty() || database.contains(u'/'))
        return refused(text, u"the address names no database (postgresql://host/DATABASE?schema=name)"_qs);
    if (url.host().isEmpty() && !query.hasQueryItem(u"host"_qs))
        return refused(text, u"the address names no server: give a host (postgresql://host/...) or a socket "
                             "folder (?host=/run/postgresql)"_qs);

    query.removeAllQueryItems(u"schema"_qs);
    url.setQuery(query);
    address.m_kind = Kind::Server;
    address.m_schema = *schema;
    address.m_database = database;
    address.m_connectionUri = url.toString(QUrl::FullyEncoded);
    return address;
}

} // namespace LeadStage
