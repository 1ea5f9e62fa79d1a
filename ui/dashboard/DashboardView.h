#pragma once

#include "metrics/MetricCell.h"
#include "metrics/ReferenceBands.h"

#include <QWidget>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

class QGridLayout;
class QLabel;
class QProgressBar;
class QTimer;

namespace LeadStage {

class ChartPanel;
class CohortHeatMap;
class DashboardEngine;
class EngagementChart;
class FilterPanel;
class FunnelChart;
class GenerationChart;
class KpiTile;
class QualityPanel;
class RecordedStagesPanel;
class TimeToMqlChart;
struct DashboardResult;
struct FunnelReport;

// The IQL dashboard (DESIGN §5): KPI tiles, charts and the source-quality table
// over one workspace, recomputed off the GUI thread whenever the filter changes.
// Every bar, point, cell, stage or table row can be opened as the leads behind it
// (leadsRequested), listed by the same FunnelMetrics that computed the number.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // Loads the workspace at `path` on a worker thread with its own read-only
    // connection, then computes the remembered filter.
    void setWorkspacePath(const QString &path);
    QString workspacePath() const { return m_path; }
    // Reads the workspace again: after an import or a rescoring.
    void reload();

    bool isBusy() const;
    QString noticeText() const;
    std::shared_ptr<const DashboardResult> result() const;

    FilterPanel *filterPanel() const { return m_filters; }
    const KpiTile *tile(IqlMetric metric) const { return m_tiles[std::size_t(metric)]; }
    GenerationChart *generationChart() const { return m_generation; }
    CohortHeatMap *cohortHeatMap() const { return m_cohorts; }
    TimeToMqlChart *timeToMqlChart() const { return m_timeToMql; }
    EngagementChart *engagementChart() const { return m_engagement; }
    FunnelChart *funnelChart() const { return m_funnel; }
    QualityPanel *qualityPanel() const { return m_quality; }
    RecordedStagesPanel *recordedStagesPanel() const { return m_recorded; }

    // Lists the leads behind `cell` and emits leadsRequested.
    void openLeads(const MetricCell &cell, const QString &title);

Q_SIGNALS:
    void leadsRequested(const QString &title, const std::vector<std::int64_t> &leadIds);
    // A new result is on screen.
    void ready();
    void loadFailed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleCompute();
    void compute();
    void showResult();
    void showChart(std::size_t index, std::uint64_t showing);
    void showBusy(bool busy);
    void showNotice(const FunnelReport &report);
    void arrangeCharts();
    void placeStatus();

    QString m_path;
    QString m_filterPath; // whose remembered filter the panel shows
    DashboardEngine *m_engine;
    FilterPanel *m_filters;
    QProgressBar *m_busy;
    QLabel *m_status;
    QWidget *m_statusRow;
    QGridLayout *m_top;
    bool m_statusBeside = true;
    QLabel *m_notice; // why the charts are empty, when they are
    QTimer *m_debounce;
    std::array<KpiTile *, 4> m_tiles{};
    GenerationChart *m_generation;
    CohortHeatMap *m_cohorts;
    TimeToMqlChart *m_timeToMql;
    EngagementChart *m_engagement;
    FunnelChart *m_funnel;
    QualityPanel *m_quality;
    RecordedStagesPanel *m_recorded;
    std::vector<ChartPanel *> m_charts;
    std::uint64_t m_showing = 0;  // the latest result being put on the charts, one a turn
    bool m_chartsPending = false; // charts still to show it
    QGridLayout *m_chartGrid;
    int m_columns = 0;
};

} // namespace LeadStage
