#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace LeadStage::ServerPasswords {

// Passwords the analyst typed for a server, for this process only: held in memory and
// never written anywhere, so that every connection the window's pages open to the same
// server (as the same user) logs in without asking again. Keyed by the address's
// connection URI (WorkspaceAddress::connectionUri, which never holds a password).
void remember(const QString &connectionUri, const QString &password);
void forget(const QString &connectionUri);
std::optional<QByteArray> find(const QString &connectionUri);

} // namespace LeadStage::ServerPasswords
