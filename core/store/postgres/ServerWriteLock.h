#pragma once

#include "common/Result.h"

#include <QString>

namespace LeadStage {

class ServerConnection;

// One writer at a time on a server workspace: a session-level advisory lock keyed by
// the workspace's schema, held for as long as the writing connection lives (the server
// lets it go when the connection ends, a crash included). Readers never take it: they
// read their snapshot while a writer works (MVCC).
namespace ServerWriteLock {

// Takes the lock on the connection's current schema, or says who holds it and since when.
Status take(ServerConnection &connection, const QString &where);

} // namespace ServerWriteLock
} // namespace LeadStage
