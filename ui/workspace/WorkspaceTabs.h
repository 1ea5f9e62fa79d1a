#pragma once

#include <QTabWidget>

namespace LeadStage {

class DashboardView;
class LeadExplorer;
class ModelEditorPage;
class WorkspaceOverview;
struct WorkspaceSummary;

// The open workspace's pages: the IQL dashboard, the lead explorer, the overview of
// what the file holds and the scoring-model editor. A drill-down on the dashboard
// opens its leads in the explorer; a saved model refreshes the other pages.
class WorkspaceTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit WorkspaceTabs(QWidget *parent = nullptr);

    void showWorkspace(const QString &name, const QString &path, const WorkspaceSummary &summary);
    // Reads the workspace again after an import or a rescoring changed it.
    void refresh(const WorkspaceSummary &summary);
    // Lets go of the workspace's file: every page closes its own connection.
    void clear();

    DashboardView *dashboard() const { return m_dashboard; }
    LeadExplorer *explorer() const { return m_explorer; }
    WorkspaceOverview *overview() const { return m_overview; }
    ModelEditorPage *modelEditor() const { return m_modelEditor; }

Q_SIGNALS:
    // An import was undone on the Workspace page: the pages have read the data again.
    void importUndone(const LeadStage::WorkspaceSummary &summary);

private:
    DashboardView *m_dashboard;
    LeadExplorer *m_explorer;
    WorkspaceOverview *m_overview;
    ModelEditorPage *m_modelEditor;
    QString m_name, m_path;
};

} // namespace LeadStage
