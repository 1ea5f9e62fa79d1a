#pragma once

#include "EditorFacts.h"
#include "ModelSaveJob.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QTabWidget;
class QToolButton;

namespace LeadStage {

class DecayPanel;
class DraftItemDelegate;
class DraftTablePanel;
class CapacityPanel;
class EvaluatePanel;
class SuggestionsPanel;
class FitPanel;
class ModelDraft;
class NurturePanel;
class RulesPanel;
class TaskProgressDialog;
class ThresholdsPanel;
class VersionHistoryDialog;
class WhatIfPanel;
class Workspace;

// The "Scoring model" page of an open workspace: the draft of the active model,
// edited on six pages (rules, thresholds, triggers, decay, fit, nurture) and
// back-tested against outcomes on a seventh (evaluate), saved as a
// new active version (the workspace is rescored), stored as an inactive draft version, or reverted. Refused edits are
// shown in a message line; nothing invalid reaches the draft.
class ModelEditorPage : public QWidget
{
    Q_OBJECT

public:
    enum Section {
        RulesSection,
        ThresholdsSection,
        TriggersSection,
        DecaySection,
        FitSection,
        NurtureSection,
        EvaluateSection
    };

    explicit ModelEditorPage(QWidget *parent = nullptr);
    ~ModelEditorPage() override;

    void setWorkspace(std::shared_ptr<Workspace> workspace);
    void clear();
    // The workspace changed (an import, a rescore): the what-if reads it again.
    void refresh();
    // Another analyst made another model active in a team workspace: a draft without edits
    // takes it (true); one with edits keeps them, compared with it now (false).
    bool followActiveModel();

    ModelDraft *draft() const { return m_draft; }
    const std::shared_ptr<Workspace> &workspace() const { return m_workspace; }
    RulesPanel *rules() const { return m_rules; }
    ThresholdsPanel *thresholds() const { return m_thresholds; }
    DraftTablePanel *triggers() const { return m_triggers; }
    DecayPanel *decay() const { return m_decay; }
    FitPanel *fit() const { return m_fit; }
    NurturePanel *nurture() const { return m_nurture; }
    WhatIfPanel *whatIf() const { return m_whatIf; }
    EvaluatePanel *evaluate() const { return m_evaluate; }
    SuggestionsPanel *suggestions() const { return m_suggestions; }
    CapacityPanel *capacity() const { return m_capacity; }
    QTabWidget *sections() const { return m_sections; }
    bool isLoading() const { return m_loader->isBusy(); }
    bool isSaving() const { return m_saveJob->isRunning(); }
    QString messageText() const;

    // Saves the draft as the next version of `name`, rescoring the workspace; false
    // when it did not start (a problem in the draft, shown in the message line).
    bool saveAs(const QString &name, const QString &comment = QString());
    void saveWithDialog();
    // Stores the draft as the next version of `name` without activating it and without a
    // rescore (as `model import` does); activating it stays a step of its own in the
    // version history. false when nothing was stored (a problem, shown in the message line).
    bool saveAsDraft(const QString &name, const QString &comment = QString());
    void saveDraftWithDialog();
    // The draft has edits that are in no saved version: the window's modified mark.
    bool hasUnsavedChanges() const;
    void revertWithQuestion();

    // The version history (Ctrl+H from the window's menu, or the Versions… button).
    void showVersionHistory();
    VersionHistoryDialog *versionHistory() const { return m_history; }
    // Ctrl+H: opens the version history; the window's Edit menu shows it too.
    QAction *versionHistoryAction() const { return m_historyAction; }
    // Ctrl+E: the Evaluate section, the back-test against outcomes (View menu).
    QAction *evaluateAction() const { return m_evaluateAction; }
    // Rescore with saved version `id` off the GUI thread, then make it active (or, for a
    // revert, a copy of it as the next version); the draft becomes that model. false when
    // it did not start: busy, or unsaved changes the analyst chose to keep.
    bool activateVersion(std::int64_t id);
    bool revertToVersion(std::int64_t id, const QString &comment);
    // The draft becomes a copy of saved version `id`, as one undo step (Edit → Undo
    // brings the replaced edits back); asks first when the draft has unsaved changes.
    bool loadIntoDraft(std::int64_t id);
    // The draft is clean, or the analyst agreed to replace its unsaved changes by `what`.
    bool confirmReplaceDraft(const QString &what);

    // Asks what to do with unsaved changes before the workspace closes. true: go on
    // now. false: stay; after "Save" `thenClose` runs once the save succeeded.
    bool confirmClose(const std::function<void()> &thenClose);

Q_SIGNALS:
    // hasUnsavedChanges() may have changed (an edit, a save, another workspace).
    void unsavedChangesChanged(bool unsaved);
    // The draft became the active model and the workspace was rescored.
    void modelSaved(const LeadStage::WorkspaceSummary &summary);
    // A version was saved, activated or reverted to: the history reads the list again.
    void versionsChanged();
    // "Changed leads…" of the what-if: open these leads in the lead explorer.
    void leadsRequested(const QString &title, const std::vector<std::int64_t> &leadIds);

private:
    void showFacts(const EditorFacts &facts);
    // The save job's progress dialog (save, activate, revert): one at a time.
    void showJobProgress(const QString &title);
    void closeJobProgress();
    void announceActive(const QString &notice, const ModelSaveJob::Outcome &outcome);
    void saveFinished(const ModelSaveJob::Outcome &outcome);
    void activationFinished(const ModelSaveJob::Outcome &outcome);
    bool startActivation(std::int64_t id, const std::optional<QString> &revertComment);
    QString suggestedName() const;
    std::optional<std::pair<QString, QString>> askVersionName(const QString &title, const QString &explanation);
    void showMessage(const Error &error);
    void showNotice(const QString &text);
    void updateHeader();
    // One delegate per view: a delegate's commit and close signals go to every view it serves.
    DraftItemDelegate *makeDelegate();

    ModelDraft *m_draft;
    std::vector<DraftItemDelegate *> m_delegates;
    EditorFactsLoader *m_loader;
    ModelSaveJob *m_saveJob;
    std::shared_ptr<Workspace> m_workspace;
    QString m_path;
    QLabel *m_title, *m_dirty, *m_message;
    bool m_followActive = false; // the next facts' active model replaces the draft's
    QToolButton *m_save, *m_saveDraft, *m_revert, *m_versions;
    // The draft as last stored by Save as Draft, under the name it got: no unsaved edits
    // while the draft equals it.
    std::optional<ScoringModel> m_storedDraft;
    ModelVersion m_storedDraftVersion;
    VersionHistoryDialog *m_history = nullptr;
    bool m_activating = false; // the running job activates a saved version: no draft to mark saved
    QTabWidget *m_sections;
    QAction *m_historyAction;
    QAction *m_evaluateAction;
    RulesPanel *m_rules;
    ThresholdsPanel *m_thresholds;
    DraftTablePanel *m_triggers;
    DecayPanel *m_decay;
    FitPanel *m_fit;
    NurturePanel *m_nurture;
    WhatIfPanel *m_whatIf;
    EvaluatePanel *m_evaluate;
    SuggestionsPanel *m_suggestions;
    CapacityPanel *m_capacity;
    TaskProgressDialog *m_progress = nullptr;
    std::function<void()> m_afterSave;
};

} // namespace LeadStage
