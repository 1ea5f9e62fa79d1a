#include "ImportRunPage.h"

#include "ImportWizard.h"
#include "WizardText.h"
#include "common/WrappedLabel.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace LeadStage {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_bar(new QProgressBar(this))
    , m_label(new WrappedLabel(this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The files land in one transaction: Cancel stops the import and leaves the workspace exactly "
                   "as it was. Afterwards the scores of the leads it touched are brought up to date."));
    m_bar->setObjectName(u"importProgress"_qs);
    m_bar->setRange(0, 1000);
    m_label->setObjectName(u"importProgressText"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addStretch();
    connect(&wizard->tasks(), &ImportTasks::runProgressed, this, &ImportRunPage::progressed);
    connect(&wizard->tasks(), &ImportTasks::ran, this, [this](const ImportTasks::RunOutcome &outcome) {
        if (m_running)
            ran(outcome);
    });
}

void ImportRunPage::initializePage()
{
    m_bar->setValue(0);
    m_label->setText(tr("Starting…"));
    auto request = m_wizard->draft().request(false);
    if (!request) {
        Q_EMIT stopped(tr("The import did not start: %1").arg(WizardText::problem(request.error())));
        return;
    }
    m_running = true;
    m_clock.start();
    m_wizard->tasks().run(std::move(*request));
}

bool ImportRunPage::isComplete() const
{
    return false; // the wizard moves on by itself when the import has landed
}

QString ImportRunPage::progressText() const
{
    return m_label->text();
}

void ImportRunPage::progressed(qint64 rows, qint64 estimated)
{
    if (!m_running)
        return;
    m_bar->setValue(estimated > 0 ? int(rows * 1000 / estimated) : 0);
    const double seconds = double(std::max<qint64>(m_clock.elapsed(), 1)) / 1000.0;
    const double rate = double(rows) / seconds;
    QString text = tr("%1 of about %2 rows").arg(WizardText::number(rows), WizardText::number(estimated));
    if (rows > 0 && m_clock.elapsed() > 300) {
        const qint64 left = qint64(double(estimated - rows) / std::max(rate, 1.0) + 0.5);
        text += tr(" — %1 rows/s, about %2 s left").arg(WizardText::number(qint64(rate))).arg(left);
    }
    m_label->setText(text);
}

void ImportRunPage::ran(const ImportTasks::RunOutcome &outcome)
{
    m_running = false;
    if (outcome.cancelled)
        Q_EMIT stopped(tr("The import was cancelled: nothing was written. Press Import to start it again, "
                          "or Cancel to close."));
    else if (outcome.error)
        Q_EMIT stopped(tr("The import failed and nothing was written: %1").arg(WizardText::problem(*outcome.error)));
    else
        Q_EMIT finished(outcome);
}

} // namespace LeadStage
