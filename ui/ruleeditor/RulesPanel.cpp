#include "RulesPanel.h"

#include "DraftItemDelegate.h"
#include "ModelDraft.h"
#include "RuleTreeModel.h"
#include "common/ColumnFit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

} // namespace

RulesPanel::RulesPanel(ModelDraft *draft, DraftItemDelegate *delegate, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_model(new RuleTreeModel(draft, this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"rulesPanel"_qs);
    m_view->setObjectName(u"ruleTree"_qs);
    m_view->setModel(m_model);
    m_view->setItemDelegate(delegate);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    // The rule's name takes what the criterion, track, points and the rest leave: they are
    // as wide as what they hold (a long criterion at most 240 px), so names stay readable.
    ColumnFit::keep(m_view, RuleTreeModel::RuleColumn, 240);

    auto *addActivity = toolButton(tr("Add Activity Rule"), tr("A rule that scores an activity (Ins)"), this);
    addActivity->setObjectName(u"addActivityRule"_qs);
    auto *addField = toolButton(tr("Add Field Rule"), tr("A rule on a lead field, paid once at creation"), this);
    addField->setObjectName(u"addFieldRule"_qs);
    m_duplicate = toolButton(tr("Duplicate"), tr("Copy the selected rule below it (Ctrl+D)"), this);
    m_duplicate->setObjectName(u"duplicateRule"_qs);
    m_delete = toolButton(tr("Delete"), tr("Delete the selected rule (Del)"), this);
    m_delete->setObjectName(u"deleteRule"_qs);
    m_move = toolButton(tr("Move to Category…"), tr("Put the selected rule in another or a new category"), this);
    m_move->setObjectName(u"moveRuleToCategory"_qs);
    connect(addActivity, &QToolButton::clicked, this, &RulesPanel::addActivityRule);
    connect(addField, &QToolButton::clicked, this, &RulesPanel::addFieldRule);
    connect(m_duplicate, &QToolButton::clicked, this, &RulesPanel::duplicateRule);
    connect(m_delete, &QToolButton::clicked, this, &RulesPanel::deleteRule);
    connect(m_move, &QToolButton::clicked, this, &RulesPanel::moveToCategory);
    // Named: Help → Keyboard Shortcuts lists them.
    const auto shortcut = [this](const QString &name, const QKeySequence &keys, void (RulesPanel::*slot)()) {
        auto *action = new QAction(name, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    shortcut(tr("Add Activity Rule"), QKeySequence(Qt::Key_Insert), &RulesPanel::addActivityRule);
    shortcut(tr("Duplicate Rule"), QKeySequence(Qt::CTRL | Qt::Key_D), &RulesPanel::duplicateRule);
    shortcut(tr("Delete Rule"), QKeySequence::Delete, &RulesPanel::deleteRule);

    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {addActivity, addField, m_duplicate, m_delete, m_move})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_model, &RuleTreeModel::editRefused, this, &RulesPanel::refused);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int rule = currentRule();
        m_selectedId = rule >= 0 ? m_draft->model().rules[std::size_t(rule)].id : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RulesPanel::afterReset);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RulesPanel::updateActions);
    afterReset();
}

void RulesPanel::afterReset()
{
    m_view->expandAll();
    const auto &rules = m_draft->model().rules;
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (!m_selectedId.isEmpty() && rules[i].id == m_selectedId)
            selectRule(int(i));
    updateActions();
}

int RulesPanel::currentRule() const
{
    return m_model->ruleAt(m_view->currentIndex());
}

void RulesPanel::selectRule(int rule)
{
    const QModelIndex index = m_model->indexOfRule(rule);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void RulesPanel::updateActions()
{
    const bool hasRule = currentRule() >= 0;
    m_duplicate->setEnabled(hasRule);
    m_delete->setEnabled(hasRule);
    m_move->setEnabled(hasRule);
}

void RulesPanel::report(const Status &status)
{
    if (!status)
        Q_EMIT refused(status.error());
}

QString RulesPanel::currentCategory() const
{
    const QString category = m_model->categoryAt(m_view->currentIndex());
    return category.isEmpty() && !m_draft->model().rules.empty() ? m_draft->model().rules.back().category : category;
}

int RulesPanel::insertPosition() const
{
    // After the current rule, or after the last rule of the current category.
    const int rule = currentRule();
    if (rule >= 0)
        return rule + 1;
    const QString category = currentCategory();
    int position = int(m_draft->model().rules.size());
    for (std::size_t i = 0; i < m_draft->model().rules.size(); ++i)
        if (m_draft->model().rules[i].category == category)
            position = int(i) + 1;
    return position;
}

void RulesPanel::addActivityRule()
{
    ScoringRule rule;
    rule.category = currentCategory();
    rule.label = tr("New activity rule");
    rule.activity = m_model->activities().empty() ? u"page_visit"_qs : m_model->activities().front().key;
    rule.id = m_draft->unusedRuleId(rule.activity);
    rule.points = 5;
    const int position = insertPosition();
    report(m_draft->addRule(position, rule));
    selectRule(position);
    m_view->edit(m_model->indexOfRule(position, RuleTreeModel::RuleColumn));
}

void RulesPanel::addFieldRule()
{
    ScoringRule rule;
    rule.category = currentCategory();
    rule.label = tr("New field rule");
    rule.id = m_draft->unusedRuleId(u"field"_qs);
    rule.condition = FieldCondition{u"industry"_qs, FieldOp::Equal, QJsonValue(u"Software"_qs)};
    rule.pays = PayMode::Once;
    rule.points = 5;
    const int position = insertPosition();
    report(m_draft->addRule(position, rule));
    selectRule(position);
    m_view->edit(m_model->indexOfRule(position, RuleTreeModel::RuleColumn));
}

void RulesPanel::duplicateRule()
{
    const int rule = currentRule();
    if (rule < 0)
        return;
    report(m_draft->duplicateRule(rule));
    selectRule(rule + 1);
}

void RulesPanel::deleteRule()
{
    const int rule = currentRule();
    if (rule < 0)
        return;
    report(m_draft->removeRule(rule));
    selectRule(std::min(rule, int(m_draft->model().rules.size()) - 1));
}

void RulesPanel::moveToCategory()
{
    const int rule = currentRule();
    if (rule < 0)
        return;
    const ScoringRule &current = m_draft->model().rules[std::size_t(rule)];
    const QStringList categories = m_model->categories();
    bool ok = false;
    const QString category =
        QInputDialog::getItem(this, tr("Move to Category"),
                              tr("Category of “%1” (pick one or type a new one):").arg(current.label), categories,
                              int(categories.indexOf(current.category)), true, &ok)
            .trimmed();
    if (!ok || category.isEmpty())
        return;
    // Into an existing category: after its last rule; a new one: where the rule is.
    int to = rule;
    for (std::size_t i = 0; i < m_draft->model().rules.size(); ++i)
        if (m_draft->model().rules[i].category == category)
            to = int(i) < rule ? int(i) + 1 : int(i);
    report(m_draft->moveRule(rule, to, category));
}

} // namespace LeadStage
