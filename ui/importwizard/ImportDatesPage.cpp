#include "ImportDatesPage.h"

#include "ImportTasks.h"
#include "ImportWizard.h"
#include "WizardText.h"
#include "common/CompactComboBox.h"
#include "common/WrappedLabel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadStage {

namespace {
constexpr int noChoice = -1;
}

ImportDatesPage::ImportDatesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_message(new WrappedLabel(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setTitle(tr("Date formats"));
    setSubTitle(tr("How each date column is written. Every date is read as UTC. A value that does not fit "
                   "its column's format is rejected with the reason."));
    m_progress->setRange(0, 1000);
    m_progress->setFormat(tr("Reading the whole file… %p%"));
    m_message->setObjectName(u"datesMessage"_qs);
    m_table->setObjectName(u"datesTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Field"), tr("Column"), tr("Sample values"), tr("Format")});
    for (int column : {0, 1, 2, 4})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(&wizard->tasks(), &ImportTasks::scanProgressed, this,
            [this](qint64 done, qint64 total) { m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    connect(wizard, &ImportWizard::scansChanged, this, [this] {
        if (m_wizard->currentPage() == this)
            rebuild();
    });
}

void ImportDatesPage::initializePage()
{
    m_wizard->scanIfNeeded();
    rebuild();
}

bool ImportDatesPage::isComplete() const
{
    return !m_wizard->isScanning() && m_wizard->scanProblem().isEmpty() && m_wizard->draft().filesToScan().empty()
           && m_wizard->draft().datesResolved();
}

void ImportDatesPage::rebuild()
{
    m_progress->setVisible(m_wizard->isScanning());
    m_table->setRowCount(0);
    if (m_wizard->isScanning() || !m_wizard->scanProblem().isEmpty()) {
        m_message->setText(m_wizard->isScanning() ? tr("Looking at every date in the files…")
                                                  : u"<span style='color:#a00000'>%1</span>"_qs.arg(
                                                      m_wizard->scanProblem().toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    ImportDraft &draft = m_wizard->draft();
    const QList<DraftDateColumn> dates = draft.dateColumns();
    m_table->setRowCount(int(dates.size()));
    for (int row = 0; row < dates.size(); ++row) {
        const DraftDateColumn &date = dates[row];
        m_table->setItem(row, 0, new QTableWidgetItem(draft.file(date.file).fileName()));
        m_table->setItem(row, 1, new QTableWidgetItem(WizardText::fieldLabel(date.field)));
        m_table->setItem(row, 2, new QTableWidgetItem(date.column));
        m_table->setItem(row, 3, new QTableWidgetItem(date.samples.join(u" · "_qs)));
        auto *format = new CompactComboBox(m_table);
        format->setObjectName(u"date:%1:%2"_qs.arg(date.file).arg(date.field));
        if (date.guess.ambiguous())
            format->addItem(tr("Choose: month or day first?"), noChoice);
        const std::optional<DateFormat> fitting = date.guess.format();
        for (DateFormat each : allDateFormats) {
            const bool fits = date.guess.formats.contains(each);
            format->addItem(fits ? dateFormatLabel(each) : tr("%1 — not every value fits").arg(dateFormatLabel(each)),
                            int(each));
        }
        const std::optional<DateFormat> shown = date.chosen ? date.chosen : fitting;
        format->setCurrentIndex(shown ? format->findData(int(*shown)) : 0);
        // Room for the longest fitting format; the sample values need the rest more than
        // "— not every value fits".
        format->fitToLongestChoice(46);
        format->setToolTip(date.guess.ambiguous()
                               ? tr("Every value reads as M/D/YYYY and as D/M/YYYY: say which the file means")
                               : tr("The format every value of the column fits"));
        connect(format, &QComboBox::activated, this, [this, date, format] {
            const int chosen = format->currentData().toInt();
            m_wizard->draft().chooseDateFormat(date.file, date.field,
                                               chosen == noChoice ? std::nullopt : std::optional(DateFormat(chosen)));
            updateMessage();
        });
        m_table->setCellWidget(row, 4, format);
    }
    updateMessage();
}

void ImportDatesPage::updateMessage()
{
    QStringList ambiguous, unreadable;
    const QList<DraftDateColumn> dates = m_wizard->draft().dateColumns();
    for (int row = 0; row < dates.size(); ++row) {
        const DraftDateColumn &date = dates[row];
        const bool flagged = date.needsChoice();
        for (int column = 0; column < 4; ++column)
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setBackground(flagged ? QColor(255, 236, 179) : QColor(Qt::transparent));
        if (flagged)
            ambiguous << u"'%1'"_qs.arg(date.column);
        else if (date.guess.formats.isEmpty() && date.guess.samples > 0 && !date.chosen)
            unreadable << u"'%1'"_qs.arg(date.column);
    }
    QString text;
    if (dates.isEmpty())
        text = tr("No column is mapped to a date field.");
    else if (!ambiguous.isEmpty())
        text = u"<span style='color:#a00000'>%1</span>"_qs.arg(
            tr("The dates of %1 read as month/day and as day/month alike: choose the format before you go on.")
                .arg(ambiguous.join(u", "_qs))
                .toHtmlEscaped());
    else
        text = tr("Every date column has its format.");
    if (!unreadable.isEmpty())
        text += u"<br>"_qs
                + tr("No format fits every value of %1: choose the one most values are written in; the rows "
                     "that do not fit are rejected with their line.")
                      .arg(unreadable.join(u", "_qs))
                      .toHtmlEscaped();
    m_message->setText(text);
    Q_EMIT completeChanged();
}

} // namespace LeadStage
