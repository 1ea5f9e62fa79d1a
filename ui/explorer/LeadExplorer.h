#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QTableView;

namespace LeadStage {

class ExplorerColumnChooser;
class ExplorerFilterBar;
class ExplorerService;
class LeadDetailView;
class LeadTableModel;

// The lead explorer: every lead of the workspace (or exactly the leads behind a
// dashboard number) in a lazy, sortable, filterable table, with the selected lead's
// detail below it, and exports of the table and the score timeline.
class LeadExplorer : public QWidget
{
    Q_OBJECT

public:
    explicit LeadExplorer(QWidget *parent = nullptr);
    ~LeadExplorer() override;

    void setWorkspacePath(const QString &path);
    // All leads; clears a drill-down list and every filter.
    void showAll();
    // Exactly these leads (a drill-down), in this order until a column is sorted.
    void showLeads(const QString &title, const std::vector<std::int64_t> &ids);
    // Asks again, e.g. after an import or a rescore changed the workspace.
    void refresh();

    int rowCount() const;
    bool isBusy() const;
    LeadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LeadDetailView *detailView() const { return m_detail; }
    ExplorerFilterBar *filterBar() const { return m_filters; }
    ExplorerColumnChooser *columnChooser() const { return m_columns; }

    // Writes the current rows (filter, sort or id list) to CSV in the background.
    void exportCsv(const QString &file);
    // Copies the selected rows as TSV, read in the background.
    void copySelectedRows();
    // The timeline of the selected lead; the format follows the suffix (.png or .svg).
    bool exportTimeline(const QString &file);

Q_SIGNALS:
    void csvExported(const QString &file, qint64 rows, const QString &error);
    void rowsCopied(int rows);
    void detailShown(std::int64_t leadId);

private:
    void applyFilters();
    void setAttributeColumns(const QStringList &attributes);
    void showCurrentLead();
    void chooseCsvFile();
    void chooseTimelineFile();
    void setStatus(const QString &text);

    ExplorerService *m_service;
    LeadTableModel *m_model;
    ExplorerFilterBar *m_filters;
    QTableView *m_table;
    LeadDetailView *m_detail;
    ExplorerColumnChooser *m_columns = nullptr;
    QLabel *m_title;
    QLabel *m_status;
    QString m_listTitle;
};

} // namespace LeadStage
