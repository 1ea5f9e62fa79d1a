#pragma once

#include "EvaluateJob.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace LeadStage {

class BackTestView;
class EvaluateRequestForm;
class ModelDraft;
class WhatIfEngine;

// The Scoring Model page's "Evaluate" section: is the model any good? Back-tests the
// checked models (the draft, saved versions) against the workspace's outcomes
// (DESIGN §9, ModelEvaluation) off the GUI thread, on the leads and events the
// what-if has loaded, again whenever the request or the checked draft changes; a
// newer request drops the answer of the one before. The results are tabs: the
// back-test first; addResultTab() adds more (suggested points, threshold from capacity).
class EvaluatePanel : public QWidget
{
    Q_OBJECT

public:
    // `whatIf` holds the loaded leads and events; the panel reads them, never loads its own.
    EvaluatePanel(ModelDraft *draft, WhatIfEngine *whatIf, QWidget *parent = nullptr);
    ~EvaluatePanel() override;

    // Reads the saved models of the workspace at `path` (empty: no workspace).
    void setWorkspacePath(const QString &path);
    // Reads the saved models again (a version was saved, activated or imported) and back-tests anew.
    void reload();

    // Adds a tab beside "Back-test" to the results; returns its index.
    int addResultTab(QWidget *tab, const QString &title);
    QTabWidget *results() const { return m_results; }
    BackTestView *backTest() const { return m_backTest; }
    EvaluateRequestForm *requestForm() const { return m_form; }
    // The saved models and analysis date read last, for the tabs the lead adds.
    const std::optional<EvaluateJob::Models> &savedModels() const { return m_models; }

    // A back-test is asked for, running, or waiting for the workspace to be read.
    bool isBusy() const;
    QString stateText() const;
    // What is on screen (null before the first answer).
    std::shared_ptr<const EvaluateJob::Answer> shown() const;
    // Milliseconds from the last change to its answer on screen.
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

Q_SIGNALS:
    // A back-test starts: the tabs beside it (suggested points, threshold from capacity)
    // follow it with their setSession() and setBackTest().
    void backTestStarted(const std::shared_ptr<const LeadStage::WhatIfSession> &session,
                         const LeadStage::BackTestRequest &request);
    void leadsRequested(const QString &title, const std::vector<std::int64_t> &leadIds);
    // A new answer (or the sentence why there is none) is on screen.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void layOut();
    void connectSignals();
    void schedule();
    void recompute();
    void modelsRead(const EvaluateJob::Models &models);
    void showAnswer(const std::shared_ptr<const EvaluateJob::Answer> &answer);
    void showState(const QString &text);
    void updateBusy();
    void updateDraftLabel();
    std::vector<ModelEvaluation::Candidate> candidates() const;
    // recorded:STAGE: the CRM's recorded stages, read once per loaded session on a worker.
    bool withRecorded(BackTestRequest &request, const std::shared_ptr<const WhatIfSession> &session);

    ModelDraft *m_draft;
    WhatIfEngine *m_whatIf;
    EvaluateJob *m_job;
    QString m_path;
    std::optional<EvaluateJob::Models> m_models;
    QTimer *m_soon, *m_ticker;
    QElapsedTimer m_sinceChange;
    qint64 m_lastRefreshMs = -1;
    bool m_stale = false;
    EvaluateRequestForm *m_form;
    QLabel *m_state;
    QProgressBar *m_busy;
    QTabWidget *m_results;
    BackTestView *m_backTest;
    struct RecordedRead
    {
        int stage = -1;
        std::shared_ptr<const WhatIfSession> session; // whose leads' positions the times follow
        std::shared_ptr<const OutcomeTimes> times;
        Error error;
    };
    QFutureWatcher<RecordedRead> *m_recordedRead;
    int m_readingStage = -1;
    std::weak_ptr<const WhatIfSession> m_recordedFor;
    std::map<int, std::shared_ptr<const OutcomeTimes>> m_recorded;
};

} // namespace LeadStage
