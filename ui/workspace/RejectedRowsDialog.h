#pragma once

#include <QDialog>

#include <cstdint>

class QLabel;
class QPushButton;
class QTableView;

namespace LeadStage {

class Database;
class RejectedRowsModel;
struct ImportRecord;

// The rows one import rejected, listed with line, column, reason and the row as it was
// in the file, and saved as CSV to fix them in a spreadsheet and import them again.
class RejectedRowsDialog : public QDialog
{
    Q_OBJECT

public:
    RejectedRowsDialog(Database &database, const ImportRecord &record, QWidget *parent = nullptr);

    // Writes the rows as CSV (RejectedRowsCsv); the error's text, or empty when written.
    QString exportCsv(const QString &path);

    QTableView *view() const { return m_view; }
    RejectedRowsModel *model() const { return m_model; }
    QPushButton *exportButton() const { return m_export; }

private:
    void chooseCsvFile();

    Database &m_database;
    std::int64_t m_importId;
    RejectedRowsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_export;
};

} // namespace LeadStage
