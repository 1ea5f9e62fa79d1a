#include "ImportValidationPage.h"

#include "ImportSettings.h"
#include "ImportWizard.h"
#include "WizardText.h"
#include "common/WrappedLabel.h"

#include <climits>

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadStage {

namespace {

QTableWidget *table(QWidget *parent, const QStringList &labels, int stretch)
{
    auto *widget = new QTableWidget(0, int(labels.size()), parent);
    widget->setHorizontalHeaderLabels(labels);
    for (int column = 0; column < labels.size(); ++column)
        widget->horizontalHeader()->setSectionResizeMode(column, column == stretch ? QHeaderView::Stretch
                                                                                   : QHeaderView::ResizeToContents);
    widget->verticalHeader()->hide();
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return widget;
}

QTableWidgetItem *count(std::int64_t value)
{
    auto *item = new QTableWidgetItem(WizardText::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportValidationPage::ImportValidationPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_update(new QRadioButton(tr("&Update it with the file's values"), this))
    , m_skip(new QRadioButton(tr("&Leave it as it is"), this))
    , m_createMissing(new QCheckBox(tr("&Create the leads that events or outcomes name but the workspace lacks"), this))
    , m_progress(new QProgressBar(this))
    , m_notice(new WrappedLabel(this))
    , m_summary(new WrappedLabel(this))
    , m_files(table(this,
                    {tr("File"), tr("Kind"), tr("Rows"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Skipped"),
                     tr("Already there"), tr("Rejected")},
                    0))
    , m_rejected(table(this, {tr("File"), tr("Line"), tr("Column"), tr("Reason"), tr("Row in the file")}, 3))
    , m_accept(new QCheckBox(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Every row was tried in a dry run: nothing is written until you press Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_skip->setObjectName(u"skipMatches"_qs);
    m_createMissing->setObjectName(u"createMissingLeads"_qs);
    m_summary->setObjectName(u"validationSummary"_qs);
    m_notice->setStyleSheet(u"color: #a00000;"_qs);
    m_notice->hide();
    m_rejected->setObjectName(u"rejectedRows"_qs);
    m_accept->setObjectName(u"acceptRejected"_qs);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Trying every row…"));

    auto *matchBox = new QGroupBox(tr("When a lead is already in the workspace (same CRM id or e-mail)"), this);
    auto *matchLayout = new QHBoxLayout(matchBox);
    matchLayout->addWidget(m_update);
    matchLayout->addWidget(m_skip);
    matchLayout->addStretch();
    auto *group = new QButtonGroup(this);
    group->addButton(m_update);
    group->addButton(m_skip);
    (ImportSettings::onMatch().get() == u"skip" ? m_skip : m_update)->setChecked(true);
    m_createMissing->setChecked(ImportSettings::createMissingLeads().get());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(matchBox);
    layout->addWidget(m_createMissing);
    layout->addWidget(m_notice);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_files);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(m_accept);

    auto optionsChanged = [this] {
        ImportSettings::onMatch().set(m_skip->isChecked() ? u"skip"_qs : u"update"_qs);
        ImportSettings::createMissingLeads().set(m_createMissing->isChecked());
        check();
    };
    connect(m_skip, &QRadioButton::toggled, this, optionsChanged);
    connect(m_createMissing, &QCheckBox::toggled, this, optionsChanged);
    connect(m_accept, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(&wizard->tasks(), &ImportTasks::ran, this, [this](const ImportTasks::RunOutcome &outcome) {
        if (m_checking)
            checked(outcome);
    });
}

void ImportValidationPage::initializePage()
{
    m_notice->hide();
    check();
}

void ImportValidationPage::cleanupPage()
{
    if (m_checking)
        m_wizard->tasks().cancel();
    m_checkAgain = false;
}

void ImportValidationPage::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool ImportValidationPage::isComplete() const
{
    if (m_checking || !m_report || m_report->imported() == 0 || m_report->refusedRepeatedKeys)
        return false;
    return m_report->rejected() == 0 || m_accept->isChecked();
}

void ImportValidationPage::check()
{
    if (m_checking) {
        m_checkAgain = true; // when the running dry run has stopped
        m_wizard->tasks().cancel();
        return;
    }
    ImportDraft &draft = m_wizard->draft();
    draft.options.onMatch = m_skip->isChecked() ? OnMatch::Skip : OnMatch::Update;
    draft.options.createMissingLeads = m_createMissing->isChecked();
    m_report.reset();
    m_accept->setChecked(false);
    m_accept->hide();
    m_files->setRowCount(0);
    m_rejected->setRowCount(0);
    auto request = draft.request(true);
    if (!request) {
        m_progress->hide();
        m_summary->setText(WizardText::problem(request.error()));
        Q_EMIT completeChanged();
        return;
    }
    m_checking = true;
    m_progress->show();
    m_summary->setText(tr("Trying every row of the files in a dry run…"));
    m_wizard->tasks().run(std::move(*request));
    Q_EMIT completeChanged();
}

void ImportValidationPage::checked(const ImportTasks::RunOutcome &outcome)
{
    m_checking = false;
    m_progress->hide();
    if (m_checkAgain) {
        m_checkAgain = false;
        check();
        return;
    }
    if (outcome.cancelled)
        m_summary->setText(tr("The check was stopped."));
    else if (outcome.error)
        m_summary->setText(u"<span style='color:#a00000'>%1</span>"_qs.arg(
            tr("The import cannot run: %1").arg(WizardText::problem(*outcome.error)).toHtmlEscaped()));
    else if (outcome.report)
        showReport(*outcome.report);
    Q_EMIT completeChanged();
}

void ImportValidationPage::showReport(const ImportReport &report)
{
    m_report = report;
    m_files->setRowCount(int(report.files.size()));
    m_rejected->setRowCount(0);
    for (int row = 0; row < int(report.files.size()); ++row) {
        const FileReport &file = report.files[std::size_t(row)];
        const QString name = QFileInfo(file.path).fileName();
        m_files->setItem(row, 0, new QTableWidgetItem(name));
        m_files->setItem(row, 1, new QTableWidgetItem(WizardText::kindLabel(file.kind)));
        const std::int64_t counts[] = {file.rowsRead, file.inserted,   file.updated, file.unchanged,
                                       file.skipped,  file.duplicates, file.rejected};
        for (int column = 0; column < int(std::size(counts)); ++column)
            m_files->setItem(row, column + 2, count(counts[column]));
        for (const RejectedRow &rejected : file.firstRejected) {
            const int at = m_rejected->rowCount();
            m_rejected->insertRow(at);
            m_rejected->setItem(at, 0, new QTableWidgetItem(name));
            m_rejected->setItem(at, 1, count(rejected.line));
            m_rejected->setItem(at, 2, count(rejected.column));
            m_rejected->setItem(at, 3, new QTableWidgetItem(rejected.reason));
            m_rejected->item(at, 3)->setToolTip(rejected.reason);
            m_rejected->setItem(at, 4, new QTableWidgetItem(rejected.raw));
        }
    }
    const std::int64_t good = report.imported(), rejected = report.rejected();
    // The plural from %n, the number written as the wizard writes numbers.
    const auto counted = [](const char *text, std::int64_t count) {
        const int n = int(std::min<std::int64_t>(count, INT_MAX));
        return tr(text, nullptr, n).replace(QString::number(n), WizardText::number(count));
    };
    QString text = counted(QT_TR_N_NOOP("%n row(s) are ready to import."), good);
    if (rejected > 0)
        text += u' '
                + counted(QT_TR_N_NOOP("%n row(s) will be rejected; the first are listed below with their reasons."),
                          rejected);
    if (good == 0)
        text += u' ' + tr("Nothing would be imported: go Back and check the mapping, the activities and the dates.");
    if (const QString notes = WizardText::leadFileNotes(report); !notes.isEmpty())
        text += u' ' + notes;
    if (const QString earlier = WizardText::earlierImports(report); !earlier.isEmpty())
        text += u' ' + earlier;
    if (const QString missing = WizardText::missingPlaceholders(report); !missing.isEmpty())
        text += u' ' + missing;
    m_summary->setText(text);
    m_rejected->setVisible(rejected > 0);
    // With rejected rows listed below, the files' table is as tall as its rows (six at
    // most, then it scrolls) and the list takes the rest; without, the files take the page.
    const int shownFiles = std::clamp(m_files->rowCount(), 1, 6);
    const int filesHeight = m_files->horizontalHeader()->sizeHint().height() + 2 * m_files->frameWidth()
                            + shownFiles * m_files->verticalHeader()->defaultSectionSize();
    m_files->setMaximumHeight(rejected > 0 ? filesHeight : QWIDGETSIZE_MAX);
    m_files->setMinimumHeight(filesHeight);
    m_accept->setText(tr("Import the %1 good rows and leave the %2 rejected rows out (kept with the import, "
                         "they can be saved as CSV)")
                          .arg(WizardText::number(good), WizardText::number(rejected)));
    m_accept->setVisible(rejected > 0 && good > 0);
}

} // namespace LeadStage
