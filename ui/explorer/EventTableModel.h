#pragma once

#include "explore/LeadDetail.h"

#include <QAbstractTableModel>

namespace LeadStage {

// A lead's events in time order: time, activity, track and detail.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Activity, Track, Detail, ColumnCount };

    explicit EventTableModel(QObject *parent = nullptr);

    void setEvents(std::vector<LeadEventRow> events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<LeadEventRow> m_events;
};

} // namespace LeadStage
