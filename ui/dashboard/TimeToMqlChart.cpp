#include "TimeToMqlChart.h"

#include "DashboardEngine.h"
#include "common/CountTicker.h"
#include "common/QCustomPlotInclude.h"
#include "common/StageColors.h"
#include "metrics/DashboardFormat.h"

#include <cmath>

namespace LeadStage {

namespace {

constexpr int binCount = TimeToMqlHistogram::binCount;

// Bin b is drawn centred on key b, covering days [30 b, 30 b + 30): a number of
// days sits at key days / 30 − 0.5. The open last bin is drawn as wide as the
// others, so a marker beyond it stops at the plot's right edge.
double keyOfDays(double days)
{
    return std::min(days / TimeToMqlHistogram::binDays - 0.5, binCount - 0.5);
}

} // namespace

TimeToMqlChart::TimeToMqlChart(QWidget *parent)
    : PlotPanel(tr("Time from IQL to MQL, all periods in the filter"), parent)
    , m_bars(new QCPBars(plot()->xAxis, plot()->yAxis))
{
    const QColor colour = StageColors::of(Stage::MQL);
    m_bars->setBrush(colour.lighter(160));
    m_bars->setPen(QPen(colour));
    m_bars->setWidth(0.9);
    plot()->xAxis->setLabel(tr("Days from IQL to MQL (band 90–180)"));
    plot()->yAxis->setLabel(tr("Leads"));
    plot()->xAxis->grid()->setVisible(false);
    CountTicker::install(plot()->yAxis);

    const QColor quartile(0x47, 0x55, 0x69);
    const QColor median(0xdc, 0x26, 0x26);
    for (std::size_t i = 0; i < 3; ++i) {
        const QColor colour = i == 1 ? median : quartile;
        m_lines[i] = new QCPItemStraightLine(plot());
        m_lines[i]->setPen(QPen(colour, i == 1 ? 2.0 : 1.5, i == 1 ? Qt::SolidLine : Qt::DashLine));
        m_labels[i] = new QCPItemText(plot());
        m_labels[i]->setColor(colour);
        m_labels[i]->setFont(plot()->xAxis->tickLabelFont());
        m_labels[i]->setPadding(QMargins(3, 1, 3, 1));
        m_labels[i]->setBrush(QColor(255, 255, 255, 230));
        m_labels[i]->setClipToAxisRect(true);
    }

    QStringList labels;
    for (int bin = 0; bin < binCount; ++bin)
        labels << TimeToMqlHistogram::binLabel(bin);
    setCategoryTicks(plot()->xAxis, labels);
    plot()->xAxis->setRange(-0.5, binCount - 0.5);

    connect(plot(), &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *plottable, int index) {
        if (plottable == m_bars && index >= 0 && index < m_bars->data()->size())
            activateBin(int(std::lround(m_bars->data()->at(index)->key)));
    });
}

void TimeToMqlChart::showResult(const DashboardResult &result)
{
    m_data = result.report.timeToMql;
    if (m_data.overall.count == 0) {
        showEmpty(result.report.selectedLeads == 0
                      ? noLeadsSentence()
                      : tr("No selected lead went from IQL to MQL in the periods shown: no time to measure."));
        return;
    }
    showChart();
    QVector<double> keys, values;
    int highest = 0;
    for (int bin = 0; bin < binCount; ++bin) {
        keys << bin;
        values << m_data.histogram.counts[std::size_t(bin)];
        highest = std::max(highest, m_data.histogram.counts[std::size_t(bin)]);
    }
    m_bars->setData(keys, values, true);
    // Head room above the highest bar for the marker labels.
    plot()->yAxis->setRange(0, std::max(highest, 1) * 1.25);

    const DurationStats &stats = m_data.overall;
    placeMarker(0, stats.lowerQuartile, tr("Q1"));
    placeMarker(1, stats.median, tr("median"));
    placeMarker(2, stats.upperQuartile, tr("Q3"));
    plot()->replot(QCustomPlot::rpQueuedReplot); // one chart per event, not all in one GUI-thread slice
}

void TimeToMqlChart::placeMarker(std::size_t which, std::optional<double> days, const QString &name)
{
    QCPItemStraightLine *line = m_lines[which];
    QCPItemText *label = m_labels[which];
    line->setVisible(days.has_value());
    label->setVisible(days.has_value());
    if (!days)
        return;
    const double key = keyOfDays(*days);
    line->point1->setCoords(key, 0);
    line->point2->setCoords(key, 1);
    // Stagger the three labels vertically so close quartiles never overlap.
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(key, 0.02 + 0.09 * double(which));
    // Beside the line on the side with room: a marker in the right half writes to its left.
    const bool rightHalf = key > (binCount - 1) / 2.0;
    label->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    label->setText(u"%1 %2"_qs.arg(name, DashboardFormat::days(days)));
}

void TimeToMqlChart::activateBin(int bin)
{
    if (bin < 0 || bin >= binCount)
        return;
    MetricCell cell;
    cell.measure = MetricCell::Measure::TimeToMqlBin;
    cell.index = bin;
    Q_EMIT cellActivated(cell, tr("MQLs %1 days after IQL").arg(TimeToMqlHistogram::binLabel(bin)));
}

QString TimeToMqlChart::toolTipAt(const QPoint &pixel) const
{
    if (!plot()->axisRect()->rect().contains(pixel))
        return {};
    const int bin = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    if (bin < 0 || bin >= binCount)
        return {};
    const DurationStats &stats = m_data.overall;
    return tr("%1 days: %2 leads\nmean %3, Q1 %4, median %5, Q3 %6 (%7 leads)")
        .arg(TimeToMqlHistogram::binLabel(bin), DashboardFormat::count(m_data.histogram.counts[std::size_t(bin)]),
             DashboardFormat::days(stats.mean), DashboardFormat::days(stats.lowerQuartile),
             DashboardFormat::days(stats.median), DashboardFormat::days(stats.upperQuartile),
             DashboardFormat::count(stats.count));
}

} // namespace LeadStage
