#include "NurtureStepTableModel.h"

#include "EditorRoles.h"
#include "ModelDraft.h"
#include "tuning/ModelValidator.h"

namespace LeadStage {

NurtureStepTableModel::NurtureStepTableModel(ModelDraft *draft, QObject *parent)
    : DraftTableModel(draft, DraftList::NurtureSteps, parent)
{}

int NurtureStepTableModel::itemCount() const
{
    return int(draft()->model().nurture.steps.size());
}

int NurtureStepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList NurtureStepTableModel::headers() const
{
    return {tr("From week"), tr("Step")};
}

QStringList NurtureStepTableModel::headerTips() const
{
    return {tr("The week after IQL the step starts (week 1 is the first 7 days); it lasts until the next step"),
            tr("The step of the nurture sequence, e.g. “Solution education”")};
}

QVariant NurtureStepTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto &steps = draft()->model().nurture.steps;
    const NurtureStep &step = steps[std::size_t(index.row())];
    const int column = index.column();
    if (role == EditorRole::Kind)
        return int(column == WeekColumn ? EditorKind::Number : EditorKind::Text);
    if (role == EditorRole::Minimum)
        return 1;
    if (role == EditorRole::Maximum)
        return ModelValidator::maxWeeks;
    if (role == Qt::TextAlignmentRole && column == WeekColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const std::size_t next = std::size_t(index.row()) + 1;
        return next < steps.size() ? tr("Weeks %1–%2 after IQL").arg(step.fromWeek).arg(steps[next].fromWeek - 1)
                                   : tr("From week %1 after IQL on").arg(step.fromWeek);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return column == WeekColumn ? QVariant(step.fromWeek) : QVariant(step.label);
}

Status NurtureStepTableModel::setCell(int row, int column, const QVariant &value)
{
    NurtureStep step = draft()->model().nurture.steps[std::size_t(row)];
    if (column == WeekColumn)
        step.fromWeek = value.toInt();
    else
        step.label = value.toString().trimmed();
    return draft()->changeNurtureStep(row, step, column);
}

} // namespace LeadStage
