#include "DemoWorkspaceJob.h"

#include "common/BackgroundJobs.h"
#include "demo/DemoWorkspace.h"

#include <QMetaObject>

namespace LeadStage {

namespace {

Error generate(const QString &path, const DemoOptions &options, Progress *progress)
{
    auto stats = createDemoWorkspace(path, options, progress);
    return stats ? Error{} : stats.error();
}

} // namespace

DemoWorkspaceJob::DemoWorkspaceJob(QObject *parent)
    : QObject(parent)
    , m_progress([this](std::int64_t done, std::int64_t total) {
        // Called on the worker thread: hop to this object's thread.
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
    })
{
    connect(&m_watcher, &QFutureWatcher<Error>::finished, this,
            [this] { Q_EMIT finished(m_path, m_watcher.result()); });
}

DemoWorkspaceJob::~DemoWorkspaceJob()
{
    m_progress.cancel();
    m_watcher.waitForFinished();
}

void DemoWorkspaceJob::start(const QString &path, const DemoOptions &options)
{
    m_path = path;
    m_progress.reset();
    m_watcher.setFuture(BackgroundJobs::run(generate, path, options, &m_progress));
}

void DemoWorkspaceJob::cancel()
{
    m_progress.cancel();
}

bool DemoWorkspaceJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace LeadStage
