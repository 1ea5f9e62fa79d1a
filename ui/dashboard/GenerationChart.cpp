#include "GenerationChart.h"

#include "DashboardEngine.h"
#include "common/StageColors.h"
#include "metrics/DashboardFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

namespace LeadStage {

GenerationChart::GenerationChart(QWidget *parent)
    : ChartPanel(tr("IQL generation"), parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    setChartWidget(m_view);
}

QWidget *GenerationChart::viewport() const
{
    return m_view->viewport();
}

void GenerationChart::showResult(const DashboardResult &result)
{
    m_points = result.report.generation;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);

    auto *set = new QBarSet(tr("IQLs"));
    set->setColor(StageColors::of(Stage::IQL));
    set->setBorderColor(StageColors::of(Stage::IQL).darker(120));
    QStringList categories;
    int highest = 0;
    for (const GenerationPoint &point : m_points) {
        *set << point.iqls;
        categories << point.period.label();
        highest = std::max(highest, point.iqls);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.75);
    series->append(set);
    m_chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // Two dozen month labels do not fit side by side at 1366 px: stand them up.
    x->setLabelsAngle(categories.size() > 10 ? -90 : 0);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_qs);
    y->setRange(0, std::max(highest, 1));
    y->applyNiceNumbers();
    y->setTitleText(result.report.bucket == Bucket::Month ? tr("IQLs / month") : tr("IQLs / quarter"));
    y->setLabelsFont(small);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    connect(set, &QBarSet::clicked, this, &GenerationChart::activate);
    connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
        if (!status || index < 0 || index >= int(m_points.size())) {
            QToolTip::hideText();
            return;
        }
        const GenerationPoint &point = m_points[std::size_t(index)];
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 IQLs").arg(point.period.label(), DashboardFormat::count(point.iqls)), m_view);
    });
}

QPoint GenerationChart::barCenter(int index) const
{
    const GenerationPoint &point = m_points.at(std::size_t(index));
    const auto series = m_chart->series();
    const QPointF inChart = m_chart->mapToPosition(QPointF(index, point.iqls / 2.0), series.value(0));
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

double GenerationChart::barValue(int index) const
{
    const auto *series = qobject_cast<const QBarSeries *>(m_chart->series().value(0));
    if (!series || series->barSets().isEmpty())
        return 0;
    return series->barSets().constFirst()->at(index);
}

QString GenerationChart::barLabel(int index) const
{
    const auto axes = m_chart->axes(Qt::Horizontal);
    const auto *axis = axes.isEmpty() ? nullptr : qobject_cast<const QBarCategoryAxis *>(axes.constFirst());
    return axis ? axis->at(index) : QString();
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

void GenerationChart::render(QPaintDevice *device, const QSize &size) const
{
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
}

} // namespace LeadStage
