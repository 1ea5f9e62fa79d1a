#pragma once

#include "common/Result.h"

#include <memory>

namespace LeadStage {

class Workspace;

// Where the window writes one change (a model version saved or made active): a file's
// own connection, whose lock the window holds; or, for a team workspace the window reads
// (issue 21), a connection opened for this change alone, which holds the team's
// one-writer lock only meanwhile and whose rights the server checks (TeamRoles).
class WorkspaceChange
{
public:
    // Whether the window may ask for changes to `window` (a team workspace: its user's role).
    static bool isPossible(const Workspace &window);
    static Result<WorkspaceChange> begin(const std::shared_ptr<Workspace> &window);

    Workspace &workspace() { return m_writer ? *m_writer : *m_window; }

private:
    std::shared_ptr<Workspace> m_window;
    std::unique_ptr<Workspace> m_writer;
};

} // namespace LeadStage
