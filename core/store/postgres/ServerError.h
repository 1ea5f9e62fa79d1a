#pragma once

#include "common/Error.h"

#include <QString>

struct pg_conn;
struct pg_result;

namespace LeadStage::ServerError {

// An Error from a failed statement: `doing` and the server's own message (with its
// detail and, for COPY, the line it stopped at), `where` the server and database, the
// hint from the SQLSTATE (what to do) or else the server's hint.
Error fromResult(const QString &doing, const QString &where, const pg_result *result, const pg_conn *connection);
// An Error from a connection that could not be made or broke.
Error fromConnection(const QString &doing, const QString &where, const pg_conn *connection);

// What the user can do about an SQLSTATE (five characters), or an empty string.
QString hintFor(const QString &sqlState);

} // namespace LeadStage::ServerError
