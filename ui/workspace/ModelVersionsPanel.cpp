#include "ModelVersionsPanel.h"

#include "common/TableActions.h"
#include "ruleeditor/VersionTableModel.h"
#include "scoring/ModelStore.h"
#include "store/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

ModelVersionsPanel::ModelVersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new VersionTableModel(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
{
    auto *title = new QLabel(tr("Scoring model versions"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_view->setObjectName(u"modelVersions"_qs);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(VersionTableModel::CommentColumn, QHeaderView::Stretch);
    TableActions::add(m_view, u"model-versions.csv"_qs);
    m_note->setObjectName(u"modelVersionsNote"_qs);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
}

void ModelVersionsPanel::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    reload();
}

void ModelVersionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ModelVersionsPanel::reload()
{
    if (m_busy && m_busy())
        return;
    std::vector<ModelVersion> versions;
    m_note->hide();
    if (m_workspace) {
        // A few dozen rows of `models`: read here, at once.
        auto list = ModelStore(m_workspace->database()).list();
        if (!list) {
            m_note->setText(tr("The model versions could not be read: %1").arg(list.error().toString()));
            m_note->show();
        } else if (list->empty()) {
            m_note->setText(tr("No scoring model has been saved in this workspace yet."));
            m_note->show();
        } else {
            versions = std::move(*list);
        }
    }
    m_model->setVersions(std::move(versions));
}

} // namespace LeadStage
