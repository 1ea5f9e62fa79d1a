#pragma once

#include "ModelVersion.h"
#include "WorkspaceScorer.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <optional>

namespace LeadStage {

class Workspace;

// Puts a saved version in force: rescores the whole workspace with it and makes it the
// active model in one transaction, so a cancel or an error leaves the active model,
// lead_state and the list of versions as they were, and lead_state always names the
// version that is active.
class ModelActivation
{
public:
    struct Outcome
    {
        ModelVersion version; // the version now active
        WorkspaceScorer::Report report;
    };

    explicit ModelActivation(Workspace &workspace);

    Result<Outcome> activate(std::int64_t id, Progress *progress = nullptr);
    // Saves version `id`'s model as the next version of its name (ModelStore::revertTo's
    // comment) and activates that new version, its scores written under its own id.
    Result<Outcome> revertTo(std::int64_t id, const QString &comment, Progress *progress = nullptr);

private:
    Result<Outcome> run(std::int64_t id, const std::optional<QString> &revertComment, Progress *progress);

    Workspace &m_workspace;
};

} // namespace LeadStage
