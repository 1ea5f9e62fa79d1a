#include "WorkspaceLock.h"

#include "StorageProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace LeadStage {

namespace {

std::optional<WorkspaceLock::Owner> recordedOwner(QLockFile &lock)
{
    qint64 pid = 0;
    QString host, application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return std::nullopt;
    return WorkspaceLock::Owner{pid, host};
}

bool isAlive(const WorkspaceLock::Owner &owner)
{
    if (owner.host != QSysInfo::machineHostName())
        return true; // another machine's process cannot be checked: assume it lives
    return ::kill(pid_t(owner.pid), 0) == 0 || errno == EPERM;
}

} // namespace

Result<WorkspaceLock::Acquired> WorkspaceLock::acquire(const QString &workspacePath)
{
    return acquire(workspacePath, HeldWording{});
}

Result<WorkspaceLock::Acquired> WorkspaceLock::acquire(const QString &workspacePath, const HeldWording &held)
{
    auto lock = std::make_unique<QLockFile>(lockPath(workspacePath));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    // Read before tryLock(), which removes a dead owner's file: afterwards it is ours.
    std::optional<Owner> previous = recordedOwner(*lock);
    if (lock->tryLock(0)) {
        // An owner still alive had just closed the workspace normally: nothing was taken over.
        if (previous && isAlive(*previous))
            previous.reset();
        return Acquired{std::move(lock), previous};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        const Owner owner = recordedOwner(*lock).value_or(Owner{});
        return Error{held.what.arg(owner.pid).arg(owner.host), QDir::toNativeSeparators(workspacePath), 0, 0,
                     held.hint};
    }
    const QString doing = QCoreApplication::translate(
        "StoreError", "cannot be locked for writing (the lock file beside it cannot be created)");
    if (auto problem = StorageProblem::error(workspacePath, doing))
        return *problem;
    return Error{doing, QDir::toNativeSeparators(workspacePath), 0, 0,
                 QCoreApplication::translate(
                     "StoreError", "Check that you may write in the workspace's folder and that its disk has space.")};
}

std::optional<WorkspaceLock::Owner> WorkspaceLock::liveOwner(const QString &workspacePath)
{
    QLockFile lock(lockPath(workspacePath));
    auto owner = recordedOwner(lock);
    if (owner && isAlive(*owner))
        return owner;
    return std::nullopt;
}

} // namespace LeadStage
