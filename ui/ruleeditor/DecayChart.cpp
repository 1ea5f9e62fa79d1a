#include "DecayChart.h"

#include "common/PlotPalette.h"
#include "common/StageColors.h"

#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace LeadStage {

DecayChart::DecayChart(QWidget *parent)
    : QChartView(parent)
    , m_curve(new QLineSeries)
    , m_iql(new QLineSeries)
{
    setObjectName(u"decayChart"_qs);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_curve->setName(tr("engagement of an idle lead"));
    m_curve->setPen(QPen(QColor(0x0f, 0x76, 0x6e), 2.5)); // teal: apart from the stage colours
    m_iql->setName(tr("IQL threshold"));
    m_iql->setPen(QPen(StageColors::of(Stage::IQL), 1.5, Qt::DashLine));
    chart->addSeries(m_curve);
    chart->addSeries(m_iql);
    auto *days = new QValueAxis;
    days->setRange(0, 360);
    days->setTickCount(13);
    days->setLabelFormat(u"%d"_qs);
    days->setTitleText(tr("days since the last event (30-day months)"));
    auto *points = new QValueAxis;
    points->setLabelFormat(u"%d"_qs);
    points->setTitleText(tr("points"));
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(points, Qt::AlignLeft);
    for (QLineSeries *series : {m_curve, m_iql}) {
        series->attachAxis(days);
        series->attachAxis(points);
    }
    setChart(chart);
    followPalette();
    connect(m_curve, &QLineSeries::hovered, this, [this](const QPointF &point, bool entered) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        // The exact step under the pointer: the last point at or before its day.
        const QList<QPointF> steps = m_curve->points();
        QPointF shown = steps.value(0);
        for (const QPointF &step : steps)
            if (step.x() <= point.x() + 0.5)
                shown = step;
        QToolTip::showText(QCursor::pos(), tr("Day %1: %2 points").arg(shown.x()).arg(shown.y()), this);
    });
}

void DecayChart::showCurve(const std::vector<DecayCurve::Point> &points, int iqlThreshold)
{
    QList<QPointF> line;
    int top = iqlThreshold;
    for (std::size_t i = 0; i < points.size(); ++i) {
        // Drawn as steps: the score holds until the day of the next step.
        if (i > 0)
            line.append(QPointF(points[i].day, points[i - 1].score));
        line.append(QPointF(points[i].day, points[i].score));
        top = std::max(top, points[i].score);
    }
    m_curve->replace(line);
    m_iql->replace(QList<QPointF>{{0, double(iqlThreshold)}, {360, double(iqlThreshold)}});
    auto *axis = static_cast<QValueAxis *>(chart()->axes(Qt::Vertical).value(0));
    axis->setRange(0, top + 10);
}

void DecayChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void DecayChart::followPalette()
{
    const bool dark = PlotPalette::isDark(palette());
    const QColor background = dark ? palette().color(QPalette::Base) : QColor(Qt::white);
    const QColor text = dark ? palette().color(QPalette::Text) : QColor(0x1a, 0x20, 0x2c);
    const QColor grid = dark ? QColor(0x33, 0x41, 0x55) : QColor(0xe2, 0xe8, 0xf0);
    chart()->setBackgroundBrush(background);
    setBackgroundBrush(background);
    chart()->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
    }
}

} // namespace LeadStage
