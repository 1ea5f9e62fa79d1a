#include "WindowSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

#include <memory>

namespace LeadStage {

namespace {

QString sessionsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"sessions"_qs);
}

std::unique_ptr<QLockFile> &ownSession()
{
    static std::unique_ptr<QLockFile> lock;
    return lock;
}

} // namespace

bool WindowSession::begin()
{
    const QDir folder(sessionsFolder());
    if (!folder.mkpath(u"."_qs))
        return false; // nothing can be marked: no run is called unfinished
    bool endedWithoutClosing = false;
    const QStringList files = folder.entryList({u"window-*.lock"_qs}, QDir::Files);
    for (const QString &name : files) {
        // A lock only a dead owner leaves can be taken: that run never ended in order.
        QLockFile earlier(folder.filePath(name));
        earlier.setStaleLockTime(0);
        if (earlier.tryLock(0)) {
            endedWithoutClosing = true;
            earlier.unlock();
        }
    }
    auto &own = ownSession();
    own = std::make_unique<QLockFile>(folder.filePath(u"window-%1.lock"_qs.arg(QCoreApplication::applicationPid())));
    own->setStaleLockTime(0);
    if (!own->tryLock(0))
        own.reset();
    return endedWithoutClosing;
}

void WindowSession::end()
{
    ownSession().reset(); // unlocks: the file goes
}

} // namespace LeadStage
