#include "ScoreTimelinePlot.h"

#include "common/StageColors.h"
#include "common/TimeFormat.h"

#include <QSvgGenerator>
#include <QToolTip>

namespace LeadStage {

namespace {

const QColor engagementColor(0x11, 0x18, 0x27);
const QColor infoColor(0x08, 0x91, 0xb2);
const QColor intentColor(0xdb, 0x27, 0x77);
const QColor productColor(0x65, 0xa3, 0x0d);

} // namespace

ScoreTimelinePlot::ScoreTimelinePlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setMinimumSize(320, 220);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(u"MMM yyyy"_qs);
    ticker->setDateTimeSpec(Qt::UTC);
    xAxis->setTicker(ticker);
    yAxis->setLabel(tr("points"));
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), font().pointSize() - 1));
    legend->setBrush(QColor(255, 255, 255, 220));
    // The legend sits in a row above the plot, where it never hides a line or a stage marker.
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    plotLayout()->setRowStretchFactor(0, 0.001);
    setMouseTracking(true);
    connect(this, &QCustomPlot::mouseMove, this, &ScoreTimelinePlot::showHover);
}

void ScoreTimelinePlot::setDetail(const std::shared_ptr<const LeadDetail> &detail)
{
    m_detail = detail;
    clearGraphs();
    clearItems();
    m_times.clear();
    if (!detail || !detail->ledger) {
        replot();
        return;
    }
    const ScoreLedger &ledger = *detail->ledger;
    // A point where the lead was created, one per ledger entry, and one at the analysis date.
    const std::int64_t start =
        ledger.entries().empty() ? detail->createdAt : std::min(detail->createdAt, ledger.entries().front().at);
    m_times.push_back(start);
    for (const LedgerEntry &entry : ledger.entries())
        if (entry.at != m_times.back())
            m_times.push_back(entry.at);
    if (ledger.asOf() > m_times.back())
        m_times.push_back(ledger.asOf());

    addSeries(tr("Engagement"), engagementColor, 2.5, [](const ReplayTotals &t) { return t.engagement(); });
    addSeries(tr("Info"), infoColor, 1.4, [](const ReplayTotals &t) { return t.info; });
    addSeries(tr("Intent"), intentColor, 1.4, [](const ReplayTotals &t) { return t.intent; });
    addSeries(tr("Product"), productColor, 1.4, [](const ReplayTotals &t) { return t.product; });
    // Labels at different places along the line: the thresholds are often close together.
    addThreshold(tr("IQL"), detail->thresholds.iql, StageColors::of(Stage::IQL), 0.99);
    addThreshold(tr("MQL"), detail->thresholds.mql, StageColors::of(Stage::MQL), 0.86);
    addThreshold(tr("PQL (product)"), detail->thresholds.pql, StageColors::of(Stage::PQL), 0.73);
    for (const StageMoment &moment : detail->moments)
        addStageMarker(moment);

    rescaleAxes();
    const double span = std::max<double>(double(m_times.back() - m_times.front()), secondsPerDay);
    xAxis->setRange(double(m_times.front()) - span * 0.02, double(m_times.back()) + span * 0.04);
    const int top =
        std::max({detail->thresholds.iql, detail->thresholds.mql, detail->thresholds.pql, int(yAxis->range().upper)});
    yAxis->setRange(std::min(0.0, yAxis->range().lower), top * 1.18);
    replot();
}

void ScoreTimelinePlot::addSeries(const QString &name, const QColor &color, double width,
                                  const std::function<double(const ReplayTotals &)> &value)
{
    QCPGraph *series = addGraph();
    series->setName(name);
    series->setPen(QPen(color, width));
    series->setLineStyle(QCPGraph::lsStepLeft);
    QVector<double> keys;
    QVector<double> values;
    for (std::int64_t time : m_times) {
        keys << double(time);
        values << value(m_detail->ledger->totalsAt(time));
    }
    series->setData(keys, values, true);
}

void ScoreTimelinePlot::addThreshold(const QString &name, int value, const QColor &color, double labelX)
{
    auto *line = new QCPItemStraightLine(this);
    line->point1->setCoords(0, value);
    line->point2->setCoords(1, value);
    line->setPen(QPen(color, 1, Qt::DashLine));
    auto *label = new QCPItemText(this);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(labelX, value);
    label->setText(u"%1 %2"_qs.arg(name).arg(value));
    label->setColor(color);
}

void ScoreTimelinePlot::addStageMarker(const StageMoment &moment)
{
    if (!moment.at)
        return;
    const QColor color = StageColors::of(moment.stage);
    auto *line = new QCPItemStraightLine(this);
    line->point1->setCoords(double(*moment.at), 0);
    line->point2->setCoords(double(*moment.at), 1);
    line->setPen(QPen(color, 1.2, Qt::DotLine));
    auto *label = new QCPItemText(this);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(double(*moment.at), 0.01);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setText(stageTitle(moment.stage));
    label->setColor(Qt::white);
    label->setBrush(color);
    label->setPadding(QMargins(3, 1, 3, 1));
}

QString ScoreTimelinePlot::valuesAt(std::int64_t time) const
{
    if (!m_detail || !m_detail->ledger || m_times.empty() || time < m_times.front())
        return {};
    const ReplayTotals totals = m_detail->ledger->totalsAt(std::min(time, m_detail->ledger->asOf()));
    return tr("%1\nengagement %2 · info %3 · intent %4 · product %5 · decay %6")
        .arg(isoDate(time))
        .arg(totals.engagement())
        .arg(totals.info)
        .arg(totals.intent)
        .arg(totals.product)
        .arg(totals.decay);
}

void ScoreTimelinePlot::showHover(QMouseEvent *event)
{
    const auto time = std::int64_t(xAxis->pixelToCoord(event->position().x()));
    const QString text = valuesAt(time);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

bool ScoreTimelinePlot::saveSvgFile(const QString &file, int width, int height)
{
    QSvgGenerator generator;
    generator.setFileName(file);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(m_detail ? m_detail->title : QString());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    toPainter(&painter, width, height);
    return painter.end();
}

} // namespace LeadStage
