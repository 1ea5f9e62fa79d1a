#pragma once

#include "import/CsvPreview.h"
#include "import/MissingValues.h"

#include <QAbstractTableModel>

#include <vector>

namespace LeadStage {

// The first rows of a CSV file as a table: the header's columns, the file's line
// numbers down the side, and rows the import would reject marked with the reason.
// Placeholder cells (MissingValues) are shown greyed and italic: the import reads them
// as missing. A column without a header is titled by position, #1 for the first.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setPreview(const CsvPreview &preview);
    void clear();
    void setMissingValues(const MissingValues &missing);
    // The role that says a cell is read as missing (a placeholder): true or invalid.
    static constexpr int ReadAsMissingRole = Qt::UserRole + 1;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rejectedRows() const;
    int missingCells() const; // placeholders among the rows shown

private:
    void markMissing();
    bool isMissing(int row, int column) const;

    CsvPreview m_preview;
    MissingValues m_missing;
    int m_rejected = 0;
    // Which cells are placeholders, row by row: a cell's paint asks data() for a dozen
    // roles, and matching it against the list for each was a fifth of the preview's paint.
    std::vector<bool> m_missingCells;
    int m_missingCount = 0;
};

} // namespace LeadStage
