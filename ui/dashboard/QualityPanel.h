#pragma once

#include "metrics/FunnelReport.h"
#include "metrics/MetricCell.h"

#include <QFrame>

#include <vector>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace LeadStage {

struct DashboardResult;
class QualityTableModel;

// The sortable source-quality table with its source / campaign / industry switch.
// Activating a cell (double-click, Enter) lists the leads its number counts; the
// context menu exports the table as CSV or copies it as TSV.
class QualityPanel : public QFrame
{
    Q_OBJECT

public:
    explicit QualityPanel(QWidget *parent = nullptr);

    void showResult(const DashboardResult &result);
    void setDimension(Dimension dimension);
    Dimension dimension() const;

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QualityTableModel *model() const { return m_model; }
    bool exportCsv(const QString &path) const;
    void copyTsv() const;

Q_SIGNALS:
    void cellActivated(const LeadStage::MetricCell &cell, const QString &title);
    void dimensionChanged(LeadStage::Dimension dimension);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void showTable();

    QComboBox *m_dimension;
    QTableView *m_view;
    QualityTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::vector<QualityTable> m_tables;
};

} // namespace LeadStage
