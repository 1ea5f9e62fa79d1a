#include "PlotPanel.h"
#include "common/PlotPalette.h"

#include "common/QCustomPlotInclude.h"

#include <QFontMetrics>

#include <QToolTip>

namespace LeadStage {

PlotPanel::PlotPanel(const QString &title, QWidget *parent)
    : ChartPanel(title, parent)
    , m_plot(new QCustomPlot(this))
{
    QFont font = m_plot->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->grid()->setPen(QPen(QColor(0xe2, 0xe8, 0xf0)));
        axis->setBasePen(QPen(QColor(0x94, 0xa3, 0xb8)));
        axis->setTickPen(QPen(QColor(0x94, 0xa3, 0xb8)));
        axis->setSubTickPen(Qt::NoPen);
    }
    PlotPalette::follow(m_plot);
    // Tick labels with the user's separators ("1,250", "1.250"), not QCustomPlot's C locale.
    m_plot->setLocale(QLocale());
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = toolTipAt(event->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    setChartWidget(m_plot);
    // The thinning needs the axis's real length, known once the plot is laid out; a
    // changed thinning is drawn by the next replot.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        if (m_categoryAxis && applyCategoryTicks())
            m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

void PlotPanel::render(QPaintDevice *device, const QSize &size) const
{
    QCPPainter painter(device);
    m_plot->toPainter(&painter, size.width(), size.height());
}

void PlotPanel::setCategoryTicks(QCPAxis *axis, const QStringList &labels, int phase)
{
    m_categoryAxis = axis;
    m_categories = labels;
    m_phase = phase;
    m_step = 0;
    applyCategoryTicks();
}

bool PlotPanel::applyCategoryTicks()
{
    // Every n-th label, n from 1, 2, 3, 4, 6, 12, … the smallest n at which each
    // kept label and its kept neighbour fit with a gap between: months then read as
    // quarters, half years or years, and no label is ever cut to "…". The axis gets the plot's width less the room the
    // value axis and margins take (or its height, for a vertical category axis).
    if (!m_categoryAxis)
        return false;
    const QFontMetrics metrics(m_categoryAxis->tickLabelFont());
    const bool vertical = m_categoryAxis->orientation() == Qt::Vertical;
    const int gap = metrics.horizontalAdvance(u"0"_qs);
    auto extent = [&](qsizetype i) { return vertical ? metrics.height() : metrics.horizontalAdvance(m_categories[i]); };
    // The axis rect as last laid out; before the first layout, the plot less a guess
    // at the value axis and margins.
    const QRect axisRect = m_plot->axisRect()->rect();
    const int laidOut = vertical ? axisRect.height() : axisRect.width();
    const int room = std::max(60, laidOut > 0 ? laidOut : (vertical ? m_plot->height() - 60 : m_plot->width() - 90));
    const double spacing = double(room) / double(std::max<qsizetype>(1, m_categories.size()));
    auto fits = [&](qsizetype step) {
        qsizetype previous = -1;
        for (qsizetype i = 0; i < m_categories.size(); ++i) {
            if ((i + m_phase) % step != 0)
                continue;
            if (previous >= 0 && double(i - previous) * spacing < (extent(previous) + extent(i)) / 2.0 + gap)
                return false;
            previous = i;
        }
        return true;
    };
    qsizetype step = 1;
    for (const qsizetype nice : {1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120}) {
        step = nice;
        if (fits(nice))
            break;
    }
    if (step == m_step)
        return false;
    m_step = step;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < m_categories.size(); ++i)
        if ((i + m_phase) % step == 0)
            ticker->addTick(double(i), m_categories[i]);
    m_categoryAxis->setTicker(ticker);
    return true;
}

QStringList PlotPanel::shownCategories() const
{
    const auto ticker = m_categoryAxis ? m_categoryAxis->ticker().dynamicCast<QCPAxisTickerText>() : nullptr;
    return ticker ? QStringList(ticker->ticks().values()) : QStringList();
}

} // namespace LeadStage
