#include "CurveChart.h"
#include "common/PlotPalette.h"

#include <QToolTip>

#include <array>

namespace LeadStage {

namespace {

// A pointer this close to a point shows its figures.
constexpr double nearPixels = 10;

QSharedPointer<QCPAxisTickerText> percentTicks()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int step = 0; step <= 10; step += 2)
        ticker->addTick(step / 10.0, u"%1 %"_qs.arg(step * 10));
    return ticker;
}

} // namespace

QColor CurveChart::modelColour(std::size_t position)
{
    // Apart from each other in hue and in greyscale; the reference is the darkest.
    static const std::array<QColor, 6> palette = {
        QColor(0x1e, 0x29, 0x3b), // slate 800: the reference
        QColor(0x25, 0x63, 0xeb), // blue
        QColor(0xea, 0x58, 0x0c), // orange
        QColor(0x16, 0xa3, 0x4a), // green
        QColor(0xc0, 0x26, 0xd3), // fuchsia
        QColor(0xca, 0x8a, 0x04), // amber
    };
    return palette[position % palette.size()];
}

CurveChart::CurveChart(const QString &keyLabel, const QString &valueLabel, const QString &diagonalName, QWidget *parent)
    : QCustomPlot(parent)
{
    setMinimumSize(260, 240);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->grid()->setPen(QPen(QColor(0xe2, 0xe8, 0xf0)));
        axis->setBasePen(QPen(QColor(0x94, 0xa3, 0xb8)));
        axis->setTickPen(QPen(QColor(0x94, 0xa3, 0xb8)));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTicker(percentTicks());
        axis->setRange(-0.02, 1.02); // the corners' dots whole, the 100 % tick inside
    }
    PlotPalette::follow(this);
    // Room on the right for half of the "100 %" tick label, which is dropped otherwise.
    axisRect()->setMinimumMargins(QMargins(0, 8, 22, 0));
    xAxis->setLabel(keyLabel);
    yAxis->setLabel(valueLabel);
    legend->setVisible(true);
    legend->setFont(font);
    legend->setBrush(QColor(255, 255, 255, 220));
    legend->setBorderPen(QPen(QColor(0xe2, 0xe8, 0xf0)));
    // Below the axes, not over the curves: a narrow chart has no empty corner.
    auto *legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, legend);
    legend->setFillOrder(QCPLegend::foRowsFirst);
    plotLayout()->setRowStretchFactor(1, 0.001);
    QCPGraph *diagonal = addGraph();
    diagonal->setName(diagonalName);
    diagonal->setPen(QPen(QColor(0x94, 0xa3, 0xb8), 1.2, Qt::DashLine));
    diagonal->setData({0.0, 1.0}, {0.0, 1.0});
    setMouseTracking(true);
    connect(this, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = toolTipAt(event->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, this);
    });
}

void CurveChart::setCurves(const std::vector<Curve> &curves)
{
    m_curves = curves;
    while (graphCount() > 1)
        removeGraph(graphCount() - 1);
    for (const Curve &curve : m_curves) {
        QCPGraph *graph = addGraph();
        graph->setName(curve.name);
        graph->setPen(QPen(curve.colour, 2.0));
        // Corners as dots while few enough to tell apart.
        if (curve.keys.size() <= 40)
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, curve.colour, 4));
        graph->setData(curve.keys, curve.values, true);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

QString CurveChart::toolTipAt(const QPoint &pixel) const
{
    if (!axisRect()->rect().adjusted(-8, -8, 8, 8).contains(pixel))
        return {};
    double best = nearPixels * nearPixels;
    QString text;
    for (const Curve &curve : m_curves)
        for (qsizetype i = 0; i < curve.keys.size() && i < curve.tips.size(); ++i) {
            const double dx = xAxis->coordToPixel(curve.keys[i]) - pixel.x();
            const double dy = yAxis->coordToPixel(curve.values[i]) - pixel.y();
            if (dx * dx + dy * dy <= best) {
                best = dx * dx + dy * dy;
                text = curve.name + u'\n' + curve.tips[i];
            }
        }
    return text;
}

} // namespace LeadStage
