#pragma once

#include "metrics/KpiFigures.h"

#include <QFrame>

class QLabel;

namespace LeadStage {

// One KPI tile: a metric's latest final value, its change against the period
// before, and the reference band it falls in, coloured below / within / above.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(IqlMetric metric, QWidget *parent = nullptr);

    IqlMetric metric() const { return m_metric; }
    void showFigure(const KpiFigure &figure);

    // The texts as shown, for tests and accessibility.
    QString valueText() const;
    QString periodText() const;
    QString changeText() const;
    QString bandText() const;

    static QColor bandColor(BandPosition position);

private:
    IqlMetric m_metric;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_period;
    QLabel *m_change;
    QLabel *m_band;
};

} // namespace LeadStage
