#include "WorkspaceChange.h"

#include "store/Workspace.h"

namespace LeadStage {

bool WorkspaceChange::isPossible(const Workspace &window)
{
    return window.mayChange();
}

Result<WorkspaceChange> WorkspaceChange::begin(const std::shared_ptr<Workspace> &window)
{
    WorkspaceChange change;
    change.m_window = window;
    if (!window->isOnServer())
        return change;
    auto writer = Workspace::open(window->path(), Workspace::Options{});
    if (!writer)
        return writer.error();
    change.m_writer = std::move(*writer);
    return change;
}

} // namespace LeadStage
