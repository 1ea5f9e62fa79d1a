#include "ModelActivation.h"

#include "ModelStore.h"
#include "store/ForeignKeyChecksOff.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

namespace LeadStage {

ModelActivation::ModelActivation(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<ModelActivation::Outcome> ModelActivation::activate(std::int64_t id, Progress *progress)
{
    return run(id, std::nullopt, progress);
}

Result<ModelActivation::Outcome> ModelActivation::revertTo(std::int64_t id, const QString &comment, Progress *progress)
{
    return run(id, comment, progress);
}

Result<ModelActivation::Outcome> ModelActivation::run(std::int64_t id, const std::optional<QString> &revertComment,
                                                      Progress *progress)
{
    Database &database = m_workspace.database();
    ModelStore store(database);
    auto chosen = store.version(id);
    if (!chosen)
        return chosen.error();
    const ForeignKeyChecksOff unchecked(database); // a full rescore: see WorkspaceScorer::run
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    Outcome outcome{*chosen, {}};
    if (revertComment) {
        // The copy is saved first, so that the rescore writes lead_state under the id
        // that becomes active; a later partial rescore then finds every row current.
        auto model = store.load(id);
        if (!model)
            return model.error();
        auto copy = store.insert(*model, *revertComment);
        if (!copy)
            return copy.error();
        outcome.version = *copy;
    }
    WorkspaceScorer::Options options;
    options.modelId = outcome.version.id;
    auto report = WorkspaceScorer(m_workspace).runWithin(options, progress);
    if (!report)
        return report.error();
    if (Status status = store.makeActive(outcome.version.id); !status)
        return status.error();
    if (progress && progress->cancelled())
        return Error{u"scoring was cancelled"_qs, m_workspace.path()};
    if (Status status = transaction.commit(); !status)
        return status.error();
    outcome.version.active = true;
    outcome.report = *report;
    outcome.report.model = outcome.version;
    return outcome;
}

} // namespace LeadStage
