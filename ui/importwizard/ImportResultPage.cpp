#include "ImportResultPage.h"

#include "ImportSettings.h"
#include "ImportTasks.h"
#include "ImportWizard.h"
#include "WizardText.h"
#include "common/WrappedLabel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadStage {

ImportResultPage::ImportResultPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new WrappedLabel(this))
    , m_table(new QTableWidget(0, 10, this))
    , m_save(new QPushButton(tr("&Save Rejected Rows…"), this))
    , m_saved(new WrappedLabel(this))
{
    setTitle(tr("Imported"));
    setFinalPage(true);
    m_summary->setObjectName(u"resultSummary"_qs);
    m_table->setObjectName(u"resultTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Rows"), tr("New"), tr("Updated"), tr("Unchanged"),
                                        tr("Skipped"), tr("Already there"), tr("Rejected"), tr("Leads created")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_save->setObjectName(u"saveRejected"_qs);
    m_save->setToolTip(tr("Write the selected file's rejected rows (line, column, reason, row) as CSV to fix them "
                          "in a spreadsheet and import them again"));
    m_saved->setObjectName(u"saveMessage"_qs);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_saved, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ImportResultPage::chooseAndSave);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportResultPage::updateButton);
    connect(&wizard->tasks(), &ImportTasks::rejectedSaved, this,
            [this](const QString &path, qint64 rows, const std::optional<Error> &error) {
                m_saved->setText(error ? WizardText::problem(*error)
                                       : tr("Saved %1 rejected rows to %2.")
                                             .arg(WizardText::number(rows), QDir::toNativeSeparators(path)));
                m_save->setEnabled(true);
            });
}

void ImportResultPage::showReport(const ImportReport &report)
{
    m_report = report;
    m_table->setRowCount(int(report.files.size()));
    int firstRejected = -1;
    for (int row = 0; row < int(report.files.size()); ++row) {
        const FileReport &file = report.files[std::size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(QFileInfo(file.path).fileName()));
        m_table->item(row, 0)->setToolTip(file.path);
        m_table->setItem(row, 1, new QTableWidgetItem(WizardText::kindLabel(file.kind)));
        const std::int64_t counts[] = {file.rowsRead, file.inserted,   file.updated,  file.unchanged,
                                       file.skipped,  file.duplicates, file.rejected, file.leadsCreated};
        for (int column = 0; column < int(std::size(counts)); ++column) {
            auto *item = new QTableWidgetItem(WizardText::number(counts[column]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column + 2, item);
        }
        if (file.rejected > 0 && firstRejected < 0)
            firstRejected = row;
    }
    const QString took = report.elapsedMs < 1000 ? tr("%1 ms").arg(report.elapsedMs)
                                                 : tr("%1 s").arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1);
    QString text = tr("Imported %1 rows and rejected %2 in %3; %4 leads were touched.")
                       .arg(WizardText::number(report.imported()), WizardText::number(report.rejected()), took,
                            WizardText::number(report.touchedLeads));
    if (report.rescored)
        text += u' ' + tr("Their scores and stages are up to date.");
    else if (!report.rescoreError.isEmpty())
        text += u' '
                + tr("Rescoring failed (%1): the scores stay out of date until every lead is rescored, which opening "
                     "the workspace again does.")
                      .arg(report.rescoreError);
    if (report.rejected() > 0)
        text += u' '
                + tr("The rejected rows are kept with the import: select a file and save them as CSV to fix "
                     "them in a spreadsheet.");
    if (const QString notes = WizardText::leadFileNotes(report); !notes.isEmpty())
        text += u' ' + notes;
    if (const QString earlier = WizardText::earlierImports(report); !earlier.isEmpty())
        text += u' ' + earlier;
    if (const QString missing = WizardText::missingPlaceholders(report); !missing.isEmpty())
        text += u' ' + missing;
    m_summary->setText(text);
    m_saved->clear();
    m_table->selectRow(std::max(firstRejected, 0));
    updateButton();
}

void ImportResultPage::updateButton()
{
    const int row = m_table->currentRow();
    m_save->setEnabled(row >= 0 && row < int(m_report.files.size()) && m_report.files[std::size_t(row)].rejected > 0);
}

void ImportResultPage::chooseAndSave()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_report.files.size()))
        return;
    const QFileInfo source(m_report.files[std::size_t(row)].path);
    const QString suggested =
        QDir(ImportSettings::lastFolder().get()).filePath(source.completeBaseName() + u"-rejected.csv"_qs);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveRejected(path);
}

void ImportResultPage::saveRejected(const QString &path)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_report.files.size()))
        return;
    m_save->setEnabled(false);
    m_saved->setText(tr("Saving…"));
    m_wizard->tasks().saveRejected(m_report.files[std::size_t(row)].importId, path);
}

} // namespace LeadStage
