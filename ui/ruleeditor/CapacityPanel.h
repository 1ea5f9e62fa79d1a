#pragma once

#include "common/Error.h"
#include "common/Progress.h"
#include "tuning/BackTest.h"
#include "tuning/CapacityCurve.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QLabel;
class QMouseEvent;
class QPushButton;
class QSpinBox;

namespace LeadStage {

class ModelDraft;
class WhatIfSession;

// "Sales can work N MQLs a month" and/or "catch at least X % of the outcomes": the curve
// threshold → MQLs per month, precision and recall of the draft over the last months
// (CapacityCurve), the proposed threshold, and a button that puts it into the draft as
// one undoable edit. The curve is computed off the GUI thread from the what-if's
// session (its leads and events, its analysis date); a newer question cancels the
// older one and a late answer to an old question is dropped.
class CapacityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityPanel(ModelDraft *draft, QWidget *parent = nullptr);
    ~CapacityPanel() override;

    // The data to back-test on; null clears the curve.
    void setSession(std::shared_ptr<const WhatIfSession> session);
    // The outcome, moment and horizon (an as-of date of 0: the latest date whose
    // horizon lies within the data). At MQL entry is refused: the moment moves with
    // the threshold, so the back-test runs as of a date instead.
    void setBackTest(const BackTestRequest &request);

    bool isComputing() const { return m_computing; }
    const std::optional<CapacityCurve> &curve() const { return m_curve; }
    const CapacityProposal &proposal() const { return m_proposal; }
    CapacityConstraints constraints() const;
    // What the chart's tooltip says at a threshold: the exact figures there.
    QString toolTipAt(int threshold) const;
    QCustomPlot *plot() const { return m_plot; }

Q_SIGNALS:
    // A fresh curve is shown (or an error, or nothing to show).
    void computed();
    // MQLs per month at each row's threshold, for the threshold ruler; empty when none.
    void curveChanged(const QVector<double> &thresholds, const QVector<double> &mqlsPerMonth);

private:
    struct Answer
    {
        std::uint64_t generation = 0;
        std::optional<CapacityCurve> curve;
        Error error;
    };

    void schedule();
    void compute();
    void finished();
    void propose();
    void showCurve();
    void showProposal();
    void apply();
    void hover(QMouseEvent *event);

    // Declared first so they are destroyed last: the pool's destructor waits for the worker.
    QThreadPool m_pool;
    QFutureWatcher<Answer> m_watcher;
    ModelDraft *m_draft;
    QCheckBox *m_capacityOn;
    QSpinBox *m_capacity;
    QCheckBox *m_catchOn;
    QSpinBox *m_catch;
    QSpinBox *m_months;
    QCustomPlot *m_plot;
    QCPGraph *m_mqls;
    QCPGraph *m_precision;
    QCPGraph *m_recall;
    QCPItemStraightLine *m_currentLine;
    QCPItemStraightLine *m_proposedLine;
    QCPItemStraightLine *m_capacityLine;
    QLabel *m_status;
    QLabel *m_current;
    QLabel *m_proposed;
    QPushButton *m_apply;

    std::shared_ptr<const WhatIfSession> m_session;
    BackTestRequest m_request;
    std::optional<CapacityCurve> m_curve;
    CapacityProposal m_proposal;
    QTimer m_delay; // a burst of edits asks once
    std::uint64_t m_generation = 0;
    std::shared_ptr<Progress> m_cancel;
    bool m_computing = false;
};

} // namespace LeadStage
