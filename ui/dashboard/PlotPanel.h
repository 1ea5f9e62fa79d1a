#pragma once

#include "ChartPanel.h"

#include <QStringList>

class QCustomPlot;
class QCPAxis;

namespace LeadStage {

// A ChartPanel drawn with QCustomPlot: the shared look (fonts, grid, margins),
// hover tooltips and vector export through QCPPainter.
class PlotPanel : public ChartPanel
{
    Q_OBJECT

public:
    QCustomPlot *plot() const { return m_plot; }

protected:
    explicit PlotPanel(const QString &title, QWidget *parent = nullptr);

    void render(QPaintDevice *device, const QSize &size) const override;
    // The exact value under `pixel` (plot widget coordinates), empty for none.
    virtual QString toolTipAt(const QPoint &pixel) const = 0;

    // Category labels at integer keys 0 … n−1, thinned so they never overlap.
    // Kept and re-thinned when the panel is resized.
    void setCategoryTicks(QCPAxis *axis, const QStringList &labels);

    void resizeEvent(QResizeEvent *event) override;

private:
    void applyCategoryTicks();

    QCustomPlot *m_plot;
    QCPAxis *m_categoryAxis = nullptr;
    QStringList m_categories;
};

} // namespace LeadStage
