#pragma once

#include "common/QCustomPlotInclude.h"

#include <QColor>
#include <QStringList>

#include <vector>

namespace LeadStage {

// The Evaluate panel's overlaid curves (ROC, gains) in the dashboard's look: one
// colour per model, the diagonal a random ranking would draw, a legend, and the exact
// figures of the point under the pointer as a tooltip.
class CurveChart : public QCustomPlot
{
    Q_OBJECT

public:
    struct Curve
    {
        QString name;
        QColor colour;
        QVector<double> keys, values;
        QStringList tips; // one per point
    };

    // The colour of the model at `position`: the reference first.
    static QColor modelColour(std::size_t position);

    void setCurves(const std::vector<Curve> &curves);
    int curveCount() const { return int(m_curves.size()); }
    const Curve &curve(int index) const { return m_curves[std::size_t(index)]; }
    // The tooltip of the point nearest to `pixel` (within a few pixels), empty for none.
    QString toolTipAt(const QPoint &pixel) const;

protected:
    CurveChart(const QString &keyLabel, const QString &valueLabel, const QString &diagonalName,
               QWidget *parent = nullptr);

private:
    std::vector<Curve> m_curves;
};

} // namespace LeadStage
