#include "ServerPasswords.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace LeadStage::ServerPasswords {

namespace {

// Connections are opened on worker threads too.
QMutex &guard()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QByteArray> &typed()
{
    static QHash<QString, QByteArray> passwords;
    return passwords;
}

} // namespace

void remember(const QString &connectionUri, const QString &password)
{
    const QMutexLocker locker(&guard());
    typed().insert(connectionUri, password.toUtf8());
}

void forget(const QString &connectionUri)
{
    const QMutexLocker locker(&guard());
    typed().remove(connectionUri);
}

std::optional<QByteArray> find(const QString &connectionUri)
{
    const QMutexLocker locker(&guard());
    const auto found = typed().constFind(connectionUri);
    if (found == typed().constEnd())
        return std::nullopt;
    return *found;
}

} // namespace LeadStage::ServerPasswords
