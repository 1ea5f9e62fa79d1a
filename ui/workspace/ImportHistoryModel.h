#pragma once

#include "import/ImportHistory.h"

#include <QAbstractTableModel>

#include <vector>

namespace LeadStage {

// The workspace's imports, newest first: a few hundred rows at most, held whole.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Kind, Started, Read, Imported, Rejected, Status, Sha256, File, ColumnCount };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setRecords(std::vector<ImportRecord> records);
    const ImportRecord *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Why the record cannot be undone, or empty when it can.
    static QString whyNotUndoable(const ImportRecord &record);

private:
    std::vector<ImportRecord> m_records;
};

} // namespace LeadStage
