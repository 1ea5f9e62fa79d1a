#include "PlotPanel.h"

#include "common/QCustomPlotInclude.h"

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
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = toolTipAt(event->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    setChartWidget(m_plot);
}

void PlotPanel::render(QPaintDevice *device, const QSize &size) const
{
    QCPPainter painter(device);
    m_plot->toPainter(&painter, size.width(), size.height());
}

void PlotPanel::setCategoryTicks(QCPAxis *axis, const QStringList &labels)
{
    m_categoryAxis = axis;
    m_categories = labels;
    applyCategoryTicks();
}

void PlotPanel::resizeEvent(QResizeEvent *event)
{
    ChartPanel::resizeEvent(event);
    if (m_categoryAxis) {
        applyCategoryTicks();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void PlotPanel::applyCategoryTicks()
{
    // About 64 px per label keeps "2025-03" apart; the axis gets the plot's width
    // less the room the value axis and margins take.
    const int room = std::max(100, m_plot->width() - 90);
    const qsizetype step = std::max<qsizetype>(1, (m_categories.size() * 64 + room - 1) / room);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < m_categories.size(); i += step)
        ticker->addTick(double(i), m_categories[i]);
    m_categoryAxis->setTicker(ticker);
}

} // namespace LeadStage
