#include "CohortHeatMap.h"

#include "DashboardEngine.h"
#include "common/QCustomPlotInclude.h"
#include "metrics/DashboardFormat.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace LeadStage {

CohortHeatMap::CohortHeatMap(QWidget *parent)
    : PlotPanel(tr("IQL → MQL conversion by cohort"), parent)
    , m_map(new QCPColorMap(plot()->xAxis, plot()->yAxis))
    , m_scale(new QCPColorScale(plot()))
{
    plot()->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("% converted"));
    m_scale->axis()->setTickLabelFont(plot()->xAxis->tickLabelFont());
    m_scale->axis()->setLabelFont(plot()->xAxis->labelFont());
    m_scale->setBarWidth(12);
    m_map->setColorScale(m_scale);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0xef, 0xf6, 0xff));
    gradient.setColorStopAt(0.5, QColor(0x60, 0xa5, 0xfa));
    gradient.setColorStopAt(1.0, QColor(0x1e, 0x3a, 0x8a));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);

    plot()->xAxis->setLabel(tr("Months of 30 days since IQL (6 = the 180-day conversion)"));
    plot()->yAxis->setRangeReversed(true); // oldest cohort on top, as cohort tables read
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->grid()->setVisible(false);
    plot()->yAxis->grid()->setVisible(false);

    connect(plot(), &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton)
            return;
        if (const auto cell = cellAt(event->pos()))
            activateCell(cell->first, cell->second);
    });
}

void CohortHeatMap::showResult(const DashboardResult &result)
{
    m_cohorts = result.report.cohorts;
    const bool anyIql =
        std::any_of(m_cohorts.begin(), m_cohorts.end(), [](const CohortRow &row) { return row.size > 0; });
    if (!anyIql) {
        m_cohorts.clear();
        showEmpty(result.report.selectedLeads == 0
                      ? noLeadsSentence()
                      : tr("No cohort to follow: none of the selected leads reached IQL in the periods shown."));
        return;
    }
    showChart();
    const int rows = int(m_cohorts.size());
    QCPColorMapData *data = m_map->data();
    data->setSize(CohortRow::monthColumns, std::max(rows, 1));
    data->setRange(QCPRange(0, CohortRow::monthColumns - 1), QCPRange(0, std::max(rows - 1, 1)));
    QStringList labels;
    for (int r = 0; r < rows; ++r) {
        const CohortRow &cohort = m_cohorts[std::size_t(r)];
        labels << cohort.period.label() + (cohort.provisional ? u" *"_qs : QString());
        for (int k = 0; k < CohortRow::monthColumns; ++k) {
            const auto share = cohort.shareBy(k);
            const bool shown = share && cohort.complete[std::size_t(k)];
            data->setCell(k, r, shown ? *share * 100.0 : std::numeric_limits<double>::quiet_NaN());
        }
    }
    // From 0 %, so equal colours mean equal shares whatever the filter.
    m_map->rescaleDataRange(true);
    m_map->setDataRange(QCPRange(0, std::max(1.0, m_map->dataRange().upper)));
    const Period &first = m_cohorts.front().period;
    const int months = first.bucket() == Bucket::Month ? 1 : 3;
    setCategoryTicks(plot()->yAxis, labels, int(((first.firstMonth() % 12) + 12) % 12) / months);
    plot()->xAxis->setRange(-0.5, CohortRow::monthColumns - 0.5);
    plot()->yAxis->setRange(-0.5, std::max(rows, 1) - 0.5);
    plot()->replot(QCustomPlot::rpQueuedReplot); // one chart per event, not all in one GUI-thread slice
}

std::optional<std::pair<int, int>> CohortHeatMap::cellAt(const QPoint &pixel) const
{
    if (m_cohorts.empty() || !plot()->axisRect()->rect().contains(pixel))
        return std::nullopt;
    const int month = int(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    const int cohort = int(std::lround(plot()->yAxis->pixelToCoord(pixel.y())));
    if (month < 0 || month >= CohortRow::monthColumns || cohort < 0 || cohort >= int(m_cohorts.size()))
        return std::nullopt;
    return std::pair{cohort, month};
}

void CohortHeatMap::activateCell(int cohort, int month)
{
    const CohortRow &row = m_cohorts.at(std::size_t(cohort));
    MetricCell cell;
    cell.measure = MetricCell::Measure::ConvertedBy;
    cell.period = row.period;
    cell.index = month;
    Q_EMIT cellActivated(cell, tr("IQLs of %1 at MQL within %2 days").arg(row.period.label()).arg(month * 30));
}

QString CohortHeatMap::toolTipAt(const QPoint &pixel) const
{
    const auto cell = cellAt(pixel);
    if (!cell)
        return {};
    const CohortRow &row = m_cohorts[std::size_t(cell->first)];
    const int k = cell->second;
    QString text =
        tr("Cohort %1 (%2 IQLs)\nwithin %3 days: %4 MQL = %5")
            .arg(row.period.label(), DashboardFormat::count(row.size))
            .arg(k * 30)
            .arg(DashboardFormat::count(row.convertedBy[std::size_t(k)]), DashboardFormat::percent(row.shareBy(k)));
    if (!row.complete[std::size_t(k)])
        text += u'\n' + tr("not final: those days have not all passed");
    else if (row.provisional)
        text += u'\n' + tr("provisional cohort");
    return text;
}

} // namespace LeadStage
