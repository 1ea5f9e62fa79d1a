#pragma once

#include "metrics/MetricCell.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace LeadStage {

struct DashboardResult;

// The frame every dashboard chart sits in: a title, the chart, and a context menu
// that exports it to PNG or SVG or copies it as an image. Subclasses draw their
// chart onto any paint device, so the SVG holds vectors rather than a screenshot.
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    virtual void showResult(const DashboardResult &result) = 0;

    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;
    void copyImage() const;

    // What the panel shows instead of a chart when the result has nothing to draw
    // (empty for a drawn chart): a sentence, never axes over "Jan 1970".
    QString emptyText() const;
    bool isChartShown() const;

Q_SIGNALS:
    // A bar, point, cell or bin was clicked: the number it shows and a title for
    // the list of leads behind it ("IQLs of 2025-03").
    void cellActivated(const LeadStage::MetricCell &cell, const QString &title);

protected:
    void setChartWidget(QWidget *chart);
    // Hides the chart and says why there is nothing to draw; showChart() brings it back.
    void showEmpty(const QString &sentence);
    void showChart();
    // The sentence of every chart when no lead is selected at all.
    static QString noLeadsSentence();
    // Draws the chart into `device` at `size` (logical pixels).
    virtual void render(QPaintDevice *device, const QSize &size) const = 0;
    QImage toImage() const;

    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void exportWithDialog(bool svg);

    QLabel *m_title;
    QVBoxLayout *m_layout;
    QWidget *m_chart = nullptr;
    QLabel *m_empty;
};

} // namespace LeadStage
