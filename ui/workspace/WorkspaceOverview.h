#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace LeadStage {

class ImportHistoryPanel;
class ModelVersionsPanel;
class Workspace;
struct WorkspaceSummary;

// What the open workspace holds: rows per table, the span of its events, the saved
// scoring-model versions, and the history of its imports (where an import is undone
// and its rejected rows are seen).
class WorkspaceOverview : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceOverview(QWidget *parent = nullptr);
    void show(const QString &name, const QString &path, const WorkspaceSummary &summary);
    // The open workspace for the import history and its undo; nullptr when closed.
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    ImportHistoryPanel *importHistory() const { return m_history; }
    ModelVersionsPanel *modelVersions() const { return m_versions; }

Q_SIGNALS:
    void importUndone(const LeadStage::WorkspaceSummary &summary);

private:
    QLabel *m_title;
    QLabel *m_path;
    QLabel *m_span;
    QTableWidget *m_table;
    ImportHistoryPanel *m_history;
    ModelVersionsPanel *m_versions;
};

} // namespace LeadStage
