#include "DashboardView.h"

#include "CohortHeatMap.h"
#include "DashboardEngine.h"
#include "DashboardSettings.h"
#include "EngagementChart.h"
#include "FilterPanel.h"
#include "FilterScope.h"
#include "FunnelChart.h"
#include "GenerationChart.h"
#include "KpiTile.h"
#include "QualityPanel.h"
#include "RecordedStagesPanel.h"
#include "TimeToMqlChart.h"
#include "common/DisplayFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

// Below this width two charts share a row; above it (large screens) three.
constexpr int wideLayoutWidth = 1900;

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_engine(new DashboardEngine(this))
    , m_filters(new FilterPanel(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel)
    , m_debounce(new QTimer(this))
    , m_generation(new GenerationChart)
    , m_cohorts(new CohortHeatMap)
    , m_timeToMql(new TimeToMqlChart)
    , m_engagement(new EngagementChart)
    , m_funnel(new FunnelChart)
    , m_quality(new QualityPanel)
    , m_recorded(new RecordedStagesPanel)
    , m_chartGrid(new QGridLayout)
{
    // An indeterminate bar: FunnelMetrics reports no progress, and ~100 ms of
    // work needs "working", not a percentage.
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_statusRow = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(m_statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_busy);
    // Its text never sets the window's least width: placeStatus() moves it under the
    // filters when they leave no room. Otherwise a longer filter widened the window by
    // the status's width (1366 → 1387 px), and relaid and repainted all of it (30 ms).
    m_statusRow->setMinimumWidth(1);
    m_top = new QGridLayout;
    m_top->setContentsMargins(0, 0, 0, 0);
    m_top->setVerticalSpacing(2);
    m_top->addWidget(m_filters, 0, 0);
    m_top->setColumnStretch(0, 1);
    placeStatus();

    auto *content = new QWidget;
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    for (const ReferenceBand &band : ReferenceBands::all()) {
        m_tiles[std::size_t(band.metric)] = new KpiTile(band.metric, content);
        tiles->addWidget(m_tiles[std::size_t(band.metric)]);
    }
    m_charts = {m_generation, m_cohorts, m_timeToMql, m_engagement, m_funnel};
    for (ChartPanel *chart : m_charts) {
        chart->setParent(content);
        connect(chart, &ChartPanel::cellActivated, this, &DashboardView::openLeads);
    }
    m_quality->setParent(content);
    connect(m_quality, &QualityPanel::cellActivated, this, &DashboardView::openLeads);
    m_chartGrid->setSpacing(10);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    m_notice->setObjectName(u"dashboardNotice"_qs);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        u"QLabel { background: #fff4d6; border: 1px solid #e0c36b; border-radius: 4px; padding: 8px; }"_qs);
    m_notice->hide();
    contentLayout->addWidget(m_notice);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(m_chartGrid);
    contentLayout->addWidget(m_quality);
    m_recorded->setParent(content);
    contentLayout->addWidget(m_recorded);
    contentLayout->addStretch(1);
    arrangeCharts();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(m_top);
    layout->addWidget(scroll, 1);

    m_quality->setDimension(Dimension(DashboardSettings::qualityDimension().get()));
    connect(m_quality, &QualityPanel::dimensionChanged, this,
            [](Dimension dimension) { DashboardSettings::qualityDimension().set(int(dimension)); });

    // Typing a date or ticking several values fires many changes: compute once
    // they settle. Stale answers are dropped by the engine anyway.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &DashboardView::compute);
    connect(m_filters, &FilterPanel::changed, this, &DashboardView::scheduleCompute);

    connect(m_engine, &DashboardEngine::busyChanged, this, &DashboardView::showBusy);
    connect(m_engine, &DashboardEngine::computed, this, &DashboardView::showResult);
    connect(m_engine, &DashboardEngine::failed, this, [this](const QString &message) {
        m_status->setText(message);
        m_status->setToolTip(message);
        placeStatus();
        Q_EMIT loadFailed(message);
    });
    connect(m_engine, &DashboardEngine::loaded, this, [this] {
        m_status->clear();
        m_status->setToolTip({});
        m_filters->setChoices(*m_engine->snapshot());
        // Shows this workspace's remembered filter and, through changed(), computes it.
        m_filterPath = m_path;
        m_filters->setFilter(DashboardSettings::loadFilter(m_path), DashboardSettings::loadBucket(m_path));
        // Nobody is typing: the first numbers need not wait for the typing pause.
        m_debounce->stop();
        compute();
    });
}

DashboardView::~DashboardView() = default;

void DashboardView::setWorkspacePath(const QString &path)
{
    // A change still waiting for its computation belongs to the workspace shown so far.
    if (m_debounce->isActive() && m_filterPath == m_path && !m_path.isEmpty()) {
        DashboardSettings::saveFilter(m_path, m_filters->filter());
        DashboardSettings::saveBucket(m_path, m_filters->bucket());
    }
    m_debounce->stop();
    m_path = path;
    m_filterPath.clear();
    m_filters->setWorkspacePath(path);
    reload();
}

void DashboardView::reload()
{
    if (m_path.isEmpty())
        return;
    m_status->setText(tr("Loading workspace…"));
    placeStatus();
    m_engine->load(m_path);
}

bool DashboardView::isBusy() const
{
    return m_engine->isBusy() || m_debounce->isActive() || m_chartsPending;
}

QString DashboardView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

std::shared_ptr<const DashboardResult> DashboardView::result() const
{
    return m_engine->result();
}

void DashboardView::scheduleCompute()
{
    placeStatus(); // the filters' buttons may have grown with the filter
    m_debounce->start();
    showBusy(true);
}

void DashboardView::compute()
{
    const MetricsFilter filter = m_filters->filter();
    const Bucket bucket = m_filters->bucket();
    // Until the workspace's own filter is shown, the panel still holds the previous one's.
    if (m_filterPath != m_path || m_path.isEmpty()) {
        showBusy(m_engine->isBusy());
        return;
    }
    DashboardSettings::saveFilter(m_path, filter);
    DashboardSettings::saveBucket(m_path, bucket);
    m_engine->compute(filter, bucket);
    showBusy(m_engine->isBusy());
}

void DashboardView::showResult()
{
    const auto result = m_engine->result();
    if (!result)
        return;
    const QString scope = FilterScope::describe(m_filters->filter());
    for (KpiTile *tile : m_tiles)
        tile->showFigure(KpiFigure::of(result->report, tile->metric()), scope);
    m_quality->showResult(*result);
    m_recorded->showResult(*result);
    showNotice(result->report);
    // An empty workspace has no analysis date: no "as of 1970-01-01".
    if (result->report.selectedLeads == 0 || result->report.asOf <= 0)
        m_status->setText(tr("%1 selected").arg(DisplayFormat::leads(result->report.selectedLeads)));
    else
        m_status->setText(tr("%1 selected, as of %2")
                              .arg(DisplayFormat::leads(result->report.selectedLeads),
                                   DisplayFormat::dateOfUtc(result->report.asOf)));
    placeStatus();
    m_chartsPending = true;
    showChart(0, ++m_showing);
}

// A chart's first showing sizes and paints its plot: 5 ms and more each on a large
// window, 26 ms for all at once. One chart a turn of the event loop keeps the window
// answering in between; a newer result ends the older one's turns.
void DashboardView::showChart(std::size_t index, std::uint64_t showing)
{
    if (showing != m_showing)
        return;
    const auto result = m_engine->result();
    if (!result) { // a new workspace is being read: its own result starts again
        m_chartsPending = false;
        return;
    }
    if (index == m_charts.size()) {
        m_chartsPending = false;
        showBusy(m_engine->isBusy());
        Q_EMIT ready();
        return;
    }
    m_charts[index]->showResult(*result);
    QTimer::singleShot(0, this, [this, index, showing] { showChart(index + 1, showing); });
}

void DashboardView::showNotice(const FunnelReport &report)
{
    // Empty charts alone look broken: say why they are empty and what to do.
    QString notice;
    if (m_engine->snapshot() && m_engine->snapshot()->size() == 0)
        notice = tr("This workspace holds no leads yet. Import a CRM or marketing-automation export with "
                    "File → Import (Ctrl+I), or drop the CSV files on this window.");
    else if (report.selectedLeads == 0)
        notice = tr("No lead matches the filter. Widen the date range or clear a filter above.");
    else if (report.summary.iqls == 0 && (m_filters->filter().from || m_filters->filter().to))
        // The leads may well have reached IQL, only not within the dates chosen.
        notice = tr("No IQL falls within the chosen dates (%1 selected by the other filters). Widen the date "
                    "range, or untick it to see every period.")
                     .arg(DisplayFormat::leads(report.selectedLeads));
    else if (report.summary.iqls == 0)
        notice = tr("No lead has reached IQL under the active model (%1 selected). Widen the filter, or import "
                    "their engagement events (File → Import).")
                     .arg(DisplayFormat::leads(report.selectedLeads));
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void DashboardView::showBusy(bool busy)
{
    m_busy->setVisible(busy || isBusy());
}

void DashboardView::openLeads(const MetricCell &cell, const QString &title)
{
    const auto result = m_engine->result();
    if (!result)
        return;
    // A linear pass over the selected leads' facts: milliseconds even for 1 M leads.
    Q_EMIT leadsRequested(title, result->metrics->leadsBehind(cell));
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts();
    placeStatus();
}

void DashboardView::placeStatus()
{
    // Beside the filters when they leave room for it, under them otherwise: the
    // filters keep their width at 1280 px and the window never widens for the status.
    const int needed = m_filters->sizeHint().width() + m_statusRow->sizeHint().width() + 30;
    const bool beside = width() >= needed;
    if (m_top->indexOf(m_statusRow) >= 0 && beside == m_statusBeside)
        return;
    m_statusBeside = beside;
    m_top->removeWidget(m_statusRow);
    if (beside)
        m_top->addWidget(m_statusRow, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    else
        m_top->addWidget(m_statusRow, 1, 0, Qt::AlignRight | Qt::AlignVCenter);
}

void DashboardView::arrangeCharts()
{
    // Charts grow with the window so a large screen shows detail, not empty space.
    for (ChartPanel *chart : m_charts)
        chart->setMinimumHeight(std::max(300, height() * 2 / 5));
    const int columns = width() >= wideLayoutWidth ? 3 : 2;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartPanel *chart : m_charts)
        m_chartGrid->removeWidget(chart);
    for (std::size_t i = 0; i < m_charts.size(); ++i)
        m_chartGrid->addWidget(m_charts[i], int(i) / columns, int(i) % columns);
    for (int c = 0; c < 3; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace LeadStage
