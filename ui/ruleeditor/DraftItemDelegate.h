#pragma once

#include "common/Error.h"
#include "tuning/ActivityEventCounts.h"

#include <QStyledItemDelegate>

#include <vector>

namespace LeadStage {

class ModelDraft;

// The in-place editors of the model editor's tables, chosen by the cell's
// EditorRole::Kind: spin boxes, the activity picker, the condition builder, the
// track and pay-mode choosers, multi-select lists. Number boxes commit as the analyst
// types; one open editor is one editing session, so its edits merge into one undo step.
class DraftItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    DraftItemDelegate(ModelDraft *draft, QObject *parent = nullptr);

    void setActivities(const std::vector<ActivityEventCount> &activities) { m_activities = activities; }
    // The workspace's extra lead columns, offered by the condition editor after the fields.
    void setAttributeNames(const QStringList &names) { m_attributeNames = names; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A cell whose text is cut off ("…") shows it whole as its tooltip when the model has none.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    static bool isElided(const QAbstractItemView *view, const QModelIndex &index);

Q_SIGNALS:
    // An editor held a value that cannot be stored (a condition that does not parse).
    void refused(const LeadStage::Error &error) const;

private:
    QWidget *makeEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void commitNow(QWidget *editor) const;

    ModelDraft *m_draft;
    std::vector<ActivityEventCount> m_activities;
    QStringList m_attributeNames;
};

} // namespace LeadStage
