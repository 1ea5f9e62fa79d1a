#include "ModelSaveJob.h"

#include "common/BackgroundJobs.h"
#include "scoring/ModelActivation.h"
#include "scoring/ModelStore.h"
#include "store/Workspace.h"
#include "workspace/WorkspaceChange.h"

#include <QMetaObject>

namespace LeadStage {

ModelSaveJob::ModelSaveJob(QObject *parent)
    : QObject(parent)
    , m_progress([this](std::int64_t done, std::int64_t total) {
        // From the worker: queued to the GUI thread.
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
    })
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.future().takeResult();
        m_workspace.reset();
        m_busy = false;
        Q_EMIT finished(outcome);
    });
}

ModelSaveJob::~ModelSaveJob()
{
    m_progress.cancel();
    // Only while running: a future whose result was taken never reports finished again.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void ModelSaveJob::start(std::shared_ptr<Workspace> workspace, const ScoringModel &model, const QString &comment)
{
    m_progress.reset();
    m_workspace = std::move(workspace);
    m_busy = true;
    m_watcher.setFuture(BackgroundJobs::run(
        [this, target = m_workspace, model, comment] { return run(target, model, comment, &m_progress); }));
}

// Saving and activating is one transaction: a cancel or a failure stores no version.
ModelSaveJob::Outcome ModelSaveJob::run(const std::shared_ptr<Workspace> &window, const ScoringModel &model,
                                        const QString &comment, Progress *progress)
{
    auto change = WorkspaceChange::begin(window);
    if (!change)
        return failedToBegin(change.error());
    Workspace &workspace = change->workspace();
    return activated(workspace, ModelActivation(workspace).saveAndActivate(model, comment, progress));
}

ModelSaveJob::Outcome ModelSaveJob::failedToBegin(const Error &error)
{
    Outcome outcome;
    outcome.error = error;
    return outcome;
}

void ModelSaveJob::startActivation(std::shared_ptr<Workspace> workspace, std::int64_t id,
                                   const std::optional<QString> &revertComment)
{
    m_progress.reset();
    m_workspace = std::move(workspace);
    m_busy = true;
    m_watcher.setFuture(BackgroundJobs::run(
        [this, target = m_workspace, id, revertComment] { return activate(target, id, revertComment, &m_progress); }));
}

ModelSaveJob::Outcome ModelSaveJob::activate(const std::shared_ptr<Workspace> &window, std::int64_t id,
                                             const std::optional<QString> &revertComment, Progress *progress)
{
    auto change = WorkspaceChange::begin(window);
    if (!change)
        return failedToBegin(change.error());
    Workspace &workspace = change->workspace();
    ModelActivation activation(workspace);
    return activated(workspace, revertComment ? activation.revertTo(id, *revertComment, progress)
                                              : activation.activate(id, progress));
}

ModelSaveJob::Outcome ModelSaveJob::activated(Workspace &workspace, const Result<ModelActivation::Outcome> &done)
{
    // The rescore and the counts fill the window's own connection's cache: freed on this
    // worker, not on the GUI thread (see Database::releaseCachedPages).
    const CachedPagesReleasedAtExit released(workspace.database());
    Outcome outcome;
    if (!done) {
        outcome.error = done.error();
        return outcome;
    }
    outcome.version = done->version;
    outcome.report = done->report;
    outcome.activated = true;
    auto model = ModelStore(workspace.database()).load(done->version.id);
    if (!model) {
        outcome.error = model.error(); // active and scored, but the editor cannot show it
        return outcome;
    }
    outcome.model = std::move(*model);
    return finish(workspace, std::move(outcome));
}

ModelSaveJob::Outcome ModelSaveJob::finish(Workspace &workspace, Outcome outcome)
{
    auto summary = WorkspaceSummary::read(workspace);
    if (!summary) {
        outcome.error = summary.error();
        return outcome;
    }
    outcome.summary = *summary;
    return outcome;
}

} // namespace LeadStage
