#include "ChoiceDelegate.h"

#include "CompactComboBox.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionComboBox>

#include <algorithm>

namespace LeadStage {

namespace {
// Set on an editor once a choice is picked in it: only then does it write the cell.
constexpr const char *pickedProperty = "leadstagePicked";

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}
} // namespace

ChoiceDelegate::ChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ChoiceDelegate::setChoices(QList<Choice> choices)
{
    m_choices = std::move(choices);
    qsizetype longest = 0;
    for (const Choice &choice : m_choices)
        longest = std::max(longest, choice.label.size());
    m_characters = CompactComboBox::charactersFor(longest);
}

QString ChoiceDelegate::labelOf(const QVariant &value) const
{
    for (const Choice &choice : m_choices)
        if (choice.value == value)
            return choice.label;
    return {};
}

void ChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyle *style = styleOf(option);
    // The cell's own background first: the row's selection shows around the box.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, option.widget);

    QStyleOptionComboBox box;
    box.direction = option.direction;
    box.fontMetrics = option.fontMetrics;
    box.palette = option.palette;
    box.rect = option.rect.adjusted(1, 1, -1, -1);
    box.state = (option.state & (QStyle::State_Enabled | QStyle::State_MouseOver | QStyle::State_HasFocus))
                | QStyle::State_Active;
    box.subControls = QStyle::SC_All;
    box.frame = true;
    box.editable = false;
    box.currentText = index.data(Qt::DisplayRole).toString();
    style->drawComplexControl(QStyle::CC_ComboBox, &box, painter, option.widget);
    style->drawControl(QStyle::CE_ComboBoxLabel, &box, painter, option.widget);
}

QSize ChoiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QStyleOptionComboBox box;
    box.fontMetrics = option.fontMetrics;
    box.frame = true;
    const QSize text(option.fontMetrics.horizontalAdvance(QLatin1Char('x')) * m_characters,
                     option.fontMetrics.height());
    return styleOf(option)->sizeFromContents(QStyle::CT_ComboBox, &box, text, option.widget) + QSize(2, 2);
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new CompactComboBox(parent);
    editor->setObjectName(u"choiceEditor"_qs);
    for (const Choice &choice : m_choices)
        editor->addItem(choice.label, choice.value);
    editor->fitToLongestChoice();
    editor->setToolTip(index.data(Qt::ToolTipRole).toString());
    // A choice is made when it is picked: no Enter needed, as with any drop-down. Leaving
    // the box without picking (a click elsewhere, Escape) changes nothing, as with a combo.
    connect(editor, &QComboBox::activated, this, [this, editor] {
        editor->setProperty(pickedProperty, true);
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::NoHint);
    });
    return editor;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(ValueRole))));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (!editor->property(pickedProperty).toBool())
        return;
    const QVariant value = static_cast<QComboBox *>(editor)->currentData();
    if (value != index.data(ValueRole))
        model->setData(index, value, ValueRole);
}

void ChoiceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace LeadStage
