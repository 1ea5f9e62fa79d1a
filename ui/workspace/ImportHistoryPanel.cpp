#include "ImportHistoryPanel.h"

#include "ImportHistoryModel.h"
#include "ImportUndoJob.h"
#include "RejectedRowsDialog.h"
#include "WorkspaceChange.h"
#include "common/DisplayFormat.h"
#include "common/TableActions.h"
#include "common/TaskProgressDialog.h"
#include "shell/WindowWording.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

ImportHistoryPanel::ImportHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImportHistoryModel(this))
    , m_view(new QTableView(this))
    , m_undoButton(new QPushButton(tr("&Undo Import…"), this))
    , m_undoAction(new QAction(tr("Undo Import…"), this))
    , m_rejectedButton(new QPushButton(tr("Rejected Rows…"), this))
    , m_rejectedAction(new QAction(tr("Rejected Rows…"), this))
    , m_result(new QLabel(this))
    , m_job(new ImportUndoJob(this))
{
    auto *title = new QLabel(tr("Import history"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_view->setObjectName(u"importHistory"_qs);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_undoAction->setObjectName(u"undoImport"_qs);
    m_undoAction->setToolTip(tr("Remove what the chosen import added and give back what it replaced"));
    m_undoButton->setObjectName(u"undoImportButton"_qs);
    m_undoButton->setToolTip(m_undoAction->toolTip());
    m_rejectedAction->setObjectName(u"showRejectedRows"_qs);
    m_rejectedAction->setToolTip(tr("List the rows the chosen import rejected, with the reason for each"));
    m_rejectedButton->setObjectName(u"showRejectedRowsButton"_qs);
    m_rejectedButton->setToolTip(m_rejectedAction->toolTip());
    // The context menu: Undo first, the rejected rows, then the copy and export every table has.
    m_view->addAction(m_undoAction);
    m_view->addAction(m_rejectedAction);
    TableActions::add(m_view, u"imports.csv"_qs);
    m_result->setObjectName(u"undoImportResult"_qs);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(title);
    buttons->addStretch(1);
    buttons->addWidget(m_rejectedButton);
    buttons->addWidget(m_undoButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_result);

    connect(m_undoButton, &QPushButton::clicked, this, &ImportHistoryPanel::undoSelected);
    connect(m_undoAction, &QAction::triggered, this, &ImportHistoryPanel::undoSelected);
    connect(m_rejectedButton, &QPushButton::clicked, this, &ImportHistoryPanel::showRejectedRows);
    connect(m_rejectedAction, &QAction::triggered, this, &ImportHistoryPanel::showRejectedRows);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const ImportRecord *record = m_model->record(index.row());
        if (record && record->rowsRejected > 0)
            showRejectedRows();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportHistoryPanel::updateActions);
    connect(m_job, &ImportUndoJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setProgress(done, total);
    });
    connect(m_job, &ImportUndoJob::planned, this, [this](const ImportUndoJob::Planned &planned) {
        QApplication::restoreOverrideCursor();
        const std::int64_t id = planned.plan.importId;
        if (planned.refusal) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Undo Import"), tr("This import cannot be undone."),
                                        QMessageBox::Ok, this);
            box->setObjectName(u"undoImportRefused"_qs);
            box->setInformativeText(planned.refusal->what + u".\n\n"_qs + planned.refusal->hint);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            updateActions();
            return;
        }
        const ImportUndoPlan &plan = planned.plan;
        const auto n = [](std::int64_t value) { return DisplayFormat::count(value); };
        const QString question =
            tr("Undo import %1 (%2, “%3”)?").arg(id).arg(plan.kind, QFileInfo(plan.file).fileName());
        QString figures =
            tr("It removes what the import added:\n"
               "  • %1 leads it created\n  • %2 events\n  • %3 outcomes it created\n"
               "and gives back what it replaced:\n"
               "  • %4 fields of %5 leads it updated\n  • the outcomes of %6 leads\n\n"
               "Then %7 leads are rescored. The import stays in the history, marked as undone; it cannot be "
               "undone twice.")
                .arg(n(plan.leadsRemoved), n(plan.eventsRemoved), n(plan.outcomesRemoved), n(plan.fieldsRestored),
                     n(plan.leadsRestored), n(plan.outcomesRestored), n(qint64(plan.leadsToRescore.size())));
        // Said only when there are some: most imports carry no CRM stages nor new types.
        if (plan.recordedStagesRemoved + plan.recordedStagesRestored + plan.activityTypesRemoved > 0)
            figures +=
                u"\n\n"_qs
                + tr("It also removes %1 stages the CRM recorded and %2 activity types the import created, "
                     "and gives %3 recorded stages their previous date back.")
                      .arg(n(plan.recordedStagesRemoved), n(plan.activityTypesRemoved), n(plan.recordedStagesRestored));
        confirm(id, question, figures);
    });
    connect(m_job, &ImportUndoJob::finished, this, [this](const ImportUndoJob::Outcome &outcome) {
        if (m_progress)
            m_progress->deleteLater();
        m_progress = nullptr;
        if (outcome.undone) {
            const ImportUndoPlan &plan = outcome.report.plan;
            const auto n = [](std::int64_t value) { return DisplayFormat::count(value); };
            QString text =
                tr("Import %1 undone: %2 leads, %3 events and %4 outcomes removed; %5 fields of %6 leads "
                   "and the outcomes of %7 leads restored.")
                    .arg(n(plan.importId), n(plan.leadsRemoved), n(plan.eventsRemoved), n(plan.outcomesRemoved),
                         n(plan.fieldsRestored), n(plan.leadsRestored), n(plan.outcomesRestored));
            if (plan.recordedStagesRemoved + plan.recordedStagesRestored + plan.activityTypesRemoved > 0)
                text += u' '
                        + tr("%1 recorded stages and %2 activity types removed; %3 recorded stages restored.")
                              .arg(n(plan.recordedStagesRemoved), n(plan.activityTypesRemoved),
                                   n(plan.recordedStagesRestored));
            if (!outcome.report.rescoreError.isEmpty())
                text += u' '
                        + tr("Rescoring failed (%1); the scores stay marked out of date until a rescore finishes.")
                              .arg(outcome.report.rescoreError);
            m_result->setText(text);
            reload();
            Q_EMIT importUndone(outcome.summary);
        }
        if (outcome.error) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Undo Import"),
                                        outcome.undone ? tr("The import was undone, but the workspace could not be "
                                                            "read again.")
                                                       : tr("The import was not undone; nothing was changed."),
                                        QMessageBox::Ok, this);
            box->setObjectName(u"undoImportFailed"_qs);
            box->setInformativeText(forWindow(*outcome.error).toString()); // the window shows no command line
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        updateActions();
    });
    updateActions();
}

ImportHistoryPanel::~ImportHistoryPanel()
{
    m_job->waitForFinished();
}

void ImportHistoryPanel::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_job->waitForFinished();
    m_workspace = std::move(workspace);
    m_result->clear();
    reload();
}

void ImportHistoryPanel::reload()
{
    // The job has the connection while it runs; it reloads when it ends.
    if (m_job->isRunning())
        return;
    std::vector<ImportRecord> records;
    if (m_workspace) {
        // A few hundred rows of `imports`: read here, at once.
        auto history = readImportHistory(m_workspace->database());
        if (history)
            records = std::move(*history);
        else
            m_result->setText(tr("The import history could not be read: %1").arg(history.error().toString()));
    }
    m_model->setRecords(std::move(records));
    updateActions();
}

RejectedRowsDialog *ImportHistoryPanel::showRejectedRows()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ImportRecord *record = rows.isEmpty() ? nullptr : m_model->record(rows.first().row());
    // While an undo runs its job has the connection.
    if (!record || !m_workspace || m_job->isRunning())
        return nullptr;
    auto *dialog = new RejectedRowsDialog(m_workspace->database(), *record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->open();
    return dialog;
}

void ImportHistoryPanel::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ImportRecord *record = rows.isEmpty() ? nullptr : m_model->record(rows.first().row());
    const bool canList = record && m_workspace && !m_job->isRunning() && record->rowsRejected > 0;
    m_rejectedAction->setEnabled(canList);
    m_rejectedButton->setEnabled(canList);
    m_rejectedButton->setToolTip(!record                     ? tr("Choose an import in the list first")
                                 : record->rowsRejected == 0 ? tr("This import rejected no rows")
                                                             : m_rejectedAction->toolTip());
    // A team workspace is read here and changed through a writer of the undo's own, if the
    // user's role may change it.
    const bool mayChange = m_workspace && WorkspaceChange::isPossible(*m_workspace);
    const bool can =
        record && mayChange && !m_job->isRunning() && ImportHistoryModel::whyNotUndoable(*record).isEmpty();
    m_undoAction->setEnabled(can);
    m_undoButton->setEnabled(can);
    if (!record)
        m_undoButton->setToolTip(tr("Choose an import in the list first"));
    else if (m_workspace && !mayChange && m_workspace->isOnServer())
        m_undoButton->setToolTip(tr("Your role only reads this team workspace: undoing an import takes its analyst "
                                    "role. Ask an owner of the workspace to make you an analyst"));
    else if (m_workspace && !mayChange)
        m_undoButton->setToolTip(tr("This workspace is open read-only: open it for writing to undo an import"));
    else if (const QString why = ImportHistoryModel::whyNotUndoable(*record); !why.isEmpty())
        m_undoButton->setToolTip(why);
    else
        m_undoButton->setToolTip(m_undoAction->toolTip());
}

void ImportHistoryPanel::undoSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ImportRecord *record = rows.isEmpty() ? nullptr : m_model->record(rows.first().row());
    if (!record || !m_workspace || m_job->isRunning())
        return;
    // The dry run scans the events: off the GUI thread, with a busy cursor meanwhile.
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_job->startPlan(m_workspace, record->id);
    updateActions();
}

void ImportHistoryPanel::confirm(std::int64_t importId, const QString &question, const QString &figures)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo Import"), question, QMessageBox::NoButton, this);
    box->setObjectName(u"undoImportQuestion"_qs);
    box->setInformativeText(figures);
    QPushButton *undo = box->addButton(tr("Undo Import"), QMessageBox::DestructiveRole);
    undo->setObjectName(u"confirmUndoImport"_qs);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, undo, importId](QAbstractButton *button) {
        if (button == undo)
            startUndo(importId);
    });
    box->open();
}

void ImportHistoryPanel::startUndo(std::int64_t importId)
{
    if (!m_workspace || m_job->isRunning())
        return;
    m_progress = new TaskProgressDialog(tr("Undoing import %1").arg(importId), tr("steps"), this);
    m_progress->setObjectName(u"undoImportProgress"_qs);
    m_progress->setExplanation(tr("Cancel stops it before anything changes; the rescore after it runs to the end."));
    connect(m_progress, &QProgressDialog::canceled, m_job, &ImportUndoJob::cancel);
    m_progress->setProgress(0, 0);
    m_job->startUndo(m_workspace, importId);
    updateActions();
}

} // namespace LeadStage
