#include "EngagementChart.h"

#include "DashboardEngine.h"
#include "common/QCustomPlotInclude.h"
#include "metrics/DashboardFormat.h"
#include "metrics/ReferenceBands.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace LeadStage {

EngagementChart::EngagementChart(QWidget *parent)
    : PlotPanel(tr("Engagement rate of IQLs"), parent)
    , m_line(plot()->addGraph())
    , m_partial(plot()->addGraph())
    , m_band(new QCPItemRect(plot()))
    , m_bandNote(new QCPTextElement(plot()))
{
    const QColor line(0x0f, 0x76, 0x6e);
    m_line->setPen(QPen(line, 2));
    m_line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, line, line, 6));
    m_partial->setLineStyle(QCPGraph::lsNone);
    m_partial->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(line, 1.5), Qt::white, 8));

    // The band spans the whole width at fixed rates: x in axis-rect ratio, y in %.
    const ReferenceBand &band = ReferenceBands::of(IqlMetric::Engagement);
    m_band->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_band->topLeft->setCoords(0, band.high * 100.0);
    m_band->bottomRight->setCoords(1, band.low * 100.0);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(QColor(0x22, 0xc5, 0x5e, 50));
    m_band->setLayer(u"background"_qs);
    // The band's name in a row of its own above the plot: inside, any month's rate
    // near 50 % would draw the line through it.
    m_bandNote->setText(tr("Shaded: reference band 35–50 %"));
    m_bandNote->setTextColor(QColor(0x15, 0x80, 0x3d));
    m_bandNote->setFont(plot()->xAxis->tickLabelFont());
    m_bandNote->setTextFlags(Qt::AlignCenter);
    plot()->plotLayout()->insertRow(0);
    plot()->plotLayout()->addElement(0, 0, m_bandNote);
    plot()->plotLayout()->setRowStretchFactor(0, 0.001);

    plot()->yAxis->setLabel(tr("IQLs with an event in the month (%)"));
    plot()->yAxis->setRange(0, 100);
    connect(plot(), &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->button() == Qt::LeftButton)
            activatePoint(pointAt(event->pos()));
    });
}

void EngagementChart::showResult(const DashboardResult &result)
{
    m_points = result.report.engagement;
    if (std::none_of(m_points.begin(), m_points.end(), [](const EngagementPoint &p) { return p.rate.has_value(); })) {
        showEmpty(result.report.selectedLeads == 0
                      ? noLeadsSentence()
                      : tr("No selected lead was an IQL in any month shown: no engagement rate to draw."));
        return;
    }
    showChart();
    QVector<double> keys, rates, partialKeys, partialRates;
    QStringList labels;
    const double gap = std::numeric_limits<double>::quiet_NaN(); // a month without IQLs breaks the line
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const EngagementPoint &point = m_points[i];
        keys << double(i);
        rates << (point.rate ? *point.rate * 100.0 : gap);
        labels << point.month.label();
        if (point.partial && point.rate) {
            partialKeys << double(i);
            partialRates << *point.rate * 100.0;
        }
    }
    m_line->setData(keys, rates, true);
    m_partial->setData(partialKeys, partialRates, true);
    setCategoryTicks(plot()->xAxis, labels, int(((m_points.front().month.firstMonth() % 12) + 12) % 12));
    plot()->xAxis->setRange(-0.5, std::max<double>(double(m_points.size()) - 0.5, 0.5));
    plot()->replot(QCustomPlot::rpQueuedReplot); // one chart per event, not all in one GUI-thread slice
}

QRect EngagementChart::bandNoteRect() const
{
    return m_bandNote->outerRect();
}

int EngagementChart::pointAt(const QPoint &pixel) const
{
    if (m_points.empty() || !plot()->axisRect()->rect().contains(pixel))
        return -1;
    const int index = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    return index >= 0 && index < int(m_points.size()) ? index : -1;
}

void EngagementChart::activatePoint(int index)
{
    if (index < 0 || index >= int(m_points.size()))
        return;
    const Period month = m_points[std::size_t(index)].month;
    MetricCell cell;
    cell.measure = MetricCell::Measure::EngagedInMonth;
    cell.period = month;
    Q_EMIT cellActivated(cell, tr("IQLs engaged in %1").arg(month.label()));
}

QString EngagementChart::toolTipAt(const QPoint &pixel) const
{
    const int index = pointAt(pixel);
    if (index < 0)
        return {};
    const EngagementPoint &point = m_points[std::size_t(index)];
    QString text = tr("%1: %2 of %3 IQLs engaged = %4")
                       .arg(point.month.label(), DashboardFormat::count(point.engaged),
                            DashboardFormat::count(point.iqls), DashboardFormat::percent(point.rate));
    if (point.partial)
        text += u'\n' + tr("partial month: the analysis date falls inside it");
    return text;
}

} // namespace LeadStage
