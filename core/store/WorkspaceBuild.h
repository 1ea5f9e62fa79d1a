#pragma once

#include "Workspace.h"
#include "WorkspaceLock.h"
#include "common/Result.h"

#include <QString>

#include <memory>

namespace LeadStage {

// A new workspace filled under a temporary name beside its final one
// (FILE.leadstage.incomplete) and moved into place by finish() only when complete:
// a crash, a kill, a failure or a cancel never leaves a half-made workspace under the
// final name. The final name's lock is held throughout, so no other LeadStage creates
// or opens it meanwhile; a building file a crash left behind is removed by the next
// build of the same name, and by the destructor of one that did not finish.
class WorkspaceBuild
{
public:
    // Refuses a final path that exists (unless it is an empty, 0-byte file, which the
    // finished workspace replaces) or whose folder does not.
    static Result<std::unique_ptr<WorkspaceBuild>> start(const QString &finalPath);
    ~WorkspaceBuild();
    WorkspaceBuild(const WorkspaceBuild &) = delete;
    WorkspaceBuild &operator=(const WorkspaceBuild &) = delete;

    // The workspace being built, open for writing under the temporary name.
    Workspace &workspace() { return *m_workspace; }
    const QString &finalPath() const { return m_finalPath; }

    // Closes the workspace, moves it to its final name and opens it there for writing.
    Result<std::unique_ptr<Workspace>> finish(const Workspace::Options &options = {});

    static QString buildingPath(const QString &finalPath) { return finalPath + u".incomplete"_qs; }

private:
    WorkspaceBuild(QString finalPath, WorkspaceLock::Acquired finalLock);
    Status moveIntoPlace();

    QString m_finalPath;
    QString m_buildingPath;
    WorkspaceLock::Acquired m_finalLock;
    std::unique_ptr<Workspace> m_workspace;
    bool m_finished = false;
};

} // namespace LeadStage
