#include "ScoreTimelinePlot.h"
#include "common/PlotPalette.h"

#include "common/DisplayFormat.h"
#include "common/StageColors.h"
#include "common/TimeFormat.h"

#include <QSvgGenerator>
#include <QToolTip>

#include <algorithm>

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
    PlotPalette::follow(this);
    setMouseTracking(true);
    connect(this, &QCustomPlot::mouseMove, this, &ScoreTimelinePlot::showHover);
    connect(this, &QCustomPlot::afterLayout, this, &ScoreTimelinePlot::arrangeLabels);
}

void ScoreTimelinePlot::setDetail(const std::shared_ptr<const LeadDetail> &detail)
{
    m_detail = detail;
    clearGraphs();
    clearItems();
    m_times.clear();
    m_stageLabels.clear();
    m_thresholdLabels.clear();
    // No score over time (nothing chosen, or a lead not scored yet): a sentence instead of
    // empty axes that would start in January 1970.
    const bool empty = !detail || !detail->ledger;
    xAxis->setVisible(!empty);
    yAxis->setVisible(!empty);
    legend->setVisible(!empty);
    if (empty) {
        if (detail) {
            auto *note = new QCPItemText(this);
            note->setObjectName(u"timelineEmpty"_qs);
            note->setClipToAxisRect(false); // the hidden axes leave no rectangle to draw in
            note->position->setType(QCPItemPosition::ptViewportRatio);
            note->position->setCoords(0.5, 0.5);
            note->setColor(palette().color(QPalette::PlaceholderText));
            note->setText(tr("This lead has not been scored yet: there is no score over time to draw."));
        }
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
    // Where the labels go is decided after layout (arrangeLabels), when pixels are known.
    addThreshold(tr("IQL"), detail->thresholds.iql, StageColors::of(Stage::IQL), 0.99);
    addThreshold(tr("MQL"), detail->thresholds.mql, StageColors::of(Stage::MQL), 0.99);
    addThreshold(tr("PQL (product)"), detail->thresholds.pql, StageColors::of(Stage::PQL), 0.99);
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
    label->setPadding(QMargins(2, 1, 2, 1));
    m_thresholdLabels.push_back(label);
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
    m_stageLabels.push_back(label);
}

QList<QRectF> ScoreTimelinePlot::labelRects() const
{
    QList<QRectF> rects;
    for (const auto *labels : {&m_stageLabels, &m_thresholdLabels})
        for (const QCPItemText *label : *labels)
            rects << QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
    return rects;
}

void ScoreTimelinePlot::arrangeLabels()
{
    const QRect area = axisRect()->rect();
    if (area.height() <= 0)
        return;
    QList<QRectF> placed;
    auto rectOf = [](const QCPItemText *label) {
        return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
    };
    auto isFree = [&placed](const QRectF &rect) {
        return std::none_of(placed.begin(), placed.end(),
                            [&rect](const QRectF &other) { return other.intersects(rect); });
    };
    // Stage markers in time order, each in the first row where it covers nothing.
    std::vector<QCPItemText *> stages = m_stageLabels;
    std::sort(stages.begin(), stages.end(), [](const QCPItemText *a, const QCPItemText *b) {
        return a->position->coords().x() < b->position->coords().x();
    });
    for (QCPItemText *label : stages) {
        for (int row = 0; row < int(stages.size()); ++row) {
            const double height = rectOf(label).height() + 2;
            label->position->setCoords(label->position->coords().x(), (2 + row * height) / area.height());
            if (isFree(rectOf(label)))
                break;
        }
        placed << rectOf(label);
    }
    // Threshold labels: above their line at the right, else below it, else further left.
    const std::pair<double, Qt::Alignment> spots[] = {{0.99, Qt::AlignBottom}, {0.99, Qt::AlignTop},
                                                      {0.75, Qt::AlignBottom}, {0.75, Qt::AlignTop},
                                                      {0.5, Qt::AlignBottom},  {0.5, Qt::AlignTop}};
    for (QCPItemText *label : m_thresholdLabels) {
        for (const auto &[x, vertical] : spots) {
            label->position->setCoords(x, label->position->coords().y());
            label->setPositionAlignment(Qt::AlignRight | vertical);
            if (isFree(rectOf(label)))
                break;
        }
        placed << rectOf(label);
    }
}

QString ScoreTimelinePlot::valuesAt(std::int64_t time) const
{
    if (!m_detail || !m_detail->ledger || m_times.empty() || time < m_times.front())
        return {};
    const ReplayTotals totals = m_detail->ledger->totalsAt(std::min(time, m_detail->ledger->asOf()));
    return tr("%1\nengagement %2 · info %3 · intent %4 · product %5 · decay %6")
        .arg(DisplayFormat::dateOfUtc(time))
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
