#pragma once

#include "common/Result.h"

#include <QString>

namespace LeadStage {

// Where a workspace lives, as the user wrote it: a file path, or a schema on a
// PostgreSQL server (postgresql://[user@]host[:port]/database?schema=name). Never holds
// a password: libpq reads it from ~/.pgpass or PGPASSWORD.
class WorkspaceAddress
{
public:
    enum class Kind { File, Server };

    // Refuses, with a message naming what to change, an address that is neither.
    static Result<WorkspaceAddress> parse(const QString &text);
    // Whether the text is written as an address (`scheme://…`), not as a file path.
    static bool isAddress(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    const QString &filePath() const { return m_filePath; }
    // What libpq connects to: the address without `schema` (a URI libpq accepts).
    const QString &connectionUri() const { return m_connectionUri; }
    const QString &schema() const { return m_schema; }
    const QString &database() const { return m_database; }
    // The address as the user wrote it, for messages.
    const QString &text() const { return m_text; }

    // Whether `name` can be a workspace's schema: a lower-case PostgreSQL identifier
    // that needs no quoting, or the reason it cannot.
    static Status checkSchemaName(const QString &name);

private:
    Kind m_kind = Kind::File;
    QString m_text;
    QString m_filePath;
    QString m_connectionUri;
    QString m_schema;
    QString m_database;
};

} // namespace LeadStage
