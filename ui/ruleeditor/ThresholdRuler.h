#pragma once

#include "scoring/ScoringModel.h"
#include "tuning/EngagementHistogram.h"

#include <QWidget>

#include <array>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;
class QLabel;
class QMouseEvent;

namespace LeadStage {

// A score ruler over the histogram of the workspace's current scores, with a handle
// per threshold the analyst drags with the mouse. Under it, for each handle, the
// leads below and at or above it (engagement for IQL and MQL, the product score for
// PQL), read from EngagementHistogram. The ruler only proposes values: its owner
// passes them to the draft and sets the thresholds back, so a refused value does not move.
class ThresholdRuler : public QWidget
{
    Q_OBJECT

public:
    enum Handle { Iql, Mql, MqlIcp, Pql, HandleCount };

    explicit ThresholdRuler(QWidget *parent = nullptr);

    void setHistogram(const EngagementHistogram &histogram);
    void setThresholds(const Thresholds &thresholds);
    // MQLs per month at each threshold (CapacityPanel::curveChanged), drawn on a right-hand
    // axis as a step curve; empty hides it.
    void setCapacityCurve(const QVector<double> &thresholds, const QVector<double> &mqlsPerMonth);

    QCustomPlot *plot() const { return m_plot; }
    // Where a handle is drawn, in plot-widget pixels (its top half, where it is grabbed).
    QPoint handlePixel(Handle handle) const;
    QString countText(Handle handle) const;
    // The note on the bar that goes off the top ("▲ 1,204 leads at 0–4"), empty when
    // every bar fits; it sits above the plot, where no handle's tag can cover it.
    QString offScaleNote() const;
    // Where the note and each shown handle's tag are drawn, in plot pixels (tests).
    QRectF offScaleNoteRect() const;
    QRectF tagRect(Handle handle) const;
    bool isDragging() const { return m_dragging != HandleCount; }

Q_SIGNALS:
    void dragStarted(LeadStage::ThresholdRuler::Handle handle);
    void dragged(LeadStage::ThresholdRuler::Handle handle, int score);
    void dragFinished(LeadStage::ThresholdRuler::Handle handle);

private:
    void press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    void updateRanges();
    void updateHandles();
    void updateCounts();
    int scoreAt(int pixel) const;
    Handle handleNear(const QPoint &pixel) const;
    // Puts each tag in the first row from the top where it covers no other tag.
    void arrangeTags();
    int value(Handle handle) const;
    bool isShown(Handle handle) const;

    QCustomPlot *m_plot;
    QCPBars *m_engagement;
    QCPBars *m_product;
    QCPGraph *m_capacity = nullptr; // made when a curve first comes
    std::array<QCPItemStraightLine *, HandleCount> m_lines{};
    std::array<QCPItemText *, HandleCount> m_tags{};
    std::array<QLabel *, HandleCount> m_counts{};
    QCPTextElement *m_clipped = nullptr; // the count of a bar too tall to draw, above the plot
    EngagementHistogram m_histogram;
    Thresholds m_thresholds;
    int m_barWidth = 5;
    Handle m_dragging = HandleCount;
};

} // namespace LeadStage
