#include "DashboardEngine.h"

#include "common/BackgroundJobs.h"
#include "metrics/SnapshotLoader.h"
#include "store/ScoreStatus.h"
#include "store/Workspace.h"

#include <QCoreApplication>

#include <QFutureWatcher>

#include <memory>
#include <vector>

namespace LeadStage {

namespace {

struct LoadOutcome
{
    std::shared_ptr<const MetricsSnapshot> snapshot;
    QString error;
};

LoadOutcome loadSnapshot(const QString &path)
{
    // The GUI's own connection belongs to the GUI thread: this one is opened,
    // used and closed on the worker.
    auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace)
        return {nullptr, workspace.error().toString()};
    // Scores that do not follow the data would give wrong numbers without a word.
    if (const auto &stale = (*workspace)->openNotes().staleScores)
        return {nullptr, QCoreApplication::translate("DashboardEngine",
                                                     "No numbers: %1. Open the workspace again to rescore every lead.")
                             .arg(ScoreStatus::describe(*stale))};
    // Two more connections: the leads' second half, or the IQL leads' events (see load()).
    std::vector<std::unique_ptr<Workspace>> events;
    std::vector<Database *> connections;
    for (int slice = 0; slice < 2; ++slice) {
        auto connection = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        if (!connection)
            return {nullptr, connection.error().toString()};
        connections.push_back(&(*connection)->database());
        events.push_back(std::move(*connection));
    }
    auto snapshot = SnapshotLoader((*workspace)->database()).load(connections);
    if (!snapshot)
        return {nullptr, snapshot.error().toString()};
    return {std::make_shared<const MetricsSnapshot>(std::move(*snapshot)), {}};
}

} // namespace

DashboardEngine::DashboardEngine(QObject *parent)
    : QObject(parent)
{}

void DashboardEngine::load(const QString &workspacePath)
{
    const std::uint64_t request = ++m_latestRequest;
    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const LoadOutcome outcome = watcher->result();
        finished();
        if (request != m_latestRequest)
            return;
        if (!outcome.snapshot) {
            Q_EMIT failed(outcome.error);
            return;
        }
        // The one before (a million leads' columns) is freed off the GUI thread: 6 ms here.
        BackgroundJobs::releaseElsewhere(std::exchange(m_snapshot, outcome.snapshot));
        BackgroundJobs::releaseElsewhere(std::exchange(m_result, nullptr));
        Q_EMIT loaded();
    });
    started();
    watcher->setFuture(BackgroundJobs::run(loadSnapshot, workspacePath));
}

void DashboardEngine::compute(const MetricsFilter &filter, Bucket bucket)
{
    if (!m_snapshot)
        return;
    const std::uint64_t request = ++m_latestRequest;
    using Answer = std::shared_ptr<const DashboardResult>;
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const Answer answer = watcher->result();
        finished();
        if (request != m_latestRequest)
            return;
        BackgroundJobs::releaseElsewhere(std::exchange(m_result, answer));
        Q_EMIT computed();
    });
    started();
    watcher->setFuture(BackgroundJobs::run([snapshot = m_snapshot, filter, bucket]() -> Answer {
        auto metrics = std::make_shared<const FunnelMetrics>(*snapshot, filter, bucket);
        auto result = std::make_shared<DashboardResult>();
        result->report = metrics->compute();
        result->recorded = RecordedComparison::compute(metrics->context());
        result->snapshot = snapshot;
        result->metrics = std::move(metrics);
        return result;
    }));
}

void DashboardEngine::started()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void DashboardEngine::finished()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

} // namespace LeadStage
