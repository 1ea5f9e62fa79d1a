#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace LeadStage {

class ImportWizard;

// The activity names of the events files with their row counts and the LeadStage key
// each maps to, editable; names with no key are listed apart, never dropped silently.
class ImportActivitiesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportActivitiesPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *table() const { return m_table; }
    QLabel *unmappedLabel() const { return m_unmapped; }

private:
    void rebuild();
    void updateUnmapped();

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_unmapped;
    QTableWidget *m_table;
};

} // namespace LeadStage
