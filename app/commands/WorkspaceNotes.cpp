#include "WorkspaceNotes.h"

#include "scoring/WorkspaceScorer.h"
#include "store/Workspace.h"

#include <QTextStream>

namespace LeadStage::Commands {

void tellRecovery(const QString &command, const Workspace &workspace)
{
    QTextStream err(stderr);
    for (const QString &message : workspace.openNotes().recoveryMessages())
        err << "leadstage " << command << ": note: " << workspace.path() << ": " << message << '\n';
}

std::optional<QString> staleScoresText(const Workspace &workspace)
{
    const auto &stale = workspace.openNotes().staleScores;
    if (!stale)
        return std::nullopt;
    return ScoreStatus::describe(*stale);
}

Status catchUpStaleScores(const QString &command, Workspace &workspace)
{
    const auto stale = staleScoresText(workspace);
    if (!stale)
        return {};
    QTextStream(stderr) << "leadstage " << command << ": note: " << workspace.path() << ": " << *stale
                        << "; rescoring every lead first.\n";
    auto scored = WorkspaceScorer(workspace).run({});
    if (!scored)
        return scored.error();
    return {};
}

} // namespace LeadStage::Commands
