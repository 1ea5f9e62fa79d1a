#include "GenerationChart.h"

#include "DashboardEngine.h"
#include "common/CountTicker.h"
#include "common/QCustomPlotInclude.h"
#include "common/StageColors.h"
#include "metrics/DashboardFormat.h"

#include <cmath>

namespace LeadStage {

GenerationChart::GenerationChart(QWidget *parent)
    : PlotPanel(tr("IQL generation"), parent)
    , m_bars(new QCPBars(plot()->xAxis, plot()->yAxis))
{
    const QColor colour = StageColors::of(Stage::IQL);
    m_bars->setBrush(colour);
    m_bars->setPen(QPen(colour.darker(120)));
    m_bars->setWidth(0.75);
    plot()->xAxis->grid()->setVisible(false);
    CountTicker::install(plot()->yAxis);

    connect(plot(), &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *plottable, int index) {
        if (plottable == m_bars && index >= 0 && index < m_bars->data()->size())
            activate(int(std::lround(m_bars->data()->at(index)->key)));
    });
}

QWidget *GenerationChart::viewport() const
{
    return plot();
}

void GenerationChart::showResult(const DashboardResult &result)
{
    m_points = result.report.generation;
    int highest = 0;
    for (const GenerationPoint &point : m_points)
        highest = std::max(highest, point.iqls);
    if (highest == 0) {
        // Bars of nothing under "1970" ticks tell nothing: say what the filter found.
        m_bars->data()->clear();
        showEmpty(result.report.selectedLeads == 0
                      ? noLeadsSentence()
                      : tr("None of the selected leads reached IQL in the periods shown."));
        return;
    }
    showChart();

    QVector<double> keys, values;
    QStringList labels;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        keys << double(i);
        values << m_points[i].iqls;
        labels << m_points[i].period.label();
    }
    m_bars->setData(keys, values, true);
    const Period &first = m_points.front().period;
    const int months = result.report.bucket == Bucket::Month ? 1 : 3;
    const int phase = int(((first.firstMonth() % 12) + 12) % 12) / months;
    setCategoryTicks(plot()->xAxis, labels, phase);
    plot()->xAxis->setRange(-0.5, double(m_points.size()) - 0.5);
    plot()->yAxis->setRange(0, highest * 1.08);
    plot()->yAxis->setLabel(result.report.bucket == Bucket::Month ? tr("IQLs / month") : tr("IQLs / quarter"));
    plot()->replot(QCustomPlot::rpQueuedReplot); // one chart per event, not all in one GUI-thread slice
}

QPoint GenerationChart::barCenter(int index) const
{
    const GenerationPoint &point = m_points.at(std::size_t(index));
    // The queued replot may not have laid the plot out yet.
    plot()->replot(QCustomPlot::rpImmediateRefresh);
    return QPoint(int(std::lround(plot()->xAxis->coordToPixel(index))),
                  int(std::lround(plot()->yAxis->coordToPixel(point.iqls / 2.0))));
}

double GenerationChart::barValue(int index) const
{
    if (index < 0 || index >= m_bars->data()->size())
        return 0;
    return m_bars->data()->at(index)->value;
}

QString GenerationChart::barLabel(int index) const
{
    return index >= 0 && index < int(m_points.size()) ? m_points[std::size_t(index)].period.label() : QString();
}

int GenerationChart::barAt(const QPoint &pixel) const
{
    if (m_points.empty() || !plot()->axisRect()->rect().contains(pixel))
        return -1;
    const int index = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    return index >= 0 && index < int(m_points.size()) ? index : -1;
}

QString GenerationChart::toolTipAt(const QPoint &pixel) const
{
    const int index = barAt(pixel);
    if (index < 0)
        return {};
    const GenerationPoint &point = m_points[std::size_t(index)];
    return tr("%1: %2 IQLs").arg(point.period.label(), DashboardFormat::count(point.iqls));
}

void GenerationChart::activate(int index)
{
    if (index < 0 || index >= int(m_points.size()))
        return;
    const Period period = m_points[std::size_t(index)].period;
    MetricCell cell;
    cell.measure = MetricCell::Measure::Iqls;
    cell.period = period;
    Q_EMIT cellActivated(cell, tr("IQLs of %1").arg(period.label()));
}

} // namespace LeadStage
