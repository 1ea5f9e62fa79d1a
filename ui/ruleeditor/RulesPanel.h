#pragma once

#include "common/Result.h"

#include <QWidget>

class QTreeView;
class QToolButton;

namespace LeadStage {

class DraftItemDelegate;
class ModelDraft;
class RuleTreeModel;

// The rules page of the model editor: the scoring table grouped by category, edited
// in place, with add, duplicate, delete, move to category and drag to reorder.
class RulesPanel : public QWidget
{
    Q_OBJECT

public:
    RulesPanel(ModelDraft *draft, DraftItemDelegate *delegate, QWidget *parent = nullptr);

    RuleTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The rule of the current row, -1 for none or a category row.
    int currentRule() const;
    void selectRule(int rule);

    void addActivityRule();
    void addFieldRule();
    void duplicateRule();
    void deleteRule();
    void moveToCategory();

Q_SIGNALS:
    void refused(const LeadStage::Error &error);

private:
    void updateActions();
    void afterReset();
    void report(const Status &status);
    QString currentCategory() const;
    int insertPosition() const;

    ModelDraft *m_draft;
    RuleTreeModel *m_model;
    QTreeView *m_view;
    QToolButton *m_duplicate, *m_delete, *m_move;
    QString m_selectedId; // kept across a regrouping of the table
};

} // namespace LeadStage
