#include "DraftItemDelegate.h"

#include "ActivityPicker.h"
#include "ConditionEditor.h"
#include "EditorRoles.h"
#include "ModelDraft.h"
#include "PaysEditor.h"
#include "RuleTreeModel.h"
#include "common/MultiSelectButton.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolTip>

namespace LeadStage {

namespace {

EditorKind kindOf(const QModelIndex &index)
{
    return EditorKind(index.data(EditorRole::Kind).toInt());
}

} // namespace

DraftItemDelegate::DraftItemDelegate(ModelDraft *draft, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_draft(draft)
{}

void DraftItemDelegate::commitNow(QWidget *editor) const
{
    // A closing editor is hidden first; what it reports while it goes is not an edit.
    if (!editor->isVisible())
        return;
    // Emitted from a const function: the signal is const, the delegate is not changed.
    Q_EMIT const_cast<DraftItemDelegate *>(this)->commitData(editor);
}

QWidget *DraftItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = makeEditor(parent, option, index);
    editor->setProperty("editSession", m_draft->beginEditSession());
    return editor;
}

QWidget *DraftItemDelegate::makeEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    switch (kindOf(index)) {
    case EditorKind::Number: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(u"numberEditor"_qs);
        spin->setRange(index.data(EditorRole::Minimum).toInt(), index.data(EditorRole::Maximum).toInt());
        spin->setSpecialValueText(index.data(EditorRole::SpecialValue).toString());
        spin->setAlignment(Qt::AlignRight);
        spin->setKeyboardTracking(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] { commitNow(spin); });
        return spin;
    }
    case EditorKind::Activity: {
        auto *picker = new ActivityPicker(parent);
        picker->setActivities(m_activities);
        connect(picker, &QComboBox::activated, this, [this, picker] { commitNow(picker); });
        return picker;
    }
    case EditorKind::Condition: {
        auto *editor = new ConditionEditor(parent);
        editor->setAttributeNames(m_attributeNames);
        connect(editor, &ConditionEditor::editingFinished, this, [this, editor] {
            commitNow(editor);
            Q_EMIT const_cast<DraftItemDelegate *>(this)->closeEditor(editor);
        });
        return editor;
    }
    case EditorKind::Track: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"trackEditor"_qs);
        for (Track track : {Track::Info, Track::Intent, Track::Product})
            combo->addItem(trackTitle(track), int(track));
        connect(combo, &QComboBox::activated, this, [this, combo] { commitNow(combo); });
        return combo;
    }
    case EditorKind::Pays: {
        auto *editor = new PaysEditor(parent);
        connect(editor, &PaysEditor::changed, this, [this, editor] { commitNow(editor); });
        return editor;
    }
    case EditorKind::Choices: {
        auto *button =
            new MultiSelectButton(index.model()->headerData(index.column(), Qt::Horizontal).toString(), parent);
        button->setItems(index.data(EditorRole::Choices).toStringList());
        connect(button, &MultiSelectButton::selectionChanged, this, [this, button] { commitNow(button); });
        return button;
    }
    case EditorKind::Text:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void DraftItemDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    // A box that reformats its text as it goes must not commit into a closed cell.
    disconnect(editor, nullptr, this, nullptr);
    m_draft->endEditSession(editor->property("editSession").toInt());
    QStyledItemDelegate::destroyEditor(editor, index);
}

void DraftItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (kindOf(index)) {
    case EditorKind::Number:
        // Not while typing: a box that already shows the value keeps its cursor.
        if (auto *spin = static_cast<QSpinBox *>(editor); spin->value() != value.toInt())
            spin->setValue(value.toInt());
        return;
    case EditorKind::Activity:
        static_cast<ActivityPicker *>(editor)->setActivity(value.toString());
        return;
    case EditorKind::Condition:
        // Filled once: a change elsewhere in the row must not wipe a condition being built.
        if (!editor->property("filled").toBool()) {
            static_cast<ConditionEditor *>(editor)->setCondition(value.value<FieldCondition>());
            editor->setProperty("filled", true);
        }
        return;
    case EditorKind::Track: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(value.toInt()));
        return;
    }
    case EditorKind::Pays: {
        const QVariantList pays = value.toList();
        static_cast<PaysEditor *>(editor)->setPays(PayMode(pays.value(0).toInt()), pays.value(1).toInt());
        return;
    }
    case EditorKind::Choices:
        static_cast<MultiSelectButton *>(editor)->setChecked(value.toStringList());
        return;
    case EditorKind::Text:
        break;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void DraftItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    switch (kindOf(index)) {
    case EditorKind::Number:
        static_cast<QSpinBox *>(editor)->interpretText();
        model->setData(index, static_cast<QSpinBox *>(editor)->value());
        return;
    case EditorKind::Activity:
        model->setData(index, static_cast<ActivityPicker *>(editor)->activity());
        return;
    case EditorKind::Condition: {
        const Result<FieldCondition> condition = static_cast<ConditionEditor *>(editor)->condition();
        if (condition)
            model->setData(index, QVariant::fromValue(*condition));
        else
            Q_EMIT refused(condition.error());
        return;
    }
    case EditorKind::Track:
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
        return;
    case EditorKind::Pays: {
        const auto *pays = static_cast<PaysEditor *>(editor);
        model->setData(index, QVariantList{int(pays->mode()), pays->count()});
        return;
    }
    case EditorKind::Choices:
        model->setData(index, static_cast<MultiSelectButton *>(editor)->checked());
        return;
    case EditorKind::Text:
        break;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void DraftItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QRect rect = option.rect;
    // The condition builder and the pay chooser need more room than their cell.
    if (kindOf(index) == EditorKind::Condition)
        rect.setWidth(std::max(rect.width(), 440));
    else if (kindOf(index) == EditorKind::Pays)
        rect.setWidth(std::max(rect.width(), 170));
    editor->setGeometry(rect);
}

QSize DraftItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), 26));
    return size;
}

bool DraftItemDelegate::isElided(const QAbstractItemView *view, const QModelIndex &index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    // The style's margins on both sides of the text, as QStyledItemDelegate draws it.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin > view->visualRect(index).width();
}

bool DraftItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event && view && event->type() == QEvent::ToolTip && index.data(Qt::ToolTipRole).toString().isEmpty()
        && isElided(view, index)) {
        QToolTip::showText(event->globalPos(), index.data(Qt::DisplayRole).toString(), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace LeadStage
