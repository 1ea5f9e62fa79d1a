#pragma once

#include <QWizardPage>

class QCheckBox;
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
    QCheckBox *createActivities() const { return m_create; }

private:
    void rebuild();
    void updateUnmapped();
    QString noActivityText() const; // what a name with no activity gets

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_unmapped;
    QCheckBox *m_create; // names with no activity create one instead of being rejected
    QTableWidget *m_table;
};

} // namespace LeadStage
