#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace LeadStage {

// The outcome rate per group of a back-tested model's leads: per score band (0–24,
// 25–49, …) or per stage reached at the moment. A row without leads has no rate.
class BandTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;
        std::int64_t leads = 0;
        std::int64_t outcomes = 0;
    };
    enum Column { LabelColumn, LeadsColumn, OutcomesColumn, RateColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole }; // the exact number behind a cell (NaN: no rate)

    // `group` names the first column: "Band" or "Stage".
    explicit BandTableModel(const QString &group, QObject *parent = nullptr);

    void setRows(std::vector<Row> rows);
    const std::vector<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double rate(const Row &row) const;

    QString m_group;
    std::vector<Row> m_rows;
};

} // namespace LeadStage
