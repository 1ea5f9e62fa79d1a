#include "DraftTablePanel.h"

#include "DraftTableModel.h"
#include "common/ColumnFit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace LeadStage {

DraftTablePanel::DraftTablePanel(const QString &name, DraftTableModel *model, QAbstractItemDelegate *delegate,
                                 Actions actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_actions(std::move(actions))
    , m_remove(new QToolButton(this))
{
    m_view->setModel(model);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);

    auto *add = new QToolButton(this);
    add->setText(tr("Add %1").arg(name));
    add->setToolTip(tr("Add a %1 below the selected one").arg(name));
    m_remove->setText(tr("Delete"));
    m_remove->setToolTip(tr("Delete the selected %1").arg(name));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    connect(add, &QToolButton::clicked, this, [this] {
        const int at = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
        run(m_actions.add(at), at);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            run(m_actions.remove(row), std::min(row, m_model->rowCount() - 2));
    });
    if (m_actions.move) {
        m_up = new QToolButton(this);
        m_up->setText(tr("Move Up"));
        m_up->setToolTip(tr("Try this %1 earlier (the first that holds wins)").arg(name));
        m_down = new QToolButton(this);
        m_down->setText(tr("Move Down"));
        m_down->setToolTip(tr("Try this %1 later").arg(name));
        buttons->addWidget(m_up);
        buttons->addWidget(m_down);
        connect(m_up, &QToolButton::clicked, this, [this] {
            const int row = currentRow();
            if (row > 0)
                run(m_actions.move(row, row - 1), row - 1);
        });
        connect(m_down, &QToolButton::clicked, this, [this] {
            const int row = currentRow();
            if (row >= 0 && row + 1 < m_model->rowCount())
                run(m_actions.move(row, row + 1), row + 1);
        });
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    connect(model, &DraftTableModel::editRefused, this, &DraftTablePanel::refused);
    connect(model, &QAbstractItemModel::modelReset, this, &DraftTablePanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DraftTablePanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DraftTablePanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &DraftTablePanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DraftTablePanel::updateButtons);
    updateButtons();
}

void DraftTablePanel::stretchColumn(int column)
{
    // The other columns follow their contents: a count or an activity is never cut off.
    ColumnFit::keep(m_view, column);
}

int DraftTablePanel::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void DraftTablePanel::run(const Status &status, int select)
{
    if (!status) {
        Q_EMIT refused(status.error());
        return;
    }
    if (select >= 0 && select < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(select, 0));
    updateButtons();
}

void DraftTablePanel::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    if (m_up) {
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    }
}

} // namespace LeadStage
