#include "WorkspaceOpener.h"

#include "store/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

namespace LeadStage {

namespace {

WorkspaceOpener::Outcome openAndSummarise(const QString &path, bool createIfMissing)
{
    WorkspaceOpener::Outcome outcome;
    const Workspace::Options options{Workspace::Access::ReadWrite,
                                     createIfMissing ? Workspace::Missing::Create : Workspace::Missing::Fail};
    auto workspace = Workspace::open(path, options);
    if (!workspace) {
        outcome.error = workspace.error();
        return outcome;
    }
    auto summary = WorkspaceSummary::read(**workspace);
    if (!summary) {
        outcome.error = summary.error();
        return outcome;
    }
    outcome.workspace = std::shared_ptr<Workspace>(std::move(workspace.value()));
    outcome.summary = *summary;
    return outcome;
}

} // namespace

WorkspaceOpener::WorkspaceOpener(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        // Taken, not copied: a copy left in the finished future would keep the
        // workspace (and its lock) alive after it is closed, until the next open.
        const Outcome outcome = m_watcher.future().takeResult();
        if (outcome.workspace)
            Q_EMIT opened(outcome.workspace, outcome.summary);
        else
            Q_EMIT failed(m_path, outcome.error);
    });
}

WorkspaceOpener::~WorkspaceOpener()
{
    // Only while it runs: Qt 6.4's takeResult() leaves the future in no state at all, on
    // which waitForFinished() would wait for ever (the window hung on closing).
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void WorkspaceOpener::open(const QString &path, bool createIfMissing)
{
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(openAndSummarise, path, createIfMissing));
}

bool WorkspaceOpener::isBusy() const
{
    return m_watcher.isRunning();
}

} // namespace LeadStage
