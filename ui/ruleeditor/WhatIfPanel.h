#pragma once

#include "WhatIfEngine.h"

#include <QElapsedTimer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace LeadStage {

class ModelDraft;
class WhatIfTableModel;

// The editor's live what-if: while the draft differs from the active model, the
// dashboard's numbers under both — stage counts, the four IQL metrics (for the
// dashboard's remembered filter and bucket) and the leads that change stage —
// recomputed off the GUI thread after every edit. The leads that move open in the
// lead explorer (leadsRequested).
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(ModelDraft *draft, QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    // Reads the workspace at `path` on a worker (empty: no workspace).
    void setWorkspacePath(const QString &path);
    // Reads it again: a new active model, a rescore, an import. Several requests
    // in one turn of the event loop read once.
    void reload();

    bool isLoading() const { return m_engine->isLoading(); }
    // The loaded leads and events, which the Evaluate panel back-tests too.
    WhatIfEngine *engine() const { return m_engine; }
    // An answer for the draft is on its way: a comparison running or due, or an edited
    // draft waiting for the workspace's read to finish (it is compared once read).
    bool isComparing() const;
    // The numbers of the current draft are on screen.
    bool showsNumbers() const;
    QString stateText() const;
    // What is on screen (null before the first comparison and after a reload).
    std::shared_ptr<const WhatIfEngine::Answer> shown() const { return m_shown; }
    // Milliseconds from the edit to its numbers on screen, for the last shown answer.
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    WhatIfTableModel *stageModel() const { return m_stageModel; }
    WhatIfTableModel *metricModel() const { return m_metricModel; }
    QListWidget *moveList() const { return m_moves; }
    QPushButton *changedLeadsButton() const { return m_openChanged; }

    void openChangedLeads();
    // A cell of the stage-change list (a row of moveList()).
    void openMove(int row);

Q_SIGNALS:
    void leadsRequested(const QString &title, const std::vector<std::int64_t> &leadIds);
    // New numbers (or the plain "same as active" text) are on screen.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void layOut();
    void connectSignals();
    void draftChanged();
    void requestComparison();
    void showAnswer(const std::shared_ptr<const WhatIfEngine::Answer> &answer);
    void showState(const QString &text, bool numbers);
    void showLoadProgress();
    void showLoadFailure(const Error &error);
    void updateBusy();
    void fitTable(QTableView *view);

    ModelDraft *m_draft;
    WhatIfEngine *m_engine;
    QString m_path;
    QTimer *m_reloadSoon, *m_compareSoon, *m_loadTicker;
    QElapsedTimer m_sinceEdit;
    qint64 m_lastRefreshMs = -1;
    std::shared_ptr<const WhatIfEngine::Answer> m_shown;
    QLabel *m_state, *m_scope, *m_changed;
    QProgressBar *m_busy;
    QPushButton *m_retry, *m_openChanged;
    QWidget *m_numbers;
    WhatIfTableModel *m_stageModel, *m_metricModel;
    QTableView *m_stageView, *m_metricView;
    QListWidget *m_moves;
};

} // namespace LeadStage
