#include "PlotPalette.h"

#include "QCustomPlotInclude.h"

#include <QEvent>

#include <functional>

namespace LeadStage::PlotPalette {

namespace {

struct Colours
{
    QColor background, text, axis, grid, legend;
};

// The light colours are the charts' own (slate axes on white); the dark ones the same
// slate scale turned round.
Colours coloursFor(const QPalette &palette)
{
    if (isDark(palette))
        return {palette.color(QPalette::Base), palette.color(QPalette::Text), QColor(0x64, 0x74, 0x8b),
                QColor(0x33, 0x41, 0x55), palette.color(QPalette::Base)};
    return {Qt::white, Qt::black, QColor(0x94, 0xa3, 0xb8), QColor(0xe2, 0xe8, 0xf0), QColor(255, 255, 255, 220)};
}

void recolour(QPen pen, const QColor &colour, const std::function<void(const QPen &)> &set)
{
    if (pen.style() == Qt::NoPen)
        return;
    pen.setColor(colour);
    set(pen);
}

void paintAxis(QCPAxis *axis, const Colours &colours)
{
    axis->setTickLabelColor(colours.text);
    axis->setLabelColor(colours.text);
    recolour(axis->basePen(), colours.axis, [axis](const QPen &pen) { axis->setBasePen(pen); });
    recolour(axis->tickPen(), colours.axis, [axis](const QPen &pen) { axis->setTickPen(pen); });
    recolour(axis->subTickPen(), colours.axis, [axis](const QPen &pen) { axis->setSubTickPen(pen); });
    recolour(axis->grid()->pen(), colours.grid, [axis](const QPen &pen) { axis->grid()->setPen(pen); });
}

void paint(QCustomPlot *plot)
{
    const Colours colours = coloursFor(plot->palette());
    plot->setBackground(colours.background);
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes())
            paintAxis(axis, colours);
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true))
        if (auto *scale = qobject_cast<QCPColorScale *>(element))
            paintAxis(scale->axis(), colours);
    if (plot->legend) {
        plot->legend->setBrush(colours.legend);
        plot->legend->setTextColor(colours.text);
    }
}

// Repaints its plot when the plot's palette changes.
class PaletteWatch : public QObject
{
public:
    explicit PaletteWatch(QCustomPlot *plot)
        : QObject(plot)
        , m_plot(plot)
    {
        plot->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::PaletteChange) {
            paint(m_plot);
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        return false;
    }

private:
    QCustomPlot *m_plot;
};

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void follow(QCustomPlot *plot)
{
    paint(plot);
    new PaletteWatch(plot);
}

} // namespace LeadStage::PlotPalette
