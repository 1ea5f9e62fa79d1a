#pragma once

#include "common/Error.h"
#include "common/Progress.h"
#include "tuning/BackTest.h"
#include "tuning/SuggestedPoints.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace LeadStage {

class ModelDraft;
class SuggestionTableModel;
class WhatIfSession;

// Suggested points for the draft (SuggestedPoints): per rule its points now and
// suggested, the interval, the leads it touches and the validation AUC if only it is
// accepted, with accept boxes. Accepting the checked (or all) suggestions is one undoable
// edit of the draft, so the what-if and the back-test follow at once. Computed off the
// GUI thread from the what-if's session; a newer question cancels the older one and a
// late answer to an old question is dropped.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionsPanel(ModelDraft *draft, QWidget *parent = nullptr);
    ~SuggestionsPanel() override;

    // The data to back-test on; null clears the table.
    void setSession(std::shared_ptr<const WhatIfSession> session);
    // The outcome, moment and horizon (an as-of date of 0: the latest date whose
    // horizon lies within the data).
    void setBackTest(const BackTestRequest &request);
    // The attrs keys candidate new field rules may use (the workspace's, with values).
    void setAttributeKeys(const QStringList &keys);

    bool isComputing() const { return m_computing; }
    const std::optional<PointSuggestions> &suggestions() const { return m_suggestions; }
    SuggestionTableModel *tableModel() const { return m_model; }
    // What the summary line says (the AUCs and the split).
    QString summaryText() const;
    QString statusText() const;

Q_SIGNALS:
    // Fresh suggestions are shown (or an error, or nothing to show).
    void computed();

private:
    struct Answer
    {
        std::uint64_t generation = 0;
        std::optional<PointSuggestions> suggestions;
        Error error;
    };

    void schedule();
    void compute();
    void finished();
    void showSuggestions();
    void acceptChecked();
    void acceptAll();
    void accept(const std::vector<PointSuggestion> &chosen);
    void updateButtons();
    // What to change in the back-test's settings when there are too few outcomes.
    QString whatToChange() const;

    // Declared first so they are destroyed last: the pool's destructor waits for the worker.
    QThreadPool m_pool;
    QFutureWatcher<Answer> m_watcher;
    ModelDraft *m_draft;
    QCheckBox *m_newFieldRules;
    QLabel *m_summary;
    QTableView *m_table;
    SuggestionTableModel *m_model;
    QLabel *m_status;
    QPushButton *m_checkAll;
    QPushButton *m_acceptChecked;
    QPushButton *m_acceptAll;

    std::shared_ptr<const WhatIfSession> m_session;
    BackTestRequest m_request;
    QStringList m_attributeKeys;
    std::optional<PointSuggestions> m_suggestions;
    QTimer m_delay; // a burst of edits asks once
    std::uint64_t m_generation = 0;
    std::shared_ptr<Progress> m_cancel;
    bool m_computing = false;
};

} // namespace LeadStage
