#include "TriggerTableModel.h"

#include "EditorRoles.h"
#include "ModelDraft.h"

namespace LeadStage {

TriggerTableModel::TriggerTableModel(ModelDraft *draft, QObject *parent)
    : DraftTableModel(draft, DraftList::Triggers, parent)
{}

int TriggerTableModel::itemCount() const
{
    return int(draft()->model().triggers.size());
}

int TriggerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList TriggerTableModel::headers() const
{
    return {tr("Trigger"), tr("Activity"), tr("Detail"), tr("Count"), tr("Within days")};
}

QStringList TriggerTableModel::headerTips() const
{
    return {tr("What the trigger stands for"), tr("The activity that makes a lead an MQL at once, whatever its score"),
            tr("A pattern on the event's detail with * and ?; empty matches any"),
            tr("The trigger fires on the N-th match"),
            tr("…within this many days of the first of those N matches (a sliding window); empty for ever")};
}

QVariant TriggerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ScoringTrigger &trigger = draft()->model().triggers[std::size_t(index.row())];
    const int column = index.column();
    if (role == EditorRole::Kind)
        return int(column == ActivityColumn                          ? EditorKind::Activity
                   : column == CountColumn || column == WindowColumn ? EditorKind::Number
                                                                     : EditorKind::Text);
    if (role == EditorRole::Minimum)
        return column == CountColumn ? 1 : 0;
    if (role == EditorRole::Maximum)
        return column == CountColumn ? 1000 : 3650;
    if (role == EditorRole::SpecialValue && column == WindowColumn)
        return tr("no window");
    if (role == Qt::TextAlignmentRole && (column == CountColumn || column == WindowColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QString text = tr("<b>%1</b> (id %2): MQL at once on the %3 match of <tt>%4</tt>")
                           .arg(trigger.label.toHtmlEscaped(), trigger.id.toHtmlEscaped())
                           .arg(trigger.count == 1 ? tr("first") : tr("%1th").arg(trigger.count), trigger.activity);
        if (trigger.withinDays)
            text += tr(" within %1 days of the first of them").arg(*trigger.withinDays);
        return text;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case LabelColumn:
        return trigger.label;
    case ActivityColumn:
        return trigger.activity;
    case DetailColumn:
        return trigger.detail;
    case CountColumn:
        return trigger.count;
    case WindowColumn:
        if (role == Qt::EditRole)
            return trigger.withinDays.value_or(0);
        return trigger.withinDays ? QVariant(*trigger.withinDays) : QVariant(QString());
    default:
        return {};
    }
}

Status TriggerTableModel::setCell(int row, int column, const QVariant &value)
{
    ScoringTrigger trigger = draft()->model().triggers[std::size_t(row)];
    switch (column) {
    case LabelColumn:
        if (value.toString().trimmed().isEmpty())
            return Error{tr("a trigger needs a label"), trigger.id, 0, 0, tr("Type what the trigger stands for.")};
        trigger.label = value.toString().trimmed();
        break;
    case ActivityColumn:
        trigger.activity = value.toString().trimmed();
        break;
    case DetailColumn:
        trigger.detail = value.toString().trimmed();
        break;
    case CountColumn:
        trigger.count = value.toInt();
        break;
    case WindowColumn:
        trigger.withinDays = value.toInt() > 0 ? std::optional<int>(value.toInt()) : std::nullopt;
        break;
    default:
        return Error{tr("this column cannot be edited"), QString()};
    }
    return draft()->changeTrigger(row, trigger, column);
}

} // namespace LeadStage
