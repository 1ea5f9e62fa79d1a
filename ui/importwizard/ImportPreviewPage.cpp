#include "ImportPreviewPage.h"

#include "CsvPreviewModel.h"
#include "ImportTasks.h"
#include "ImportWizard.h"
#include "WizardText.h"
#include "common/CellTextDelegate.h"
#include "common/ColumnFit.h"
#include "common/WrappedLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

namespace {
constexpr int detect = -1;
}

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_file(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_separator(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_missing(new QLineEdit(this))
    , m_detected(new WrappedLabel(this))
    , m_problem(new WrappedLabel(this))
    , m_table(new QTableView(this))
    , m_model(new CsvPreviewModel(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first 100 rows as they will be read. If the columns look wrong, change the encoding, "
                   "the separator or the row that names the columns."));
    m_file->setObjectName(u"previewFile"_qs);
    m_encoding->setObjectName(u"encoding"_qs);
    m_separator->setObjectName(u"separator"_qs);
    m_headerRow->setObjectName(u"headerRow"_qs);
    m_detected->setObjectName(u"detected"_qs);
    m_problem->setObjectName(u"previewProblem"_qs);
    m_encoding->addItem(tr("Detect"), detect);
    for (TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252})
        m_encoding->addItem(encodingName(encoding), int(encoding));
    m_encoding->setToolTip(tr("Files saved by Excel on Windows are usually Windows-1252"));
    m_separator->addItem(tr("Detect"), detect);
    for (char16_t separator : {u',', u';', u'\t', u'|'})
        m_separator->addItem(WizardText::separatorLabel(separator), int(separator));
    m_headerRow->setRange(1, 100);
    m_headerRow->setToolTip(tr("Reports often start with title lines: choose the row that names the columns"));
    m_missing->setObjectName(u"missingValues"_qs);
    m_missing->setPlaceholderText(tr("none: only empty cells are missing"));
    m_missing->setToolTip(tr("Cells that mean \"not answered\", separated by commas: they are read as missing, "
                             "like empty cells (compared trimmed, in any case)"));
    m_problem->setStyleSheet(u"color: #a00000;"_qs);
    m_table->setModel(m_model);
    m_table->setWordWrap(false); // one line a row: a long value shows whole in its tooltip
    m_table->setItemDelegate(new CellTextDelegate(m_table));
    m_table->horizontalHeader()->setMaximumSectionSize(320); // a long value shows whole in its tooltip
    // A file of few columns leaves no blank band on the right: the last column takes it.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    auto *options = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), m_file);
    options->addLayout(form, 2);
    for (auto [label, widget] : {std::pair{tr("&Encoding:"), static_cast<QWidget *>(m_encoding)},
                                 std::pair{tr("&Separator:"), static_cast<QWidget *>(m_separator)},
                                 std::pair{tr("&Header row:"), static_cast<QWidget *>(m_headerRow)}}) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(widget);
        options->addWidget(caption);
        options->addWidget(widget);
    }
    auto *missingForm = new QFormLayout;
    missingForm->addRow(tr("Read as &missing:"), m_missing);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addLayout(missingForm);
    layout->addWidget(m_detected);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::showFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::optionsChanged);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::optionsChanged);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportPreviewPage::optionsChanged);
    connect(m_missing, &QLineEdit::textEdited, this, &ImportPreviewPage::missingValuesEdited);
    connect(wizard, &ImportWizard::fileRead, this, [this](int index) {
        if (index == current())
            showFile();
        Q_EMIT completeChanged();
    });
}

void ImportPreviewPage::initializePage()
{
    const QSignalBlocker blocker(m_file);
    m_file->clear();
    for (int i = 0; i < m_wizard->draft().fileCount(); ++i)
        m_file->addItem(m_wizard->draft().file(i).fileName() + u" — "_qs
                        + WizardText::kindLabel(m_wizard->draft().file(i).kind));
    m_file->setEnabled(m_file->count() > 1);
    m_missing->setText(m_wizard->draft().options.missingValues.toList());
    m_model->setMissingValues(m_wizard->draft().options.missingValues);
    showFile();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard->draft().previewsReady() && !m_wizard->tasks().isPreviewing();
}

int ImportPreviewPage::current() const
{
    return m_file->currentIndex();
}

void ImportPreviewPage::showFile()
{
    const int index = current();
    if (index < 0 || index >= m_wizard->draft().fileCount())
        return;
    const DraftFile &file = m_wizard->draft().file(index);
    m_showing = true;
    m_encoding->setCurrentIndex(m_encoding->findData(file.csv.encoding ? int(*file.csv.encoding) : detect));
    m_separator->setCurrentIndex(m_separator->findData(file.csv.separator ? int(*file.csv.separator) : detect));
    m_headerRow->setValue(file.csv.headerRow);
    m_showing = false;
    if (file.preview) {
        m_model->setPreview(*file.preview);
        // Sized on the first 40 rows' longest texts, so the reason column stays in
        // view: shaping every cell of 100 rows of a wide file held the window 18 ms.
        ColumnFit::toLongestTexts(m_table, 40);
        showDetected();
    } else {
        m_model->clear();
        m_detected->setText(file.problem ? QString() : tr("Reading…"));
    }
    m_problem->setText(file.problem
                           ? tr("This file cannot be read as chosen: %1").arg(WizardText::problem(*file.problem))
                           : QString());
    m_problem->setVisible(file.problem.has_value());
}

void ImportPreviewPage::showDetected()
{
    if (current() < 0 || current() >= m_wizard->draft().fileCount())
        return;
    const DraftFile &file = m_wizard->draft().file(current());
    if (!file.preview)
        return;
    QString text = WizardText::detected(*file.preview, file.csv.headerRow);
    if (const int rejected = m_model->rejectedRows(); rejected > 0)
        text += u' ' + tr("%n of these rows will be rejected (marked red; the tooltip says why).", "", rejected);
    if (const int missing = m_model->missingCells(); missing > 0)
        text += u' ' + tr("%n cell(s) are read as missing (greyed).", "", missing);
    m_detected->setText(text);
}

void ImportPreviewPage::missingValuesEdited()
{
    ImportDraft &draft = m_wizard->draft();
    draft.options.missingValues = MissingValues::fromList(m_missing->text());
    m_model->setMissingValues(draft.options.missingValues);
    // The scans' samples and date formats left the placeholders out: read them again.
    for (int i = 0; i < draft.fileCount(); ++i)
        draft.file(i).invalidateScan();
    showDetected();
}

void ImportPreviewPage::optionsChanged()
{
    const int index = current();
    if (m_showing || index < 0)
        return;
    CsvReader::Options &csv = m_wizard->draft().file(index).csv;
    const int encoding = m_encoding->currentData().toInt();
    const int separator = m_separator->currentData().toInt();
    csv.encoding = encoding == detect ? std::nullopt : std::optional(TextEncoding(encoding));
    csv.separator = separator == detect ? std::nullopt : std::optional(char16_t(separator));
    csv.headerRow = m_headerRow->value();
    m_wizard->readFile(index);
    m_detected->setText(tr("Reading…"));
    Q_EMIT completeChanged();
}

} // namespace LeadStage
