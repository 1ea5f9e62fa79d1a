#include "WorkspaceTabs.h"

#include "WorkspaceOverview.h"
#include "dashboard/DashboardView.h"
#include "explorer/LeadExplorer.h"
#include "ruleeditor/ModelEditorPage.h"

namespace LeadStage {

WorkspaceTabs::WorkspaceTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_dashboard(new DashboardView(this))
    , m_explorer(new LeadExplorer(this))
    , m_overview(new WorkspaceOverview(this))
    , m_modelEditor(new ModelEditorPage(this))
{
    setObjectName(u"workspaceTabs"_qs);
    setDocumentMode(true);
    addTab(m_dashboard, tr("&Dashboard"));
    addTab(m_explorer, tr("&Leads"));
    addTab(m_overview, tr("&Workspace"));
    setTabToolTip(0, tr("The IQL dashboard: the four IQL metrics, charts and source quality (Ctrl+1)"));
    setTabToolTip(1, tr("Every lead, or the leads behind a dashboard number (Ctrl+2)"));
    addTab(m_modelEditor, tr("Scoring &Model"));
    setTabToolTip(2, tr("What the workspace file holds (Ctrl+3)"));
    setTabToolTip(3, tr("Edit the scoring rules, thresholds, decay, fit and nurture; save as a new version (Ctrl+4)"));

    const auto openLeads = [this](const QString &title, const std::vector<std::int64_t> &ids) {
        m_explorer->showLeads(title, ids);
        setCurrentWidget(m_explorer);
    };
    connect(m_dashboard, &DashboardView::leadsRequested, this, openLeads);
    connect(m_modelEditor, &ModelEditorPage::leadsRequested, this, openLeads);
    connect(m_modelEditor, &ModelEditorPage::modelSaved, this, &WorkspaceTabs::refresh);
    connect(m_overview, &WorkspaceOverview::importUndone, this, [this](const WorkspaceSummary &summary) {
        refresh(summary);
        Q_EMIT importUndone(summary);
    });
}

void WorkspaceTabs::showWorkspace(const QString &name, const QString &path, const WorkspaceSummary &summary)
{
    m_name = name;
    m_path = path;
    m_overview->show(name, path, summary);
    // The window shows the dashboard first (it may be reading this workspace already).
    if (m_dashboard->workspacePath() != path)
        m_dashboard->setWorkspacePath(path);
    m_explorer->setWorkspacePath(path);
}

void WorkspaceTabs::refresh(const WorkspaceSummary &summary)
{
    m_overview->show(m_name, m_path, summary);
    m_dashboard->reload();
    m_explorer->refresh();
    m_modelEditor->refresh();
}

void WorkspaceTabs::clear()
{
    m_path.clear();
    m_dashboard->setWorkspacePath(QString());
    m_explorer->setWorkspacePath(QString());
    m_modelEditor->clear();
    m_overview->setWorkspace(nullptr);
}

} // namespace LeadStage
