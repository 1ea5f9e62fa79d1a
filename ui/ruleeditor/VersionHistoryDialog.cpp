#include "VersionHistoryDialog.h"

#include "ModelDraft.h"
#include "ModelEditorPage.h"
#include "ModelFiles.h"
#include "ModelSaveDialog.h"
#include "RuleEditorSettings.h"
#include "VersionDiffDialog.h"
#include "VersionTableModel.h"
#include "scoring/ModelInForce.h"
#include "scoring/ModelJson.h"
#include "scoring/ModelStore.h"
#include "shell/WindowWording.h"
#include "store/Workspace.h"
#include "tuning/ModelDiff.h"
#include "workspace/WorkspaceChange.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadStage {

namespace {

// As `leadstage model diff` names a version given by id: "Default v2 (id 2)".
QString describe(const ModelVersion &version)
{
    return ModelInForce{version, {}}.describe();
}

// "Default (copy)" for "Default", and not "Default (copy) (copy)" for a copy's copy.
QString copyName(const QString &name)
{
    const QString suffix = VersionHistoryDialog::tr(" (copy)");
    return name.endsWith(suffix) ? name : name + suffix;
}

} // namespace

VersionHistoryDialog::VersionHistoryDialog(ModelEditorPage *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_model(new VersionTableModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"versionHistory"_qs);
    setWindowTitle(tr("Scoring Model Versions"));
    setAcceptDrops(true);
    auto *intro = new QLabel(tr("Every saved version of the workspace's scoring models, newest first; the one in "
                                "bold scores the workspace. Drop a model .json file here to import it."),
                             this);
    intro->setWordWrap(true);
    m_message->setObjectName(u"historyMessage"_qs);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_table->setObjectName(u"versionTable"_qs);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Select one version to act on it, two to compare them (Ctrl+click)"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VersionHistoryDialog::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &VersionHistoryDialog::compareSelected);

    auto *column = new QVBoxLayout;
    buildButtons(column);
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(column);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);
    connect(editor, &ModelEditorPage::versionsChanged, this, &VersionHistoryDialog::reload);
    connect(editor->draft(), &ModelDraft::dirtyChanged, this, &VersionHistoryDialog::updateActions);
    if (!restoreGeometry(RuleEditorSettings::historyGeometry().get()))
        resize(940, 420);
}

QPushButton *VersionHistoryDialog::addButton(QVBoxLayout *column, const QString &text, const QString &tip,
                                             void (VersionHistoryDialog::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, slot);
    column->addWidget(button);
    return button;
}

void VersionHistoryDialog::buildButtons(QVBoxLayout *column)
{
    m_activate =
        addButton(column, tr("&Activate"), tr("Rescore the workspace with this version, then make it the active model"),
                  &VersionHistoryDialog::activateSelected);
    m_revert = addButton(column, tr("&Revert to This Version…"),
                         tr("Save a copy of this version as the next version of its name (with the reason), "
                            "rescore with it and make it active; nothing is deleted"),
                         &VersionHistoryDialog::revertToSelected);
    m_duplicate = addButton(column, tr("&Duplicate…"),
                            tr("Save a copy of this version under a name you choose; it is not activated"),
                            &VersionHistoryDialog::duplicateSelected);
    m_load = addButton(column, tr("&Load into Draft"),
                       tr("Make the editor's draft a copy of this version, as one undo step; nothing is saved"),
                       &VersionHistoryDialog::loadSelectedIntoDraft);
    m_compare = addButton(column, tr("&Compare…"),
                          tr("What differs: the two selected versions, or the selected one against the active "
                             "model (double-click does the same)"),
                          &VersionHistoryDialog::compareSelected);
    column->addSpacing(12);
    m_export = addButton(column, tr("&Export JSON…"), tr("Write this version as a model file"),
                         &VersionHistoryDialog::exportSelected);
    m_import = addButton(column, tr("&Import JSON…"),
                         tr("Save a model file as a new version (not active); you can also drop the file here"),
                         &VersionHistoryDialog::importWithDialog);
    m_activate->setObjectName(u"activateVersion"_qs);
    m_revert->setObjectName(u"revertToVersion"_qs);
    m_duplicate->setObjectName(u"duplicateVersion"_qs);
    m_load->setObjectName(u"loadVersion"_qs);
    m_compare->setObjectName(u"compareVersions"_qs);
    m_export->setObjectName(u"exportVersion"_qs);
    m_import->setObjectName(u"importVersion"_qs);
    column->addStretch();
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    column->addWidget(close);
}

void VersionHistoryDialog::reload()
{
    const std::shared_ptr<Workspace> &workspace = m_editor->workspace();
    if (!workspace || m_editor->isSaving()) {
        updateActions(); // the job owns the connection until it finishes; versionsChanged follows
        return;
    }
    std::vector<std::int64_t> selected;
    for (const ModelVersion &version : selectedVersions())
        selected.push_back(version.id);
    auto versions = ModelStore(workspace->database()).list();
    if (!versions) {
        showError(versions.error());
        return;
    }
    m_model->setVersions(std::move(*versions));
    m_table->resizeColumnsToContents();
    selectVersions(selected);
    updateActions();
}

void VersionHistoryDialog::selectVersions(const std::vector<std::int64_t> &ids)
{
    QItemSelection selection;
    for (std::int64_t id : ids)
        if (const int row = m_model->rowOf(id); row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, VersionTableModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().front());
}

std::vector<ModelVersion> VersionHistoryDialog::selectedVersions() const
{
    std::vector<ModelVersion> versions;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        versions.push_back(m_model->versionAt(index.row()));
    // Oldest first, so that a comparison reads from the earlier version to the later.
    std::sort(versions.begin(), versions.end(),
              [](const ModelVersion &a, const ModelVersion &b) { return a.id < b.id; });
    return versions;
}

bool VersionHistoryDialog::canWrite() const
{
    const std::shared_ptr<Workspace> &workspace = m_editor->workspace();
    return workspace && WorkspaceChange::isPossible(*workspace) && !m_editor->isSaving();
}

void VersionHistoryDialog::updateActions()
{
    const std::vector<ModelVersion> selected = selectedVersions();
    const bool one = selected.size() == 1, idle = m_editor->workspace() && !m_editor->isSaving();
    const bool oneInactive = one && !selected.front().active;
    // Activating and reverting make a version active: an owner's to do in a team workspace.
    const bool canActivate = canWrite() && m_editor->workspace()->mayActivate();
    m_activate->setEnabled(canActivate && oneInactive);
    m_revert->setEnabled(canActivate && oneInactive);
    m_duplicate->setEnabled(canWrite() && one);
    // Loading the active version into a clean draft would change nothing.
    m_load->setEnabled(idle && one && (oneInactive || m_editor->draft()->isDirty()));
    m_compare->setEnabled(idle && (selected.size() == 2 || oneInactive));
    m_export->setEnabled(idle && one);
    m_import->setEnabled(canWrite());
}

void VersionHistoryDialog::activateSelected()
{
    if (!m_activate->isEnabled())
        return;
    if (m_editor->activateVersion(selectedVersions().front().id))
        updateActions();
}

void VersionHistoryDialog::revertToSelected()
{
    if (!m_revert->isEnabled())
        return;
    const ModelVersion version = selectedVersions().front();
    ModelSaveDialog dialog(tr("Revert to %1 v%2").arg(version.name).arg(version.version),
                           tr("A copy of v%1 is saved as the next version of %2, the workspace is rescored with it, "
                              "and it becomes the active model. Nothing is deleted. Why go back?")
                               .arg(version.version)
                               .arg(version.name),
                           version.name, this);
    dialog.setNameEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The history says where the copy came from, whatever the reason typed.
    QString comment = tr("Back to v%1 (id %2)").arg(version.version).arg(version.id);
    if (!dialog.comment().isEmpty())
        comment += u": "_qs + dialog.comment();
    if (m_editor->revertToVersion(version.id, comment))
        updateActions();
}

void VersionHistoryDialog::duplicateSelected()
{
    if (!m_duplicate->isEnabled())
        return;
    const ModelVersion version = selectedVersions().front();
    ModelSaveDialog dialog(tr("Duplicate %1 v%2").arg(version.name).arg(version.version),
                           tr("A copy is saved under the name below; it is not activated."), copyName(version.name),
                           this);
    dialog.setComment(tr("Copy of %1 v%2").arg(version.name).arg(version.version));
    dialog.setSavedVersions(m_model->versions());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto change = WorkspaceChange::begin(m_editor->workspace());
    auto copy = change
                    ? ModelStore(change->workspace().database()).duplicate(version.id, dialog.name(), dialog.comment())
                    : Result<ModelVersion>(change.error());
    if (!copy) {
        showError(copy.error());
        return;
    }
    reload();
    selectVersions({copy->id});
    showNotice(tr("Saved %1 v%2, a copy of %3 v%4 (not active).")
                   .arg(copy->name)
                   .arg(copy->version)
                   .arg(version.name)
                   .arg(version.version));
}

void VersionHistoryDialog::loadSelectedIntoDraft()
{
    if (m_load->isEnabled() && m_editor->loadIntoDraft(selectedVersions().front().id))
        showNotice(tr("The draft is a copy of the version now; edit it in the Scoring Model page and save it as a "
                      "new version."));
}

void VersionHistoryDialog::compareSelected()
{
    if (!m_compare->isEnabled())
        return;
    std::vector<ModelVersion> pair = selectedVersions();
    if (pair.size() == 1) {
        const auto &all = m_model->versions();
        const auto active = std::find_if(all.begin(), all.end(), [](const ModelVersion &v) { return v.active; });
        if (active == all.end()) {
            showError(Error{tr("no version is active"), m_editor->workspace()->path(), 0, 0,
                            tr("Select two versions to compare them.")});
            return;
        }
        pair.insert(pair.begin(), *active); // the selected one beside the active one
        // Read from the older to the newer, whichever of the two is active.
        std::sort(pair.begin(), pair.end(), [](const ModelVersion &a, const ModelVersion &b) { return a.id < b.id; });
    }
    ModelStore store(m_editor->workspace()->database());
    auto before = store.load(pair[0].id);
    auto after = before ? store.load(pair[1].id) : before;
    if (!before || !after) {
        showError(!before ? before.error() : after.error());
        return;
    }
    if (!m_diff)
        m_diff = new VersionDiffDialog(this);
    m_diff->showDiff(ModelDiff::between(*before, *after), describe(pair[0]), describe(pair[1]));
    m_diff->show();
    m_diff->raise();
}

void VersionHistoryDialog::exportSelected()
{
    if (!m_export->isEnabled())
        return;
    const ModelVersion version = selectedVersions().front();
    const QString suggested =
        QDir(ModelFiles::startFolder()).filePath(u"%1-v%2.json"_qs.arg(version.name).arg(version.version));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 v%2").arg(version.name).arg(version.version),
                                                      suggested, tr("Scoring models (*.json)"));
    if (!path.isEmpty())
        exportVersion(version.id, path);
}

bool VersionHistoryDialog::exportVersion(std::int64_t id, const QString &path)
{
    auto version = ModelFiles::exportVersion(m_editor->workspace()->database(), id, path);
    if (!version) {
        showError(version.error());
        return false;
    }
    showNotice(
        tr("Exported %1 v%2 to %3.").arg(version->name).arg(version->version).arg(QDir::toNativeSeparators(path)));
    return true;
}

void VersionHistoryDialog::importWithDialog()
{
    if (!m_import->isEnabled())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Scoring Model"), ModelFiles::startFolder(),
                                                      tr("Scoring models (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

bool VersionHistoryDialog::importFile(const QString &path)
{
    if (!canWrite())
        return false;
    ModelFiles::rememberFolder(path);
    auto model = ModelJson::readFile(path);
    if (!model) {
        Error error = model.error();
        error.hint = tr("Nothing was stored: fix the model file and import it again.");
        showError(error);
        return false;
    }
    ModelSaveDialog dialog(tr("Import %1").arg(QFileInfo(path).fileName()),
                           tr("The model is saved as a new version; it is not activated until you choose Activate."),
                           model->name, this);
    dialog.setComment(tr("Imported from %1").arg(QFileInfo(path).fileName()));
    dialog.setSavedVersions(m_model->versions());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    model->name = dialog.name();
    auto change = WorkspaceChange::begin(m_editor->workspace());
    auto saved = change ? ModelStore(change->workspace().database()).save(*model, dialog.comment())
                        : Result<ModelVersion>(change.error());
    if (!saved) {
        showError(saved.error());
        return false;
    }
    reload();
    selectVersions({saved->id});
    showNotice(
        tr("Imported %1 as %2 v%3 (not active).").arg(QFileInfo(path).fileName(), saved->name).arg(saved->version));
    return true;
}

void VersionHistoryDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (canWrite() && !ModelFiles::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void VersionHistoryDialog::dropEvent(QDropEvent *event)
{
    const QString path = ModelFiles::droppedFile(event->mimeData());
    if (path.isEmpty() || !canWrite())
        return;
    event->acceptProposedAction();
    importFile(path);
}

void VersionHistoryDialog::showError(const Error &error)
{
    m_message->setStyleSheet(u"background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; padding: 4px 8px"_qs);
    m_message->setText(forWindow(error).toString());
    m_message->show();
}

void VersionHistoryDialog::showNotice(const QString &text)
{
    m_message->setStyleSheet(u"background: #dcfce7; color: #14532d; border: 1px solid #22c55e; padding: 4px 8px"_qs);
    m_message->setText(text);
    m_message->show();
}

QString VersionHistoryDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void VersionHistoryDialog::done(int result)
{
    RuleEditorSettings::historyGeometry().set(saveGeometry());
    QDialog::done(result);
}

} // namespace LeadStage
