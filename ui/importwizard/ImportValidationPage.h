#pragma once

#include "ImportTasks.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QRadioButton;
class QTableWidget;

namespace LeadStage {

class ImportWizard;

// What the import would do, from a dry run of the whole import off the GUI thread:
// rows that land, rows rejected with their reasons, the choices on matching leads;
// with rejected rows the user accepts importing the good ones, or goes back.
class ImportValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportValidationPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    void setNotice(const QString &text); // why the wizard came back here (a cancelled import)

    bool isChecking() const { return m_checking; }
    QLabel *summary() const { return m_summary; }
    QLabel *notice() const { return m_notice; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    QTableWidget *filesTable() const { return m_files; }
    QCheckBox *acceptRejected() const { return m_accept; }
    QRadioButton *skipMatches() const { return m_skip; }
    QCheckBox *createMissingLeads() const { return m_createMissing; }

private:
    void check();
    void checked(const ImportTasks::RunOutcome &outcome);
    void showReport(const ImportReport &report);

    ImportWizard *m_wizard;
    QRadioButton *m_update;
    QRadioButton *m_skip;
    QCheckBox *m_createMissing;
    QProgressBar *m_progress;
    QLabel *m_notice;
    QLabel *m_summary;
    QTableWidget *m_files;
    QTableWidget *m_rejected;
    QCheckBox *m_accept;
    std::optional<ImportReport> m_report;
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace LeadStage
