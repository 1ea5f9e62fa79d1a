#pragma once

#include "ImportTasks.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace LeadStage {

class ImportWizard;

// The import itself, off the GUI thread: rows done, rows per second and the time
// left; the wizard's Cancel stops it and nothing is written.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    QString progressText() const;
    QProgressBar *progressBar() const { return m_bar; }

Q_SIGNALS:
    // The import stopped before landing: cancelled or failed; the wizard goes back.
    void stopped(const QString &why);
    void finished(const LeadStage::ImportTasks::RunOutcome &outcome);

private:
    void progressed(qint64 rows, qint64 estimated);
    void ran(const ImportTasks::RunOutcome &outcome);

    ImportWizard *m_wizard;
    QProgressBar *m_bar;
    QLabel *m_label;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace LeadStage
