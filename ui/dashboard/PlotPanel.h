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
    // Kept and re-thinned whenever the plot is laid out (a resize). `phase` lines the kept labels
    // up with the calendar: label i is kept when (i + phase) is a multiple of the
    // step, so months thinned to every third read as quarters (0 for January).
    void setCategoryTicks(QCPAxis *axis, const QStringList &labels, int phase = 0);
    // The labels the axis shows now, after thinning (tests compare their rectangles).
    QStringList shownCategories() const;

private:
    // True when the thinning changed (the plot needs another replot).
    bool applyCategoryTicks();

    QCustomPlot *m_plot;
    QCPAxis *m_categoryAxis = nullptr;
    QStringList m_categories;
    int m_phase = 0;
    qsizetype m_step = 0; // every m_step-th label shown; 0 before the first thinning
};

} // namespace LeadStage
