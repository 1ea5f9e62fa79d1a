#include "ModelSaveJob.h"

#include "scoring/ModelStore.h"
#include "store/Workspace.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

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
    Workspace *target = m_workspace.get();
    m_watcher.setFuture(
        QtConcurrent::run([this, target, model, comment] { return run(*target, model, comment, &m_progress); }));
}

ModelSaveJob::Outcome ModelSaveJob::run(Workspace &workspace, const ScoringModel &model, const QString &comment,
                                        Progress *progress)
{
    Outcome outcome;
    ModelStore store(workspace.database());
    auto saved = store.save(model, comment);
    if (!saved) {
        outcome.error = saved.error();
        return outcome;
    }
    outcome.version = *saved;
    WorkspaceScorer::Options options;
    options.modelId = saved->id;
    auto report = WorkspaceScorer(workspace).run(options, progress);
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.report = *report;
    if (Status status = store.activate(saved->id); !status) {
        outcome.error = status.error();
        return outcome;
    }
    outcome.activated = true;
    outcome.version.active = true;
    return finish(workspace, std::move(outcome));
}

void ModelSaveJob::startActivation(std::shared_ptr<Workspace> workspace, std::int64_t id,
                                   const std::optional<QString> &revertComment)
{
    m_progress.reset();
    m_workspace = std::move(workspace);
    Workspace *target = m_workspace.get();
    m_watcher.setFuture(QtConcurrent::run(
        [this, target, id, revertComment] { return activate(*target, id, revertComment, &m_progress); }));
}

ModelSaveJob::Outcome ModelSaveJob::activate(Workspace &workspace, std::int64_t id,
                                             const std::optional<QString> &revertComment, Progress *progress)
{
    Outcome outcome;
    ModelStore store(workspace.database());
    auto version = store.version(id);
    if (!version) {
        outcome.error = version.error();
        return outcome;
    }
    // Rescored first: a failed or cancelled rescore leaves lead_state and the active
    // version as they were. A revert's new version holds the same model, so the
    // scores written here are its scores.
    WorkspaceScorer::Options options;
    options.modelId = id;
    auto report = WorkspaceScorer(workspace).run(options, progress);
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.report = *report;
    if (revertComment) {
        auto reverted = store.revertTo(id, *revertComment);
        if (!reverted) {
            outcome.error = reverted.error();
            return outcome;
        }
        outcome.version = *reverted;
    } else {
        if (Status status = store.activate(id); !status) {
            outcome.error = status.error();
            return outcome;
        }
        outcome.version = *version;
    }
    outcome.activated = true;
    outcome.version.active = true;
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
