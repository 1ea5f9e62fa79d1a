#pragma once

#include "import/ImportReport.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace LeadStage {

class ImportWizard;

// What the import did, per file, and the rejected rows saved as CSV on request.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard *wizard);

    void showReport(const ImportReport &report);
    QTableWidget *table() const { return m_table; }
    QPushButton *saveRejectedButton() const { return m_save; }
    QLabel *summary() const { return m_summary; }
    QLabel *saveMessage() const { return m_saved; }
    // Saves the rejected rows of the selected file (off the GUI thread).
    void saveRejected(const QString &path);

private:
    void chooseAndSave();
    void updateButton();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_save;
    QLabel *m_saved;
    ImportReport m_report;
};

} // namespace LeadStage
