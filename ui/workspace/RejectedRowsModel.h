#pragma once

#include "import/ImportReport.h"

#include <QAbstractTableModel>

#include <vector>

namespace LeadStage {

// The rows one import rejected: line, column, reason and the row as it was in the file.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, ColumnNo, Reason, Raw, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<RejectedRow> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<RejectedRow> m_rows;
};

} // namespace LeadStage
