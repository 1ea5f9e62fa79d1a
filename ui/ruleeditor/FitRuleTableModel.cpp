#include "FitRuleTableModel.h"

#include "EditorRoles.h"
#include "ModelDraft.h"
#include "RuleTreeModel.h"
#include "tuning/ConditionText.h"

namespace LeadStage {

FitRuleTableModel::FitRuleTableModel(ModelDraft *draft, QObject *parent)
    : DraftTableModel(draft, DraftList::FitRules, parent)
{}

int FitRuleTableModel::itemCount() const
{
    return int(draft()->model().fit.rules.size());
}

int FitRuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList FitRuleTableModel::headers() const
{
    return {tr("Fit rule"), tr("Condition"), tr("Points")};
}

QStringList FitRuleTableModel::headerTips() const
{
    return {tr("What the rule says about the lead's firmographics"),
            tr("A condition on a lead field: industry, employees, country, job title, e-mail domain …"),
            tr("Fit points when the condition holds; the sum is clamped to 0–100 and graded A–D")};
}

QVariant FitRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const FitRule &rule = draft()->model().fit.rules[std::size_t(index.row())];
    const int column = index.column();
    if (role == EditorRole::Kind)
        return int(column == ConditionColumn ? EditorKind::Condition
                   : column == PointsColumn  ? EditorKind::Number
                                             : EditorKind::Text);
    if (role == EditorRole::Minimum)
        return -100;
    if (role == EditorRole::Maximum)
        return 100;
    if (role == Qt::TextAlignmentRole && column == PointsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("<b>%1</b>: %Ln fit point(s) when %2", nullptr, rule.points)
            .arg(rule.label.toHtmlEscaped(), ConditionText::describe(rule.condition).toHtmlEscaped());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case LabelColumn:
        return rule.label;
    case ConditionColumn:
        return role == Qt::EditRole ? QVariant::fromValue(rule.condition)
                                    : QVariant(ConditionText::describe(rule.condition));
    case PointsColumn:
        return rule.points;
    default:
        return {};
    }
}

Status FitRuleTableModel::setCell(int row, int column, const QVariant &value)
{
    FitRule rule = draft()->model().fit.rules[std::size_t(row)];
    switch (column) {
    case LabelColumn:
        rule.label = value.toString().trimmed();
        break;
    case ConditionColumn:
        rule.condition = value.value<FieldCondition>();
        break;
    case PointsColumn:
        rule.points = value.toInt();
        break;
    default:
        return Error{tr("this column cannot be edited"), QString()};
    }
    return draft()->changeFitRule(row, rule, column);
}

} // namespace LeadStage
