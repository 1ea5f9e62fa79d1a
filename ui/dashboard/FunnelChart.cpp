#include "FunnelChart.h"

#include "DashboardEngine.h"
#include "common/CountTicker.h"
#include "common/QCustomPlotInclude.h"
#include "common/StageColors.h"
#include "metrics/DashboardFormat.h"

#include <cmath>

namespace LeadStage {

FunnelChart::FunnelChart(QWidget *parent)
    : PlotPanel(tr("Funnel: leads that reached each stage"), parent)
{
    QStringList labels;
    for (int stage = 0; stage < stageCount; ++stage) {
        // One QCPBars per stage: QCustomPlot colours a whole bars plottable alike.
        auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        const QColor colour = StageColors::of(Stage(stage));
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(130)));
        bars->setWidth(0.7);
        m_bars[std::size_t(stage)] = bars;
        auto *value = new QCPItemText(plot());
        value->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        value->setFont(plot()->xAxis->tickLabelFont());
        value->setPadding(QMargins(0, 0, 0, 2));
        m_values[std::size_t(stage)] = value;
        labels << stageTitle(Stage(stage));
    }
    setCategoryTicks(plot()->xAxis, labels);
    plot()->xAxis->setRange(-0.5, stageCount - 0.5);
    plot()->xAxis->grid()->setVisible(false);
    plot()->yAxis->setLabel(tr("Leads"));
    CountTicker::install(plot()->yAxis);

    connect(plot(), &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *plottable) {
        for (int stage = 0; stage < stageCount; ++stage)
            if (plottable == m_bars[std::size_t(stage)])
                activateStage(stage);
    });
}

void FunnelChart::showResult(const DashboardResult &result)
{
    m_counts = result.report.stages;
    if (result.report.selectedLeads == 0) {
        showEmpty(noLeadsSentence());
        return;
    }
    showChart();
    int highest = 0;
    for (int stage = 0; stage < stageCount; ++stage) {
        const int count = m_counts.everReached[std::size_t(stage)];
        highest = std::max(highest, count);
        m_bars[std::size_t(stage)]->setData({double(stage)}, {double(count)}, true);
        m_values[std::size_t(stage)]->position->setCoords(stage, count);
        m_values[std::size_t(stage)]->setText(DashboardFormat::count(count));
    }
    // Head room above the tallest bar for its value label.
    plot()->yAxis->setRange(0, std::max(highest, 1) * 1.15);
    plot()->replot(QCustomPlot::rpQueuedReplot); // one chart per event, not all in one GUI-thread slice
}

void FunnelChart::activateStage(int stage)
{
    if (stage < 0 || stage >= stageCount)
        return;
    MetricCell cell;
    cell.measure = MetricCell::Measure::EverReached;
    cell.index = stage;
    Q_EMIT cellActivated(cell, tr("Leads that reached %1").arg(stageTitle(Stage(stage))));
}

QString FunnelChart::toolTipAt(const QPoint &pixel) const
{
    if (!plot()->axisRect()->rect().contains(pixel))
        return {};
    const int stage = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    if (stage < 0 || stage >= stageCount)
        return {};
    return tr("%1: %2 ever reached, %3 there now")
        .arg(stageTitle(Stage(stage)), DashboardFormat::count(m_counts.everReached[std::size_t(stage)]),
             DashboardFormat::count(m_counts.current[std::size_t(stage)]));
}

} // namespace LeadStage
