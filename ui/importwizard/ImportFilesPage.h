#pragma once

#include <QWizardPage>

class QPushButton;
class QTableWidget;

namespace LeadStage {

class ImportWizard;

// The files of the import and the kind of each (recognised from its header, changeable).
class ImportFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilesPage(ImportWizard *wizard);

    bool isComplete() const override;
    QTableWidget *table() const { return m_table; }

private:
    void chooseFiles();
    void removeSelected();
    void rebuild();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QPushButton *m_remove;
};

} // namespace LeadStage
