#pragma once

#include "tuning/DecayCurve.h"

#include <QChartView>

class QLineSeries;

namespace LeadStage {

// The engagement of an idle lead over 12 months under the draft's decay, as core's
// DecayCurve computes it, with the IQL threshold for reference.
class DecayChart : public QChartView
{
    Q_OBJECT

public:
    explicit DecayChart(QWidget *parent = nullptr);

    void showCurve(const std::vector<DecayCurve::Point> &points, int iqlThreshold);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Qt Charts' light theme whatever the palette: background, labels and grid are taken
    // from it instead (a theme change would also reset the series' own pens).
    void followPalette();

    QLineSeries *m_curve;
    QLineSeries *m_iql;
};

} // namespace LeadStage
