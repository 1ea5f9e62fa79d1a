#include "ImportUndoJob.h"

#include "WorkspaceChange.h"
#include "common/BackgroundJobs.h"
#include "store/Workspace.h"

#include <QMetaObject>

namespace LeadStage {

ImportUndoJob::ImportUndoJob(QObject *parent)
    : QObject(parent)
    , m_progress([this](std::int64_t done, std::int64_t total) {
        // From the worker: queued to the GUI thread.
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
    })
{
    connect(&m_planWatcher, &QFutureWatcher<Planned>::finished, this, [this] {
        const Planned planned = m_planWatcher.future().takeResult();
        m_workspace.reset();
        m_busy = false;
        Q_EMIT this->planned(planned);
    });
    connect(&m_undoWatcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_undoWatcher.future().takeResult();
        m_workspace.reset();
        m_busy = false;
        Q_EMIT finished(outcome);
    });
}

ImportUndoJob::~ImportUndoJob()
{
    m_progress.cancel();
    waitForFinished();
}

void ImportUndoJob::waitForFinished()
{
    // Only while running: a future whose result was taken never reports finished again.
    if (m_planWatcher.isRunning())
        m_planWatcher.waitForFinished();
    if (m_undoWatcher.isRunning())
        m_undoWatcher.waitForFinished();
}

void ImportUndoJob::startPlan(std::shared_ptr<Workspace> workspace, std::int64_t importId)
{
    m_workspace = std::move(workspace);
    m_busy = true;
    Workspace *target = m_workspace.get();
    m_planWatcher.setFuture(BackgroundJobs::run([target, importId] {
        Planned planned;
        auto plan = ImportUndo(*target, importId).plan();
        target->database().releaseCachedPages(); // the window's connection: see Database
        if (plan)
            planned.plan = std::move(*plan);
        else
            planned.refusal = plan.error();
        return planned;
    }));
}

void ImportUndoJob::startUndo(std::shared_ptr<Workspace> workspace, std::int64_t importId)
{
    m_progress.reset();
    m_workspace = std::move(workspace);
    m_busy = true;
    m_undoWatcher.setFuture(BackgroundJobs::run([this, window = m_workspace, importId] {
        Outcome outcome;
        // A file: the window's connection. A team workspace, which the window reads: a
        // writer for this undo alone, holding the team's one-writer lock only meanwhile
        // (a log-in, off the window's thread).
        auto change = WorkspaceChange::begin(window);
        if (!change) {
            outcome.error = change.error();
            return outcome;
        }
        Workspace *target = &change->workspace();
        auto report = ImportUndo(*target, importId).run(&m_progress);
        const CachedPagesReleasedAtExit released(target->database()); // its pages: see Database
        if (!report) {
            outcome.error = report.error();
            return outcome;
        }
        outcome.report = std::move(*report);
        outcome.undone = true;
        auto summary = WorkspaceSummary::read(*target);
        if (summary)
            outcome.summary = std::move(*summary);
        else
            outcome.error = summary.error(); // undone, but the pages cannot be told the new counts
        return outcome;
    }));
}

} // namespace LeadStage
