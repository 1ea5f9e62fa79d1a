#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace LeadStage {

class ImportWizard;

// The date format of every mapped date column: the one its values fit, changeable; a
// column that reads as M/D and D/M alike is flagged and the user must choose.
class ImportDatesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDatesPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *table() const { return m_table; }
    QLabel *message() const { return m_message; }

private:
    void rebuild();
    void updateMessage();

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_message;
    QTableWidget *m_table;
};

} // namespace LeadStage
