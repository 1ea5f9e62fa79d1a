#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace LeadStage {

// The lock file beside a workspace (FILE.leadstage.lock), held while the workspace is
// open for writing. A live LeadStage's lock refuses the open; the lock of one that
// died holding it (a crash, kill -9, power loss) is taken over, and the caller is told.
class WorkspaceLock
{
public:
    struct Owner
    {
        qint64 pid = 0;
        QString host;
    };

    // What a refusal says when a live LeadStage holds the lock: %1 its process, %2 its host.
    struct HeldWording
    {
        QString what = u"is open in another LeadStage (process %1 on %2)"_qs;
        QString hint = u"Close it there first, or open a copy of the file."_qs;
    };

    struct Acquired
    {
        std::unique_ptr<QLockFile> lock;
        std::optional<Owner> takenOverFrom; // the LeadStage that died holding it
    };

    static Result<Acquired> acquire(const QString &workspacePath);
    static Result<Acquired> acquire(const QString &workspacePath, const HeldWording &held);
    // The live LeadStage on this machine that holds the lock now, if any; changes nothing.
    static std::optional<Owner> liveOwner(const QString &workspacePath);
    static QString lockPath(const QString &workspacePath) { return workspacePath + u".lock"_qs; }
};

} // namespace LeadStage
