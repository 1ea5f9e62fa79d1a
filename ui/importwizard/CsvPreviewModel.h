#pragma once

#include "import/CsvPreview.h"

#include <QAbstractTableModel>

namespace LeadStage {

// The first rows of a CSV file as a table: the header's columns, the file's line
// numbers down the side, and rows the import would reject marked with the reason.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setPreview(const CsvPreview &preview);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rejectedRows() const;

private:
    CsvPreview m_preview;
    int m_rejected = 0;
};

} // namespace LeadStage
