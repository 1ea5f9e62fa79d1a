#pragma once

#include "metrics/FunnelMetrics.h"
#include "metrics/FunnelReport.h"
#include "metrics/MetricsSnapshot.h"
#include "metrics/RecordedComparison.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace LeadStage {

// One answered dashboard question: the report and the FunnelMetrics that made it,
// kept together so a drill-down lists leads by exactly the same definitions. Holds
// the snapshot alive, since FunnelMetrics refers to it.
struct DashboardResult
{
    std::shared_ptr<const MetricsSnapshot> snapshot;
    std::shared_ptr<const FunnelMetrics> metrics;
    FunnelReport report;
    RecordedComparison recorded; // the CRM's recorded stages against the computed ones
};

// Runs the dashboard's slow work off the GUI thread: loading a workspace into a
// snapshot (on its own read-only connection) and computing a report for a filter.
// Every request takes a new number; an answer to anything but the latest request
// is dropped, so a quick series of filter changes shows only the last one.
class DashboardEngine : public QObject
{
    Q_OBJECT

public:
    explicit DashboardEngine(QObject *parent = nullptr);

    void load(const QString &workspacePath);
    void compute(const MetricsFilter &filter, Bucket bucket);

    bool isBusy() const { return m_pending > 0; }
    std::shared_ptr<const MetricsSnapshot> snapshot() const { return m_snapshot; }
    std::shared_ptr<const DashboardResult> result() const { return m_result; }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);
    void computed();
    void busyChanged(bool busy);

private:
    void started();
    void finished();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    std::shared_ptr<const DashboardResult> m_result;
    std::uint64_t m_latestRequest = 0;
    int m_pending = 0;
};

} // namespace LeadStage
