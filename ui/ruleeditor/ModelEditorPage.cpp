#include "ModelEditorPage.h"

#include "CapacityPanel.h"
#include "DecayPanel.h"
#include "DraftItemDelegate.h"
#include "DraftTablePanel.h"
#include "EvaluatePanel.h"
#include "FitPanel.h"
#include "ModelDraft.h"
#include "ModelSaveDialog.h"
#include "NurturePanel.h"
#include "RuleEditorSettings.h"
#include "RuleTreeModel.h"
#include "RulesPanel.h"
#include "SuggestionsPanel.h"
#include "ThresholdRuler.h"
#include "ThresholdsPanel.h"
#include "TriggerTableModel.h"
#include "VersionHistoryDialog.h"
#include "WhatIfPanel.h"
#include "common/DisplayFormat.h"
#include "common/TaskProgressDialog.h"
#include "scoring/ModelStore.h"
#include "shell/WindowWording.h"
#include "store/Workspace.h"
#include "tuning/ModelValidator.h"
#include "workspace/WorkspaceChange.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadStage {

namespace {

QToolButton *headerButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ModelEditorPage::ModelEditorPage(QWidget *parent)
    : QWidget(parent)
    , m_draft(new ModelDraft(this))
    , m_loader(new EditorFactsLoader(this))
    , m_saveJob(new ModelSaveJob(this))
    , m_title(new QLabel(this))
    , m_dirty(new QLabel(this))
    , m_message(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_historyAction(new QAction(tr("Version &History…"), this))
    , m_evaluateAction(new QAction(tr("&Evaluate Against Outcomes"), this))
{
    setObjectName(u"modelEditor"_qs);
    m_title->setObjectName(u"modelTitle"_qs);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    m_dirty->setObjectName(u"dirtyLabel"_qs);
    m_dirty->setStyleSheet(u"color: #b45309; font-weight: 600"_qs);
    m_message->setObjectName(u"editMessage"_qs);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->hide();

    auto *undo = headerButton(tr("Undo"), QString(), this);
    undo->setDefaultAction(m_draft->undoStack()->createUndoAction(this, tr("Undo")));
    auto *redo = headerButton(tr("Redo"), QString(), this);
    redo->setDefaultAction(m_draft->undoStack()->createRedoAction(this, tr("Redo")));
    m_save =
        headerButton(tr("Save as New Version…"),
                     tr("Save the draft as the next version, rescore the workspace and make it active (Ctrl+S)"), this);
    m_save->setObjectName(u"saveModel"_qs);
    m_saveDraft = headerButton(tr("Save as Draft…"),
                               tr("Store the draft as a new version without making it active and without rescoring; "
                                  "activate it later in the version history"),
                               this);
    m_saveDraft->setObjectName(u"saveModelDraft"_qs);
    m_revert = headerButton(tr("Revert"), tr("Discard the draft and go back to the active model"), this);
    m_revert->setObjectName(u"revertModel"_qs);
    m_versions = headerButton(tr("Versions…"),
                              tr("The saved versions with date and comment: activate, revert, duplicate, load into "
                                 "the draft, compare, export and import JSON (Ctrl+H)"),
                              this);
    m_versions->setObjectName(u"showVersions"_qs);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_dirty);
    header->addStretch();
    for (QToolButton *button : {undo, redo, m_revert, m_versions, m_saveDraft, m_save})
        header->addWidget(button);

    m_rules = new RulesPanel(m_draft, makeDelegate(), this);
    m_thresholds = new ThresholdsPanel(m_draft, this);
    DraftTablePanel::Actions triggers;
    triggers.add = [this](int at) {
        const QString activity =
            m_rules->model()->activities().empty() ? u"demo_request"_qs : m_rules->model()->activities().front().key;
        return m_draft->addTrigger(at, ScoringTrigger{m_draft->unusedTriggerId(activity), tr("New trigger"), activity,
                                                      QString(), 1, std::nullopt});
    };
    triggers.remove = [this](int row) { return m_draft->removeTrigger(row); };
    m_triggers =
        new DraftTablePanel(tr("Trigger"), new TriggerTableModel(m_draft, this), makeDelegate(), triggers, this);
    m_triggers->setObjectName(u"triggers"_qs);
    m_triggers->stretchColumn(TriggerTableModel::LabelColumn);
    m_triggers->view()->setColumnWidth(TriggerTableModel::CountColumn, 80);
    m_triggers->view()->setColumnWidth(TriggerTableModel::WindowColumn, 110);
    m_triggers->view()->setColumnWidth(TriggerTableModel::ActivityColumn, 260);
    m_triggers->view()->setColumnWidth(TriggerTableModel::DetailColumn, 160);
    m_decay = new DecayPanel(m_draft, this);
    m_fit = new FitPanel(m_draft, makeDelegate(), this);
    m_nurture = new NurturePanel(m_draft, makeDelegate(), makeDelegate(), this);
    // Beside the what-if, which has loaded the leads and events the back-test reads.
    m_whatIf = new WhatIfPanel(m_draft, this);
    m_evaluate = new EvaluatePanel(m_draft, m_whatIf->engine(), this);
    // Beside the back-test, on the same leads, request and draft.
    m_suggestions = new SuggestionsPanel(m_draft, this);
    m_capacity = new CapacityPanel(m_draft, this);
    m_evaluate->addResultTab(m_suggestions, tr("Suggested Points"));
    m_evaluate->addResultTab(m_capacity, tr("Threshold from Capacity"));
    connect(m_evaluate, &EvaluatePanel::backTestStarted, this,
            [this](const std::shared_ptr<const WhatIfSession> &session, const BackTestRequest &request) {
                m_suggestions->setBackTest(request);
                m_suggestions->setSession(session);
                m_capacity->setBackTest(request);
                m_capacity->setSession(session);
            });
    connect(m_capacity, &CapacityPanel::curveChanged, m_thresholds->ruler(), &ThresholdRuler::setCapacityCurve);
    m_sections->setObjectName(u"modelSections"_qs);
    m_sections->addTab(m_rules, tr("Rules"));
    m_sections->addTab(m_thresholds, tr("Thresholds"));
    m_sections->addTab(m_triggers, tr("Triggers"));
    m_sections->addTab(m_decay, tr("Decay"));
    m_sections->addTab(m_fit, tr("Fit"));
    m_sections->addTab(m_nurture, tr("Nurture"));
    m_sections->addTab(m_evaluate, tr("Evaluate"));
    m_sections->setTabToolTip(RulesSection, tr("Scoring rules by category: criterion, track, points, pays, cap"));
    m_sections->setTabToolTip(ThresholdsSection, tr("IQL, MQL and PQL thresholds over the workspace's scores"));
    m_sections->setTabToolTip(TriggersSection, tr("Activities that make a lead an MQL at once"));
    m_sections->setTabToolTip(DecaySection, tr("How an idle lead's score falls"));
    m_sections->setTabToolTip(FitSection, tr("Firmographic fit rules and grade boundaries"));
    m_sections->setTabToolTip(NurtureSection, tr("Nurture tracks, steps and stagnation"));
    m_sections->setTabToolTip(EvaluateSection, tr("Is the model any good? Back-test the draft and saved versions "
                                                  "against the workspace's outcomes (Ctrl+E)"));
    m_sections->setCurrentIndex(std::clamp(RuleEditorSettings::section().get(), 0, m_sections->count() - 1));
    connect(m_sections, &QTabWidget::currentChanged, this, [](int index) { RuleEditorSettings::section().set(index); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(u"editorSplitter"_qs);
    body->setChildrenCollapsible(false);
    body->addWidget(m_sections);
    body->addWidget(m_whatIf);
    body->setStretchFactor(0, 1);
    if (!body->restoreState(RuleEditorSettings::splitter().get()))
        body->setSizes({900, 400});
    connect(body, &QSplitter::splitterMoved, this, [body] { RuleEditorSettings::splitter().set(body->saveState()); });
    connect(m_whatIf, &WhatIfPanel::leadsRequested, this, &ModelEditorPage::leadsRequested);
    connect(m_evaluate, &EvaluatePanel::leadsRequested, this, &ModelEditorPage::leadsRequested);
    connect(this, &ModelEditorPage::versionsChanged, m_evaluate, &EvaluatePanel::reload);
    layout->addWidget(body, 1);

    auto *saveShortcut = new QAction(tr("Save as New Version…"), this);
    saveShortcut->setObjectName(u"saveModelAction"_qs);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, this, &ModelEditorPage::saveWithDialog);
    addAction(saveShortcut);

    connect(m_save, &QToolButton::clicked, this, &ModelEditorPage::saveWithDialog);
    connect(m_saveDraft, &QToolButton::clicked, this, &ModelEditorPage::saveDraftWithDialog);
    connect(m_revert, &QToolButton::clicked, this, &ModelEditorPage::revertWithQuestion);
    connect(m_versions, &QToolButton::clicked, this, &ModelEditorPage::showVersionHistory);
    m_historyAction->setObjectName(u"versionHistoryAction"_qs);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setStatusTip(m_versions->toolTip());
    m_historyAction->setToolTip(m_versions->toolTip());
    connect(m_historyAction, &QAction::triggered, this, &ModelEditorPage::showVersionHistory);
    addAction(m_historyAction);
    m_evaluateAction->setObjectName(u"evaluateAction"_qs);
    m_evaluateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_evaluateAction->setStatusTip(m_sections->tabToolTip(EvaluateSection));
    connect(m_evaluateAction, &QAction::triggered, this, [this] { m_sections->setCurrentIndex(EvaluateSection); });
    addAction(m_evaluateAction);
    connect(m_rules, &RulesPanel::refused, this, &ModelEditorPage::showMessage);
    connect(m_thresholds, &ThresholdsPanel::refused, this, &ModelEditorPage::showMessage);
    connect(m_triggers, &DraftTablePanel::refused, this, &ModelEditorPage::showMessage);
    connect(m_decay, &DecayPanel::refused, this, &ModelEditorPage::showMessage);
    connect(m_fit, &FitPanel::refused, this, &ModelEditorPage::showMessage);
    connect(m_nurture, &NurturePanel::refused, this, &ModelEditorPage::showMessage);
    connect(m_draft, &ModelDraft::draftChanged, this, [this] {
        m_message->hide(); // an edit that went through answers the last refusal
        updateHeader();
    });
    connect(m_draft, &ModelDraft::activeChanged, this, &ModelEditorPage::updateHeader);
    connect(m_loader, &EditorFactsLoader::loaded, this, &ModelEditorPage::showFacts);
    connect(m_saveJob, &ModelSaveJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setProgress(done, total);
    });
    connect(m_saveJob, &ModelSaveJob::finished, this, [this](const ModelSaveJob::Outcome &outcome) {
        if (std::exchange(m_activating, false))
            activationFinished(outcome);
        else
            saveFinished(outcome);
    });
    updateHeader();
}

ModelEditorPage::~ModelEditorPage() = default;

DraftItemDelegate *ModelEditorPage::makeDelegate()
{
    auto *delegate = new DraftItemDelegate(m_draft, this);
    connect(delegate, &DraftItemDelegate::refused, this, &ModelEditorPage::showMessage);
    m_delegates.push_back(delegate);
    return delegate;
}

void ModelEditorPage::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_path = m_workspace ? m_workspace->path() : QString();
    m_draft->setActive(ScoringModel{}, ModelVersion{});
    m_storedDraft.reset();
    m_message->hide();
    if (!m_path.isEmpty())
        m_loader->load(m_path);
    m_whatIf->setWorkspacePath(m_path);
    m_evaluate->setWorkspacePath(m_path);
    if (m_history)
        m_history->close(); // it showed the versions of the workspace that was open
    updateHeader();
}

void ModelEditorPage::refresh()
{
    m_whatIf->reload();
    m_evaluate->reload();
}

bool ModelEditorPage::followActiveModel()
{
    if (m_path.isEmpty() || isSaving())
        return false;
    // A draft with edits keeps them, beside the new active model (Revert then takes it).
    const bool edited = m_draft->isDirty();
    m_followActive = edited;
    if (!edited)
        m_draft->setActive(ScoringModel{}, ModelVersion{});
    m_loader->load(m_path);
    if (m_history && m_history->isVisible())
        m_history->reload();
    updateHeader();
    return !edited;
}

void ModelEditorPage::clear()
{
    m_saveJob->waitForFinished();
    setWorkspace(nullptr);
}

void ModelEditorPage::showFacts(const EditorFacts &facts)
{
    if (facts.workspacePath != m_path)
        return; // an answer for a workspace that is closed already
    if (!facts.error.what.isEmpty()) {
        showMessage(facts.error);
        return;
    }
    // After a save the draft is the active model already: keep its history.
    if (!m_draft->hasModel())
        m_draft->setActive(facts.active, facts.version);
    else if (std::exchange(m_followActive, false))
        m_draft->replaceActive(facts.active, facts.version);
    m_rules->model()->setActivities(facts.activities);
    m_rules->model()->setFieldPresence(facts.fields);
    for (DraftItemDelegate *delegate : m_delegates) {
        delegate->setActivities(facts.activities);
        delegate->setAttributeNames(facts.fields.attributeNames());
        m_suggestions->setAttributeKeys(facts.fields.attributeNames());
    }
    m_thresholds->setHistogram(facts.histogram);
    if (const std::vector<Error> problems = ModelValidator::check(m_draft->model()); !problems.empty())
        showMessage(Error{tr("the active model has %n problem(s); the first: %1", nullptr, int(problems.size()))
                              .arg(problems.front().what),
                          problems.front().where, 0, 0, problems.front().hint});
    updateHeader();
}

void ModelEditorPage::updateHeader()
{
    const ModelVersion &version = m_draft->activeVersion();
    const bool ready = m_draft->hasModel() && !isSaving();
    if (m_path.isEmpty())
        m_title->setText(tr("No workspace"));
    else if (!m_draft->hasModel())
        m_title->setText(tr("Reading the scoring model…"));
    else if (version.id == 0)
        m_title->setText(tr("%1 (built-in, not saved yet)").arg(version.name));
    else
        m_title->setText(tr("%1 v%2").arg(version.name).arg(version.version));
    m_title->setToolTip(version.id == 0 ? QString()
                        : version.author.isEmpty()
                            ? tr("The active model: id %1, saved %2")
                                  .arg(version.id)
                                  .arg(DisplayFormat::dateTime(QDateTime::fromSecsSinceEpoch(version.createdAt)))
                            : tr("The active model: id %1, saved %2 by %3")
                                  .arg(version.id)
                                  .arg(DisplayFormat::dateTime(QDateTime::fromSecsSinceEpoch(version.createdAt)))
                                  .arg(version.author));
    const bool unsaved = hasUnsavedChanges();
    const bool writable = m_workspace && WorkspaceChange::isPossible(*m_workspace);
    // Amber while edits would be lost; grey once they are stored as a draft version.
    m_dirty->setStyleSheet(unsaved ? u"color: #b45309; font-weight: 600"_qs : u"color: #57534e; font-weight: 600"_qs);
    if (unsaved && m_workspace && !writable)
        m_dirty->setText(tr("● Unsaved changes (not saved here: your role only reads this workspace)"));
    else if (unsaved)
        m_dirty->setText(tr("● Unsaved changes (draft)"));
    else if (m_draft->isDirty())
        m_dirty->setText(
            tr("Saved as draft %1 v%2, not active").arg(m_storedDraftVersion.name).arg(m_storedDraftVersion.version));
    else
        m_dirty->clear();
    // Saving a new version makes it active: an owner's to do in a team workspace.
    const bool activates = m_workspace && m_workspace->mayActivate();
    m_save->setEnabled(ready && (m_draft->isDirty() || version.id == 0) && activates);
    m_saveDraft->setEnabled(ready && unsaved && writable);
    m_save->setToolTip(
        m_workspace && !activates
            ? tr("Your role in this team workspace may not make a model active: save the draft as a "
                 "version (Save as Draft) for an owner to activate")
            : tr("Save the draft as the next version, rescore the workspace and make it active (Ctrl+S)"));
    m_revert->setEnabled(ready && m_draft->isDirty());
    m_versions->setEnabled(m_workspace != nullptr);
    m_historyAction->setEnabled(m_workspace != nullptr);
    m_evaluateAction->setEnabled(m_workspace != nullptr);
    if (m_history)
        m_history->updateActions();
    m_sections->setEnabled(ready);
    Q_EMIT unsavedChangesChanged(unsaved);
}

bool ModelEditorPage::hasUnsavedChanges() const
{
    if (!m_draft->isDirty())
        return false;
    if (!m_storedDraft)
        return true;
    ScoringModel draft = m_draft->model();
    draft.name = m_storedDraft->name; // the name is the dialog's, not an edit
    return !(draft == *m_storedDraft);
}

void ModelEditorPage::showMessage(const Error &coreError)
{
    const Error error = forWindow(coreError);
    QString text = u"<b>%1</b>"_qs.arg(error.what.toHtmlEscaped());
    if (!error.where.isEmpty())
        text += u" <span style='color:#78716c'>(%1)</span>"_qs.arg(error.where.toHtmlEscaped());
    if (!error.hint.isEmpty())
        text += u" — "_qs + error.hint.toHtmlEscaped();
    m_message->setStyleSheet(u"background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; padding: 4px 8px"_qs);
    m_message->setText(tr("Not changed: %1").arg(text));
    m_message->show();
}

void ModelEditorPage::showNotice(const QString &text)
{
    m_message->setStyleSheet(u"background: #dcfce7; color: #14532d; border: 1px solid #22c55e; padding: 4px 8px"_qs);
    m_message->setText(text.toHtmlEscaped());
    m_message->show();
}

QString ModelEditorPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text(); // also while the page is not shown
}

QString ModelEditorPage::suggestedName() const
{
    // The model's own name, so that a save is its next version (Default v3 → v4) and the
    // history stays one line of descent; a rename in the draft is kept.
    return m_draft->model().name.isEmpty() ? m_draft->activeVersion().name : m_draft->model().name;
}

// The name and comment of the version to store, asked beside the versions saved so far.
std::optional<std::pair<QString, QString>> ModelEditorPage::askVersionName(const QString &title,
                                                                           const QString &explanation)
{
    ModelSaveDialog dialog(title, explanation, suggestedName(), this);
    if (auto versions = ModelStore(m_workspace->database()).list())
        dialog.setSavedVersions(*versions);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::pair(dialog.name(), dialog.comment());
}

void ModelEditorPage::saveWithDialog()
{
    if (!m_save->isEnabled())
        return;
    if (const auto named = askVersionName(tr("Save as New Version"),
                                          tr("The draft is saved as a new version, the workspace is rescored with it, "
                                             "and then it becomes the active model.")))
        saveAs(named->first, named->second);
}

void ModelEditorPage::saveDraftWithDialog()
{
    if (!m_saveDraft->isEnabled())
        return;
    if (const auto named = askVersionName(
            tr("Save as Draft"), tr("The draft is stored as a new version. It does not become active and nothing is "
                                    "rescored: activate it later in the version history when it should score the "
                                    "leads.")))
        saveAsDraft(named->first, named->second);
}

// A quick insert of one row, without the rescore that saving an active version needs.
bool ModelEditorPage::saveAsDraft(const QString &name, const QString &comment)
{
    if (!m_workspace || isSaving() || !WorkspaceChange::isPossible(*m_workspace))
        return false;
    ScoringModel model = m_draft->model();
    model.name = name.trimmed();
    if (const std::vector<Error> problems = ModelValidator::check(model); !problems.empty()) {
        Error first = problems.front();
        first.what = tr("the draft cannot be saved: %1").arg(first.what);
        showMessage(first);
        return false;
    }
    auto change = WorkspaceChange::begin(m_workspace);
    auto saved =
        change ? ModelStore(change->workspace().database()).save(model, comment) : Result<ModelVersion>(change.error());
    if (!saved) {
        Error error = saved.error();
        error.hint = tr("Nothing was saved: the draft is still here. %1").arg(error.hint).trimmed();
        showMessage(error);
        return false;
    }
    m_storedDraft = model;
    m_storedDraftVersion = *saved;
    showNotice(tr("Stored %1 v%2 as a draft version: it is not active and no lead was rescored. Activate it in "
                  "the version history when it should score the leads.")
                   .arg(saved->name)
                   .arg(saved->version));
    updateHeader();
    Q_EMIT versionsChanged();
    return true;
}

bool ModelEditorPage::saveAs(const QString &name, const QString &comment)
{
    if (!m_workspace || isSaving())
        return false;
    ScoringModel model = m_draft->model();
    model.name = name.trimmed();
    if (const std::vector<Error> problems = ModelValidator::check(model); !problems.empty()) {
        Error first = problems.front();
        first.what = tr("the draft cannot be saved: %1").arg(first.what);
        showMessage(first);
        return false;
    }
    showJobProgress(tr("Saving and rescoring"));
    m_saveJob->start(m_workspace, model, comment);
    updateHeader();
    return true;
}

void ModelEditorPage::showJobProgress(const QString &title)
{
    m_progress = new TaskProgressDialog(title, tr("leads"), this);
    connect(m_progress, &QProgressDialog::canceled, m_saveJob, &ModelSaveJob::cancel);
}

void ModelEditorPage::closeJobProgress()
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
}

// After a save or an activation put a version in force: say so, show the new scores'
// histogram and tell the other pages (or why the version is active but not all is well).
void ModelEditorPage::announceActive(const QString &notice, const ModelSaveJob::Outcome &outcome)
{
    showNotice(notice.arg(outcome.version.name)
                   .arg(outcome.version.version)
                   .arg(DisplayFormat::leads(std::int64_t(outcome.report.leads))));
    m_loader->load(m_path);
    if (!outcome.error.what.isEmpty())
        showMessage(outcome.error);
    else
        Q_EMIT modelSaved(outcome.summary);
    Q_EMIT versionsChanged();
}

void ModelEditorPage::saveFinished(const ModelSaveJob::Outcome &outcome)
{
    closeJobProgress();
    std::function<void()> after = std::exchange(m_afterSave, nullptr);
    if (!outcome.activated) {
        // Saving and activating is one transaction: nothing of it was stored.
        Error error = outcome.error;
        error.hint = tr("Nothing was saved: the draft is still here and the workspace keeps its scores. %1")
                         .arg(error.hint)
                         .trimmed();
        showMessage(error);
        updateHeader();
        return;
    }
    m_draft->markSaved(outcome.version);
    m_storedDraft.reset();
    announceActive(tr("Saved %1 v%2 and made it active: %3 rescored."), outcome);
    if (after)
        after();
}

void ModelEditorPage::revertWithQuestion()
{
    if (!m_draft->isDirty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Revert the Draft"),
                    tr("Discard every change to the draft and go back to the active model?"),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"revertQuestion"_qs);
    box.setInformativeText(tr("The undo history is cleared too."));
    if (box.exec() == QMessageBox::Discard)
        m_draft->revert();
}

bool ModelEditorPage::confirmClose(const std::function<void()> &thenClose)
{
    if (isSaving())
        return false; // the save finishes first; it cannot be half-written
    if (!hasUnsavedChanges())
        return true;
    const bool writable = m_workspace && m_workspace->mayActivate(); // Save makes the version active
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved Scoring Model"), tr("The scoring model has changes that are not saved."),
        (writable ? QMessageBox::Save : QMessageBox::NoButton) | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedQuestion"_qs);
    if (writable) {
        box.setInformativeText(tr("Save them as a new active version (the workspace is rescored), or discard them?"));
        box.button(QMessageBox::Save)->setText(tr("Save as New Version"));
        box.setDefaultButton(QMessageBox::Save);
    } else {
        box.setInformativeText(m_workspace && m_workspace->mayChange()
                                   ? tr("Your role in this team workspace may not make a model active. Discard them, "
                                        "or cancel and save them as a draft version?")
                                   : tr("Your role only reads this team workspace. Discard them, or cancel and keep "
                                        "trying them here?"));
        box.setDefaultButton(QMessageBox::Cancel);
    }
    switch (box.exec()) {
    case QMessageBox::Discard:
        m_draft->revert();
        return true;
    case QMessageBox::Save:
        if (saveAs(m_draft->model().name))
            m_afterSave = thenClose;
        return false;
    default:
        return false;
    }
}

void ModelEditorPage::showVersionHistory()
{
    if (!m_workspace)
        return;
    if (!m_history)
        m_history = new VersionHistoryDialog(this, this);
    m_history->reload();
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

bool ModelEditorPage::confirmReplaceDraft(const QString &what)
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Scoring Model"),
                    tr("The draft has changes that are not saved. %1").arg(what),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"replaceDraftQuestion"_qs);
    box.setInformativeText(tr("Cancel keeps the draft: save it with Save as New Version first to keep its changes."));
    box.button(QMessageBox::Discard)->setText(tr("Replace the Draft"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

bool ModelEditorPage::activateVersion(std::int64_t id)
{
    return startActivation(id, std::nullopt);
}

bool ModelEditorPage::revertToVersion(std::int64_t id, const QString &comment)
{
    return startActivation(id, comment);
}

bool ModelEditorPage::startActivation(std::int64_t id, const std::optional<QString> &revertComment)
{
    if (!m_workspace || isSaving() || !m_workspace->mayActivate())
        return false;
    if (!confirmReplaceDraft(tr("The version made active becomes the draft.")))
        return false;
    showJobProgress(revertComment ? tr("Reverting and rescoring") : tr("Activating and rescoring"));
    m_activating = true;
    m_saveJob->startActivation(m_workspace, id, revertComment);
    updateHeader();
    return true;
}

void ModelEditorPage::activationFinished(const ModelSaveJob::Outcome &outcome)
{
    closeJobProgress();
    if (!outcome.activated) {
        Error error = outcome.error;
        error.hint = tr("The active model and the workspace's scores are unchanged. %1").arg(error.hint);
        showMessage(error);
        updateHeader();
        return;
    }
    if (outcome.error.what.isEmpty())
        m_draft->setActive(outcome.model, outcome.version);
    announceActive(tr("%1 v%2 is the active model now: %3 rescored."), outcome);
    updateHeader();
}

bool ModelEditorPage::loadIntoDraft(std::int64_t id)
{
    if (!m_workspace || isSaving())
        return false;
    ModelStore store(m_workspace->database());
    auto version = store.version(id);
    auto model = version ? store.load(id) : Result<ScoringModel>(version.error());
    if (!model) {
        showMessage(model.error());
        return false;
    }
    if (!confirmReplaceDraft(tr("Loading %1 v%2 replaces the draft.").arg(version->name).arg(version->version)))
        return false;
    m_draft->loadVersion(*model, *version);
    showNotice(tr("The draft is now a copy of %1 v%2 (Edit → Undo brings back the draft it replaced). Save as New "
                  "Version makes it the active model.")
                   .arg(version->name)
                   .arg(version->version));
    return true;
}

} // namespace LeadStage
