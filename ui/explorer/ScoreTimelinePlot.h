#pragma once

#include "common/QCustomPlotInclude.h"
#include "explore/LeadDetail.h"

namespace LeadStage {

// A lead's scores over time from its ledger: engagement, info, intent and product
// as steps, the model's IQL/MQL/PQL thresholds as lines, and the moments it reached
// each stage as markers. Hovering shows the exact totals at that moment (read from
// the ledger, not interpolated).
class ScoreTimelinePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ScoreTimelinePlot(QWidget *parent = nullptr);

    void setDetail(const std::shared_ptr<const LeadDetail> &detail);
    // The hover text at a time (UTC seconds); empty before the lead's first score.
    QString valuesAt(std::int64_t time) const;
    bool saveSvgFile(const QString &file, int width, int height);
    // Where the stage markers and threshold labels are drawn, in pixels (tests check
    // that no two overlap).
    QList<QRectF> labelRects() const;

private:
    void addSeries(const QString &name, const QColor &color, double width,
                   const std::function<double(const ReplayTotals &)> &value);
    void addThreshold(const QString &name, int value, const QColor &color, double labelX);
    void addStageMarker(const StageMoment &moment);
    void showHover(QMouseEvent *event);
    // Moves labels that would cover each other: stage markers on close dates go
    // to rows one under the other, a threshold label close to another goes below
    // its line or further left. Runs after every layout, when pixels are known.
    void arrangeLabels();

    std::shared_ptr<const LeadDetail> m_detail;
    std::vector<std::int64_t> m_times; // where the series have a point
    std::vector<QCPItemText *> m_stageLabels;
    std::vector<QCPItemText *> m_thresholdLabels;
};

} // namespace LeadStage
