#pragma once

#include "ModelVersion.h"
#include "WorkspaceScorer.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <functional>
#include <optional>

namespace LeadStage {

class ModelStore;
class Workspace;
struct ScoringModel;

// Puts a model in force: rescores the whole workspace with it and makes it the active
// model in one transaction, so a cancel, an error or a killed process leaves the active
// model, lead_state and the list of versions as they were, and lead_state always names
// the version that is active. A version is saved only together with its scores.
class ModelActivation
{
public:
    struct Outcome
    {
        ModelVersion version; // the version now active
        WorkspaceScorer::Report report;
    };

    // `asOf`: the rescore's analysis date; by default the workspace's. `dateChoice`: what
    // becomes of the workspace's analysis date (WorkspaceScorer::Options).
    explicit ModelActivation(
        Workspace &workspace, std::optional<std::int64_t> asOf = std::nullopt,
        WorkspaceScorer::Options::DateChoice dateChoice = WorkspaceScorer::Options::DateChoice::Keep);

    Result<Outcome> activate(std::int64_t id, Progress *progress = nullptr);
    // Saves version `id`'s model as the next version of its name (ModelStore::revertTo's
    // comment) and activates that new version, its scores written under its own id.
    Result<Outcome> revertTo(std::int64_t id, const QString &comment, Progress *progress = nullptr);
    // Saves `model` as the next version of its name, or takes the saved version of that
    // name that is the same model (ModelStore::findIdentical), and activates it.
    Result<Outcome> saveAndActivate(const ScoringModel &model, const QString &comment, Progress *progress = nullptr);

private:
    // Runs inside the transaction: the version to put in force, saved first when new.
    using Choice = std::function<Result<ModelVersion>(ModelStore &store)>;
    Result<Outcome> run(const Choice &choose, Progress *progress);

    Workspace &m_workspace;
    std::optional<std::int64_t> m_asOf;
    WorkspaceScorer::Options::DateChoice m_dateChoice;
};

} // namespace LeadStage
