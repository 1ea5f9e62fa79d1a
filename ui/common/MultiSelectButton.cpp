#include "MultiSelectButton.h"

#include <QListWidget>
#include <QMenu>
#include <QSignalBlocker>
#include <QWidgetAction>

namespace LeadStage {

MultiSelectButton::MultiSelectButton(const QString &name, QWidget *parent)
    : QToolButton(parent)
    , m_name(name)
{
    // A list inside the menu, not checkable actions: a menu closes on every click,
    // and ticking five campaigns should not take five trips.
    auto *menu = new QMenu(this);
    m_list = new QListWidget(menu);
    m_list->setMinimumWidth(220);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_list);
    menu->addAction(action);
    setMenu(menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateText();
        Q_EMIT selectionChanged();
    });
    updateText();
}

void MultiSelectButton::setItems(const QStringList &items)
{
    const QStringList kept = checked();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString &text : items) {
            auto *item = new QListWidgetItem(text, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(kept.contains(text) ? Qt::Checked : Qt::Unchecked);
        }
        m_list->setFixedHeight(std::min(320, 6 + int(items.size()) * m_list->sizeHintForRow(0)));
    }
    updateText();
}

QStringList MultiSelectButton::checked() const
{
    QStringList items;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            items << m_list->item(row)->text();
    return items;
}

void MultiSelectButton::setChecked(const QStringList &items)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setCheckState(items.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateText();
}

void MultiSelectButton::updateText()
{
    const QStringList selected = checked();
    if (selected.isEmpty())
        setText(tr("%1: all").arg(m_name));
    else if (selected.size() == 1)
        setText(tr("%1: %2").arg(m_name, selected.first()));
    else
        setText(tr("%1: %2 of %3").arg(m_name).arg(selected.size()).arg(m_list->count()));
    setToolTip(selected.isEmpty() ? tr("All %1 values").arg(m_name.toLower()) : selected.join(u'\n'));
}

} // namespace LeadStage
