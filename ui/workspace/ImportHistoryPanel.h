#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace LeadStage {

class ImportHistoryModel;
class ImportUndoJob;
class RejectedRowsDialog;
class TaskProgressDialog;
class Workspace;
struct WorkspaceSummary;

// The Workspace page's import history: every import (one file of an import run) with
// its checksum and counts, its rejected rows on demand, and "Undo Import…" for the chosen one: its dry run in a
// confirmation, then the undo and rescore off the GUI thread with progress (ImportUndo). A refusal says why.
class ImportHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportHistoryPanel(QWidget *parent = nullptr);
    ~ImportHistoryPanel() override;

    // nullptr: no workspace open. The history is read again now.
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    // Reads the history again (after an import, an undo).
    void reload();
    // Undoes the chosen import, after its dry run and the user's yes.
    void undoSelected();
    // Lists the chosen import's rejected rows in a dialog (returned, already open).
    RejectedRowsDialog *showRejectedRows();

    QTableView *view() const { return m_view; }
    ImportUndoJob *job() const { return m_job; }

Q_SIGNALS:
    // The workspace's data changed: the pages read it again.
    void importUndone(const LeadStage::WorkspaceSummary &summary);

private:
    void updateActions();
    void confirm(std::int64_t importId, const QString &question, const QString &figures);
    void startUndo(std::int64_t importId);

    std::shared_ptr<Workspace> m_workspace;
    ImportHistoryModel *m_model;
    QTableView *m_view;
    QPushButton *m_undoButton;
    QAction *m_undoAction;
    QPushButton *m_rejectedButton;
    QAction *m_rejectedAction;
    QLabel *m_result;
    ImportUndoJob *m_job;
    QPointer<TaskProgressDialog> m_progress;
};

} // namespace LeadStage
