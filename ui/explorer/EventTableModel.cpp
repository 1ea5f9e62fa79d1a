#include "EventTableModel.h"

#include "common/TimeFormat.h"

namespace LeadStage {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventTableModel::setEvents(std::vector<LeadEventRow> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const LeadEventRow &event = m_events[std::size_t(index.row())];
    switch (Column(index.column())) {
    case Time:
        return isoUtc(event.at);
    case Activity:
        return event.activity;
    case Track:
        return event.track;
    case Detail:
        return event.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time (UTC)");
    case Activity:
        return tr("Activity");
    case Track:
        return tr("Track");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LeadStage
