#include "ThresholdRuler.h"
#include "common/PlotPalette.h"

#include "common/CountTicker.h"
#include "common/DisplayFormat.h"
#include "common/QCustomPlotInclude.h"
#include "common/StageColors.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace LeadStage {

namespace {

constexpr int grabDistance = 8; // pixels either side of a handle's line

QColor handleColor(ThresholdRuler::Handle handle)
{
    switch (handle) {
    case ThresholdRuler::Iql:
        return StageColors::of(Stage::IQL);
    case ThresholdRuler::Mql:
        return StageColors::of(Stage::MQL);
    case ThresholdRuler::MqlIcp:
        return StageColors::of(Stage::MQL).lighter(140);
    default:
        return StageColors::of(Stage::PQL);
    }
}

QString handleName(ThresholdRuler::Handle handle)
{
    switch (handle) {
    case ThresholdRuler::Iql:
        return ThresholdRuler::tr("IQL");
    case ThresholdRuler::Mql:
        return ThresholdRuler::tr("MQL");
    case ThresholdRuler::MqlIcp:
        return ThresholdRuler::tr("MQL (ICP)");
    default:
        return ThresholdRuler::tr("PQL");
    }
}

} // namespace

ThresholdRuler::ThresholdRuler(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_engagement(new QCPBars(m_plot->xAxis, m_plot->yAxis))
    , m_product(new QCPBars(m_plot->xAxis, m_plot->yAxis))
    , m_clipped(new QCPTextElement(m_plot))
{
    setObjectName(u"thresholdRuler"_qs);
    m_plot->setObjectName(u"thresholdPlot"_qs);
    m_plot->setMinimumHeight(220);
    m_plot->setCursor(Qt::SizeHorCursor);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->grid()->setPen(QPen(QColor(0xe2, 0xe8, 0xf0)));
        axis->setBasePen(QPen(QColor(0x94, 0xa3, 0xb8)));
        axis->setTickPen(QPen(QColor(0x94, 0xa3, 0xb8)));
        axis->setSubTickPen(Qt::NoPen);
    }
    PlotPalette::follow(m_plot);
    m_plot->xAxis->setLabel(tr("score (points)"));
    m_plot->yAxis->setLabel(tr("leads"));
    CountTicker::install(m_plot->yAxis);
    m_engagement->setName(tr("engagement score"));
    m_engagement->setPen(Qt::NoPen);
    m_engagement->setBrush(QColor(0x94, 0xa3, 0xb8));
    m_product->setName(tr("product score"));
    m_product->setPen(QPen(StageColors::of(Stage::PQL), 1.2));
    m_product->setBrush(Qt::NoBrush);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    // The off-scale note in a row above the plot: inside it, the IQL handle's tag
    // (usually a low score, near that first bar) would cover it.
    m_clipped->setTextColor(QColor(0x47, 0x55, 0x69));
    m_clipped->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_clipped);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);

    auto *counts = new QGridLayout;
    for (int h = 0; h < HandleCount; ++h) {
        const auto handle = Handle(h);
        auto *line = new QCPItemStraightLine(m_plot);
        line->setPen(QPen(handleColor(handle), 2.5));
        line->setSelectable(false);
        m_lines[std::size_t(h)] = line;
        auto *tag = new QCPItemText(m_plot);
        tag->setColor(Qt::white);
        tag->setBrush(handleColor(handle));
        tag->setPadding(QMargins(4, 2, 4, 2));
        tag->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        tag->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        tag->position->setCoords(0, 0.02); // setTypeY kept the pixel position: over a 0-high plot, NaN
        m_tags[std::size_t(h)] = tag;
        auto *label = new QLabel(this);
        label->setObjectName(QStringList{u"iqlCount"_qs, u"mqlCount"_qs, u"mqlIcpCount"_qs, u"pqlCount"_qs}[h]);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true); // a narrow window wraps the counts instead of growing
        counts->addWidget(label, h / 2, h % 2);
        m_counts[std::size_t(h)] = label;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(counts);

    connect(m_plot, &QCustomPlot::afterLayout, this, &ThresholdRuler::arrangeTags);
    connect(m_plot, &QCustomPlot::mousePress, this, &ThresholdRuler::press);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ThresholdRuler::move);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ThresholdRuler::release);
    updateCounts();
}

void ThresholdRuler::setHistogram(const EngagementHistogram &histogram)
{
    m_histogram = histogram;
    const int top = std::max(histogram.maxEngagement(), histogram.maxProduct());
    m_barWidth = top <= 60 ? 1 : 5;
    QVector<double> keys, values, productValues;
    for (const EngagementHistogram::Bar &bar : histogram.engagementBars(m_barWidth)) {
        keys.append(bar.score + m_barWidth / 2.0);
        values.append(double(bar.leads));
    }
    m_engagement->setData(keys, values, true);
    m_engagement->setWidth(m_barWidth * 0.9);
    keys.clear();
    for (const EngagementHistogram::Bar &bar : histogram.productBars(m_barWidth)) {
        keys.append(bar.score + m_barWidth / 2.0);
        productValues.append(double(bar.leads));
    }
    // Leads with no product score at all would hide the others: the first bar is left out.
    if (!productValues.isEmpty())
        productValues[0] = 0;
    m_product->setData(keys, productValues, true);
    m_product->setWidth(m_barWidth * 0.9);
    updateRanges();
    updateHandles();
    updateCounts();
}

void ThresholdRuler::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
    updateHandles();
    updateCounts();
}

void ThresholdRuler::setCapacityCurve(const QVector<double> &thresholds, const QVector<double> &mqlsPerMonth)
{
    if (!m_capacity) {
        if (thresholds.isEmpty())
            return;
        m_capacity = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        m_capacity->setObjectName(u"capacityCurve"_qs);
        m_capacity->setName(tr("MQLs a month at this MQL threshold"));
        m_capacity->setPen(QPen(handleColor(Mql), 1.8, Qt::DashDotLine));
        m_capacity->setLineStyle(QCPGraph::lsStepLeft); // a value holds up to the next threshold
        m_plot->yAxis2->setLabel(tr("MQLs a month"));
    }
    m_capacity->setData(thresholds, mqlsPerMonth, true);
    m_capacity->setVisible(!thresholds.isEmpty());
    m_plot->yAxis2->setVisible(!thresholds.isEmpty());
    double top = 1;
    for (double value : mqlsPerMonth)
        top = std::max(top, value);
    m_plot->yAxis2->setRange(0, top * 1.1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ThresholdRuler::isShown(Handle handle) const
{
    return handle != MqlIcp || m_thresholds.mqlIcp.has_value();
}

int ThresholdRuler::value(Handle handle) const
{
    switch (handle) {
    case Iql:
        return m_thresholds.iql;
    case Mql:
        return m_thresholds.mql;
    case MqlIcp:
        return m_thresholds.mqlIcp.value_or(0);
    default:
        return m_thresholds.pql;
    }
}

void ThresholdRuler::updateRanges()
{
    // Room for every handle and the bulk of the scores; the long tail past three
    // times the MQL threshold still counts, it is only not drawn.
    const int top = std::max(m_histogram.maxEngagement(), m_histogram.maxProduct());
    const int reach = std::max({3 * m_thresholds.mql, 2 * m_thresholds.pql, 100});
    m_plot->xAxis->setRange(0, std::max(std::min(top + m_barWidth, reach), m_thresholds.mql + 20));
    // The bar of never-engaged leads at 0 would flatten the rest: scale to the others.
    double highest = 1;
    for (auto bars : {m_engagement, m_product})
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            if (it->key > m_barWidth)
                highest = std::max(highest, it->value);
    m_plot->yAxis->setRange(0, highest * 1.25);
    // The first bar goes off the top: its count is written beside it.
    const auto first = m_engagement->data()->constBegin();
    const bool clipped = first != m_engagement->data()->constEnd() && first->value > highest * 1.25;
    m_clipped->setText(clipped ? tr("▲ The bar at %2–%3 points goes off the top: %1")
                                     .arg(DisplayFormat::leads(std::int64_t(first->value)))
                                     .arg(0)
                                     .arg(m_barWidth - 1)
                               : QString());
}

void ThresholdRuler::updateHandles()
{
    for (int h = 0; h < HandleCount; ++h) {
        const auto handle = Handle(h);
        const double x = value(handle);
        m_lines[std::size_t(h)]->setVisible(isShown(handle));
        m_lines[std::size_t(h)]->point1->setCoords(x, 0);
        m_lines[std::size_t(h)]->point2->setCoords(x, 1);
        QCPItemText *tag = m_tags[std::size_t(h)];
        tag->setVisible(isShown(handle));
        tag->setText(u"%1 %2"_qs.arg(handleName(handle)).arg(value(handle)));
        tag->position->setTypeX(QCPItemPosition::ptPlotCoords);
        // The row is chosen after layout (arrangeTags), so close handles' tags stack.
        tag->position->setCoords(x, tag->position->coords().y());
    }
    if (!isDragging()) // a range that moved under the mouse would make the handle jump
        updateRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThresholdRuler::updateCounts()
{
    for (int h = 0; h < HandleCount; ++h)
        m_counts[std::size_t(h)]->setText(countText(Handle(h)));
    m_counts[MqlIcp]->setVisible(isShown(MqlIcp));
}

QString ThresholdRuler::countText(Handle handle) const
{
    const int score = value(handle);
    const bool product = handle == Pql;
    const std::int64_t below = product ? m_histogram.productBelow(score) : m_histogram.engagementBelow(score);
    const std::int64_t above = product ? m_histogram.productAtLeast(score) : m_histogram.engagementAtLeast(score);
    return tr("<span style='color:%1'>■</span> <b>%2 %3</b> (%4): %5 below · <b>%6</b> at or above")
        .arg(handleColor(handle).name(), handleName(handle))
        .arg(score)
        .arg(product ? tr("product score") : tr("engagement"), DisplayFormat::leads(below),
             DisplayFormat::count(above));
}

void ThresholdRuler::arrangeTags()
{
    const QRect area = m_plot->axisRect()->rect();
    if (area.height() <= 0)
        return;
    std::vector<Handle> order;
    for (int h = 0; h < HandleCount; ++h)
        if (isShown(Handle(h)))
            order.push_back(Handle(h));
    std::sort(order.begin(), order.end(), [this](Handle a, Handle b) { return value(a) < value(b); });
    QList<QRectF> placed;
    for (const Handle handle : order) {
        QCPItemText *tag = m_tags[std::size_t(handle)];
        for (int row = 0; row < HandleCount; ++row) {
            const double height =
                QFontMetrics(tag->font()).height() + tag->padding().top() + tag->padding().bottom() + 2;
            tag->position->setCoords(value(handle), (3 + row * height) / area.height());
            const QRectF rect = tagRect(handle);
            if (std::none_of(placed.begin(), placed.end(), [&rect](const QRectF &r) { return r.intersects(rect); }))
                break;
        }
        placed << tagRect(handle);
    }
}

QString ThresholdRuler::offScaleNote() const
{
    return m_clipped->text();
}

QRectF ThresholdRuler::offScaleNoteRect() const
{
    return m_clipped->text().isEmpty() ? QRectF() : QRectF(m_clipped->rect());
}

QRectF ThresholdRuler::tagRect(Handle handle) const
{
    const QCPItemText *tag = m_tags[std::size_t(handle)];
    return QRectF(tag->topLeft->pixelPosition(), tag->bottomRight->pixelPosition()).normalized();
}

QPoint ThresholdRuler::handlePixel(Handle handle) const
{
    const double x = m_plot->xAxis->coordToPixel(value(handle));
    const QRect rect = m_plot->axisRect()->rect();
    return QPoint(int(std::lround(x)), rect.top() + rect.height() * 2 / 3);
}

int ThresholdRuler::scoreAt(int pixel) const
{
    return std::max(0, int(std::lround(m_plot->xAxis->pixelToCoord(pixel))));
}

ThresholdRuler::Handle ThresholdRuler::handleNear(const QPoint &pixel) const
{
    Handle nearest = HandleCount;
    int distance = grabDistance + 1;
    for (int h = 0; h < HandleCount; ++h) {
        if (!isShown(Handle(h)))
            continue;
        const int d = std::abs(handlePixel(Handle(h)).x() - pixel.x());
        if (d < distance) {
            distance = d;
            nearest = Handle(h);
        }
    }
    return nearest;
}

void ThresholdRuler::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_plot->axisRect()->rect().contains(event->pos()))
        return;
    m_dragging = handleNear(event->pos());
    if (m_dragging != HandleCount)
        Q_EMIT dragStarted(m_dragging);
}

void ThresholdRuler::move(QMouseEvent *event)
{
    if (m_dragging == HandleCount) {
        const Handle near = handleNear(event->pos());
        m_plot->setToolTip(near == HandleCount ? tr("Drag a threshold's line to move it") : countText(near));
        return;
    }
    const int score = scoreAt(event->pos().x());
    if (score != value(m_dragging))
        Q_EMIT dragged(m_dragging, score);
}

void ThresholdRuler::release(QMouseEvent *event)
{
    if (m_dragging == HandleCount)
        return;
    move(event);
    const Handle handle = std::exchange(m_dragging, HandleCount);
    updateHandles();
    Q_EMIT dragFinished(handle);
}

} // namespace LeadStage
