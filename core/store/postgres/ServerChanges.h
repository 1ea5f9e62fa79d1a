#pragma once

#include "ServerConnection.h"
#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace LeadStage {

class Database;

// A change to a server workspace that another session committed: one of the names
// below, by which role, when (UTC seconds).
struct ServerChange
{
    QString what;
    QString by;
    std::int64_t at = 0;
};

namespace ServerChanges {

// What changed: rows imported, an import undone, every lead rescored, a model version
// saved, one made active.
inline const QString import = u"import"_qs;
inline const QString importUndone = u"import-undone"_qs;
inline const QString rescore = u"rescore"_qs;
inline const QString modelSaved = u"model-saved"_qs;
inline const QString modelActivated = u"model-activated"_qs;

// Tells every LeadStage listening to the server workspace's database (one channel, the
// schema in the message) that `what` changed in it. Sent with the transaction under way:
// PostgreSQL delivers it when it commits, and never if it rolls back. Nothing for a file.
Status announce(Database &database, const QString &what);

} // namespace ServerChanges

// Hears the changes other sessions commit to one server workspace (LISTEN), on a
// connection of its own whose socket the caller watches for reading.
class ServerChangeListener
{
public:
    static Result<ServerChangeListener> listen(const QString &address);

    int socket() const;
    int backendPid() const; // the server process listening, for the tests to end it
    // What the server has sent since the last call: this workspace's changes (none is an
    // empty list), or an error once the connection is lost.
    Result<std::vector<ServerChange>> take();

private:
    ServerChangeListener(ServerConnection connection, QString schema);

    ServerConnection m_connection;
    QString m_schema;
};

} // namespace LeadStage
