#include "ImportFilesPage.h"

#include "ImportSettings.h"
#include "ImportTasks.h"
#include "ImportWizard.h"
#include "WizardText.h"
#include "common/CompactComboBox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadStage {

ImportFilesPage::ImportFilesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, 4, this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setTitle(tr("Files to import"));
    setSubTitle(tr("Leads, events (engagement activities) and outcomes (sales results) can come together: "
                   "they land in one transaction, leads first."));
    m_table->setObjectName(u"importFiles"_qs);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Size"), tr("What it looks like")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *add = new QPushButton(tr("&Add Files…"), this);
    add->setObjectName(u"addFiles"_qs);
    add->setToolTip(tr("Choose CSV exports of leads, events or outcomes (you can also drop them on the window)"));
    m_remove->setObjectName(u"removeFile"_qs);
    m_remove->setToolTip(tr("Leave the selected file out of this import"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ImportFilesPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(wizard, &ImportWizard::filesChanged, this, &ImportFilesPage::rebuild);
    connect(wizard, &ImportWizard::fileRead, this, &ImportFilesPage::rebuild);
    rebuild();
}

bool ImportFilesPage::isComplete() const
{
    return m_wizard->draft().fileCount() > 0 && !m_wizard->tasks().isPreviewing();
}

void ImportFilesPage::chooseFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import CSV Files"), ImportSettings::lastFolder().get(),
                                      tr("CSV exports (*.csv *.txt *.tsv);;All files (*)"));
    if (paths.isEmpty())
        return;
    ImportSettings::lastFolder().set(QFileInfo(paths.first()).absolutePath());
    m_wizard->addFiles(paths);
}

void ImportFilesPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_wizard->draft().fileCount())
        return;
    m_wizard->removeFile(row);
}

void ImportFilesPage::rebuild()
{
    ImportDraft &draft = m_wizard->draft();
    m_table->setRowCount(draft.fileCount());
    for (int row = 0; row < draft.fileCount(); ++row) {
        const DraftFile &file = draft.file(row);
        auto *name = new QTableWidgetItem(file.fileName());
        name->setToolTip(file.path);
        m_table->setItem(row, 0, name);
        auto *kind = new CompactComboBox(m_table);
        kind->setObjectName(u"kind%1"_qs.arg(row));
        for (ImportKind each : allImportKinds)
            kind->addItem(WizardText::kindLabel(each), int(each));
        kind->setCurrentIndex(int(file.kind));
        kind->fitToLongestChoice();
        kind->setToolTip(tr("Recognised from the header; change it if the guess is wrong"));
        kind->setEnabled(file.preview.has_value());
        connect(kind, &QComboBox::activated, this, [this, row, kind] {
            m_wizard->draft().setKind(row, ImportKind(kind->currentData().toInt()));
            rebuild();
        });
        m_table->setCellWidget(row, 1, kind);
        m_table->setItem(row, 2, new QTableWidgetItem(WizardText::fileSize(QFileInfo(file.path).size())));
        auto *status = new QTableWidgetItem(WizardText::fileStatus(file));
        status->setToolTip(status->text());
        if (file.problem)
            status->setForeground(Qt::darkRed);
        m_table->setItem(row, 3, status);
    }
    m_remove->setEnabled(m_table->currentRow() >= 0);
    Q_EMIT completeChanged();
}

} // namespace LeadStage
