#pragma once

#include "metrics/KpiFigures.h"

#include <QFrame>

class QLabel;

namespace LeadStage {

// One KPI tile: a metric's latest final value, its change against the period
// before, and the reference band it falls in, coloured below / within / above.
// It says which period and which leads the figure covers, and how that differs
// from the chart beside it (the chart spans every period shown).
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(IqlMetric metric, QWidget *parent = nullptr);

    IqlMetric metric() const { return m_metric; }
    // `scope` names the leads the figure counts (FilterScope::describe).
    void showFigure(const KpiFigure &figure, const QString &scope = QString());
    // What a new tile shows until showFigure(): the figures are being read.
    void showReading();

    // The texts as shown, for tests and accessibility.
    QString valueText() const;
    QString periodText() const;   // the period alone, as `leadstage metrics` prints it
    QString coverageText() const; // what the tile shows: "2025-11 only, the last whole month"
    QString scopeText() const;    // "All leads", "Filtered: source Webinar"
    QString changeText() const;
    QString bandText() const;

    static QColor bandColor(BandPosition position);

private:
    IqlMetric m_metric;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_period;
    QLabel *m_scope;
    QString m_periodText;
    QLabel *m_change;
    QLabel *m_band;
};

} // namespace LeadStage
