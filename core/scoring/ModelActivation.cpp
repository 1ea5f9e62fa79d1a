#include "ModelActivation.h"

#include <QCoreApplication>

#include "ModelStore.h"
#include "store/ForeignKeyChecksOff.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "store/postgres/TeamRoles.h"

namespace LeadStage {

ModelActivation::ModelActivation(Workspace &workspace, std::optional<std::int64_t> asOf,
                                 WorkspaceScorer::Options::DateChoice dateChoice)
    : m_workspace(workspace)
    , m_asOf(asOf)
    , m_dateChoice(dateChoice)
{}

Result<ModelActivation::Outcome> ModelActivation::activate(std::int64_t id, Progress *progress)
{
    return run([id](ModelStore &store) { return store.version(id); }, progress);
}

Result<ModelActivation::Outcome> ModelActivation::revertTo(std::int64_t id, const QString &comment, Progress *progress)
{
    // The copy is saved first, so that the rescore writes lead_state under the id that
    // becomes active; a later partial rescore then finds every row current.
    return run(
        [id, &comment](ModelStore &store) -> Result<ModelVersion> {
            auto model = store.load(id);
            if (!model)
                return model.error();
            return store.insert(*model, comment);
        },
        progress);
}

Result<ModelActivation::Outcome> ModelActivation::saveAndActivate(const ScoringModel &model, const QString &comment,
                                                                  Progress *progress)
{
    return run(
        [&model, &comment](ModelStore &store) -> Result<ModelVersion> {
            auto same = store.findIdentical(model);
            if (!same)
                return same.error();
            if (*same)
                return **same;
            return store.insert(model, comment);
        },
        progress);
}

Result<ModelActivation::Outcome> ModelActivation::run(const Choice &choose, Progress *progress)
{
    Database &database = m_workspace.database();
    // On a team workspace only an owner may: said before a rescore is spent on it.
    if (Status may = TeamRoles::checkMayActivate(database); !may)
        return may.error();
    const ForeignKeyChecksOff unchecked(database); // a full rescore: see WorkspaceScorer::run
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    ModelStore store(database);
    auto chosen = choose(store);
    if (!chosen)
        return chosen.error();
    Outcome outcome{*chosen, {}};
    WorkspaceScorer::Options options;
    options.modelId = outcome.version.id;
    options.asOf = m_asOf;
    options.dateChoice = m_dateChoice;
    auto report = WorkspaceScorer(m_workspace).runWithin(options, progress);
    if (!report)
        return report.error();
    if (Status status = store.makeActive(outcome.version.id); !status)
        return status.error();
    if (progress && progress->cancelled())
        return Error{QCoreApplication::translate("ScoringError", "scoring was cancelled"), m_workspace.path()};
    if (Status status = transaction.commit(); !status)
        return status.error();
    outcome.version.active = true;
    outcome.report = *report;
    outcome.report.model = outcome.version;
    return outcome;
}

} // namespace LeadStage
