#include "ReportExportDialog.h"

#include "FilterLine.h"
#include "ReportExportJob.h"
#include "ReportExportSettings.h"
#include "ReportPreview.h"
#include "ReportPreviewJob.h"
#include "common/TaskProgressDialog.h"
#include "common/WorkspaceLabel.h"
#include "report/ReportLanguage.h"
#include "shell/WindowWording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

constexpr int previewDelayMs = 300; // typing through the choices builds one preview, not five
constexpr int quartersOffered = 20; // five years back from the last complete quarter

struct ChoiceText
{
    ReportExportDialog::Choice choice;
    const char *key; // ReportExportSettings::format()
};
constexpr ChoiceText choiceKeys[] = {{ReportExportDialog::Choice::Pdf, "pdf"},
                                     {ReportExportDialog::Choice::Xlsx, "xlsx"},
                                     {ReportExportDialog::Choice::Html, "html"},
                                     {ReportExportDialog::Choice::CsvFolder, "csv"},
                                     {ReportExportDialog::Choice::CsvZip, "csvzip"}};

// A sentence for the preview area or a message box: what happened and what to do.
// Core's errors are clauses ("its scores are out of date: …"): made a sentence here.
QString sentence(const Error &coreError)
{
    const Error error = forWindow(coreError);
    QString what = error.what.trimmed();
    if (!what.isEmpty())
        what[0] = what[0].toUpper();
    if (!what.isEmpty() && !what.endsWith(u'.'))
        what += u'.';
    return error.hint.isEmpty() ? what : what + u"\n\n"_qs + error.hint;
}

// The name without a suffix the dialog itself puts on (a user's "q4.final" keeps its dot).
QString withoutReportSuffix(const QString &name)
{
    static const QRegularExpression suffix(u"\\.(pdf|xlsx|html|zip)$"_qs, QRegularExpression::CaseInsensitiveOption);
    QString stripped = name;
    stripped.remove(suffix);
    return stripped;
}

} // namespace

ReportExportDialog::ReportExportDialog(const QString &workspacePath, const MetricsFilter &dashboardFilter,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_dashboardFilter(dashboardFilter)
    , m_previewJob(new ReportPreviewJob(this))
    , m_exportJob(new ReportExportJob(this))
    , m_debounce(new QTimer(this))
    , m_quarter(new QComboBox(this))
    , m_useFilters(new QCheckBox(tr("Use the dashboard's filters"), this))
    , m_filterLine(new QLabel(this))
    , m_datesNote(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_openWhenDone(new QCheckBox(tr("Open the report when done"), this))
    , m_preview(new ReportPreview(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_exportButton(m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"ReportExportDialog"_qs);
    setWindowTitle(tr("Export Quarterly Report"));
    setSizeGripEnabled(true);
    m_hadDates = FilterLine::hasDates(m_dashboardFilter);
    m_dashboardFilter.from.reset(); // the quarter sets the dates
    m_dashboardFilter.to.reset();

    m_quarter->addItem(tr("Reading the workspace…"));
    m_quarter->setEnabled(false);
    m_quarter->setObjectName(u"quarter"_qs);

    m_useFilters->setChecked(true);
    m_filterLine->setWordWrap(true);
    m_filterLine->setObjectName(u"filterLine"_qs);
    m_filterLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_datesNote->setWordWrap(true);
    m_datesNote->setObjectName(u"datesNote"_qs);
    m_datesNote->setText(tr("The dashboard's date range is not used: the quarter sets the dates."));
    QFont small = m_datesNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_datesNote->setFont(small);
    m_datesNote->setForegroundRole(QPalette::PlaceholderText);
    m_datesNote->setVisible(dashboardHadDates());
    m_filterLine->setToolTip(FilterLine::describe(m_dashboardFilter));

    const QString formatTitles[] = {tr("PDF"), tr("Excel (XLSX)"), tr("HTML"), tr("CSV (folder)"), tr("CSV (zip)")};
    for (const ChoiceText &entry : choiceKeys)
        m_format->addItem(formatTitles[int(entry.choice)], int(entry.choice));
    const QString rememberedFormat = ReportExportSettings::format().get();
    for (const ChoiceText &entry : choiceKeys)
        if (rememberedFormat == QLatin1String(entry.key))
            m_format->setCurrentIndex(m_format->findData(int(entry.choice)));

    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    const std::optional<PaperSize> rememberedPaper = paperNamed(ReportExportSettings::paper().get());
    m_paper->setCurrentIndex(m_paper->findData(int(rememberedPaper.value_or(localPaper(QLocale())))));

    for (const Language &language : languages())
        m_language->addItem(language.name, language.code);
    QString language = ReportExportSettings::language().get();
    if (m_language->findData(language) < 0)
        language = u"en"_qs;
    m_language->setCurrentIndex(m_language->findData(language));

    m_openWhenDone->setChecked(ReportExportSettings::openWhenDone().get());
    m_path->setObjectName(u"outputPath"_qs);
    m_path->setMinimumWidth(220);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *filters = new QVBoxLayout;
    filters->addWidget(m_useFilters);
    filters->addWidget(m_filterLine);
    filters->addWidget(m_datesNote);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("Filters:"), filters);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Language:"), m_language);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path); // a row of a layout has no buddy of its own
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_openWhenDone);
    auto *choices = new QWidget(this);
    auto *left = new QVBoxLayout(choices);
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(form);
    left->addStretch();
    choices->setMinimumWidth(400);
    choices->setMaximumWidth(460);
    auto *columns = new QHBoxLayout;
    columns->addWidget(choices);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(previewDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ReportExportDialog::buildPreview);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this] {
        updatePath(true);
        schedulePreview();
    });
    connect(m_useFilters, &QCheckBox::toggled, this, [this] {
        showFilters();
        schedulePreview();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportExportDialog::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updatePaper();
        updatePath(false);
    });
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] { m_preview->setPaper(paper()); });
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_exportButton->setEnabled(m_asOf && !m_path->text().trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_previewJob, &ReportPreviewJob::basisRead, this, [this](const ReportPreviewJob::Basis &basis) {
        if (!basis.error.what.isEmpty()) {
            m_quarter->setItemText(0, tr("Cannot read the workspace"));
            m_preview->showMessage(sentence(basis.error));
            Q_EMIT previewShown();
            return;
        }
        offerQuarters(basis.asOf);
        Q_EMIT ready();
    });
    connect(m_previewJob, &ReportPreviewJob::built, this,
            [this](const std::shared_ptr<const ReportPreviewJob::Answer> &answer) {
                m_preview->setPreparing(false);
                if (answer->document)
                    m_preview->setDocument(answer->document, paper());
                else
                    m_preview->showMessage(tr("The report cannot be made from this workspace.") + u"\n\n"_qs
                                           + sentence(answer->error));
                Q_EMIT previewShown();
            });
    connect(m_exportJob, &ReportExportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setProgress(done, total);
    });
    connect(m_exportJob, &ReportExportJob::finished, this, [this](const ReportExportJob::Outcome &outcome) {
        finishExport(outcome.path, outcome.cancelled, outcome.error);
    });

    showFilters();
    updatePaper();
    m_exportButton->setEnabled(false);
    m_preview->setPreparing(true);
    if (!restoreGeometry(ReportExportSettings::geometry().get())) {
        QSize size(1120, 740);
        if (const QScreen *screen = parent ? parent->screen() : this->screen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
    m_previewJob->readBasis(m_workspacePath);
}

ReportExportDialog::~ReportExportDialog()
{
    m_exportJob->cancel();
    m_exportJob->waitForFinished();
}

std::vector<ReportExportDialog::Language> ReportExportDialog::languages()
{
    std::vector<Language> found;
    QStringList codes = ReportLanguage::available();
    codes.removeAll(u"en"_qs);
    codes.prepend(u"en"_qs); // the language the report is written in, first
    for (const QString &code : std::as_const(codes)) {
        QString name = QLocale::languageToString(QLocale(code).language());
        const QString native = ReportLanguage::nativeName(code);
        if (!native.isEmpty() && !native.contains(name, Qt::CaseInsensitive)) // not "English (American English)"
            name = tr("%1 (%2)").arg(name, native);
        found.push_back({code, name});
    }
    return found;
}

PaperSize ReportExportDialog::localPaper(const QLocale &locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? PaperSize::Letter : PaperSize::A4;
}

ReportFormat ReportExportDialog::formatOf(Choice choice)
{
    switch (choice) {
    case Choice::Pdf:
        return ReportFormat::Pdf;
    case Choice::Xlsx:
        return ReportFormat::Xlsx;
    case Choice::Html:
        return ReportFormat::Html;
    case Choice::CsvFolder:
    case Choice::CsvZip:
        return ReportFormat::Csv;
    }
    return ReportFormat::Pdf;
}

QString ReportExportDialog::suffixOf(Choice choice)
{
    switch (choice) {
    case Choice::Pdf:
        return u"pdf"_qs;
    case Choice::Xlsx:
        return u"xlsx"_qs;
    case Choice::Html:
        return u"html"_qs;
    case Choice::CsvFolder:
        return {};
    case Choice::CsvZip:
        return u"zip"_qs;
    }
    return {};
}

std::optional<ReportRequest> ReportExportDialog::request() const
{
    if (!m_asOf || !m_quarter->currentData().isValid())
        return std::nullopt;
    ReportRequest request;
    request.quarter = Period(Bucket::Quarter, m_quarter->currentData().toInt());
    if (m_useFilters->isChecked())
        request.filter = m_dashboardFilter;
    // The workspace's own analysis date, as `leadstage report` takes it: the manifest
    // then says "as of the workspace", and verify recomputes the same way.
    request.language = m_language->currentData().toString();
    return request;
}

ReportExportDialog::Choice ReportExportDialog::choice() const
{
    return Choice(m_format->currentData().toInt());
}

PaperSize ReportExportDialog::paper() const
{
    return PaperSize(m_paper->currentData().toInt());
}

QString ReportExportDialog::outputPath() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_path->text().trimmed()));
}

void ReportExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ReportExportDialog::filterText() const
{
    return m_filterLine->text();
}

void ReportExportDialog::offerQuarters(std::int64_t asOf)
{
    m_asOf = asOf;
    const Period last = ReportRequest::lastCompleteQuarter(asOf);
    const Period current = Period::containing(asOf, Bucket::Quarter);
    const QSignalBlocker blocker(m_quarter);
    m_quarter->clear();
    // The quarter still running is offered too, marked, but nothing after the analysis date.
    if (current > last && current.start() < asOf)
        m_quarter->addItem(tr("%1 (to date)").arg(current.label()), current.index());
    for (int back = 0; back < quartersOffered; ++back) {
        const Period quarter(Bucket::Quarter, last.index() - back);
        m_quarter->addItem(quarter.label(), quarter.index());
    }
    m_quarter->setCurrentIndex(m_quarter->findData(last.index()));
    m_quarter->setEnabled(true);
    updatePath(true);
    m_exportButton->setEnabled(!m_path->text().trimmed().isEmpty());
    buildPreview();
}

void ReportExportDialog::showFilters()
{
    m_filterLine->setText(FilterLine::describe(m_dashboardFilter));
    m_filterLine->setEnabled(m_useFilters->isChecked());
}

void ReportExportDialog::schedulePreview()
{
    if (!m_asOf)
        return;
    m_preview->setPreparing(true);
    m_debounce->start();
}

void ReportExportDialog::buildPreview()
{
    m_debounce->stop();
    const std::optional<ReportRequest> asked = request();
    if (!asked)
        return;
    m_preview->setPreparing(true);
    m_previewJob->build(m_workspacePath, *asked);
}

void ReportExportDialog::updatePaper()
{
    const Choice chosen = choice();
    m_paper->setEnabled(chosen == Choice::Pdf || chosen == Choice::Html);
    m_paper->setToolTip(m_paper->isEnabled() ? QString() : tr("Spreadsheets and CSV files have no pages."));
}

QString ReportExportDialog::defaultFileName() const
{
    const std::optional<ReportRequest> asked = request();
    const QString quarter = asked ? asked->quarter.label() : QString();
    const QString name = tr("%1 %2 funnel report").arg(WorkspaceLabel::fileNamePart(m_workspacePath), quarter);
    const QString suffix = suffixOf(choice());
    return suffix.isEmpty() ? name : name + u'.' + suffix;
}

// The dialog's own name follows the quarter and format; a name the analyst typed or
// browsed to only gets the new format's suffix.
void ReportExportDialog::updatePath(bool quarterChanged)
{
    const QString current = outputPath();
    if (current.isEmpty() || !m_asOf) {
        if (!m_asOf)
            return;
        QString folder = ReportExportSettings::folder().get();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = WorkspaceLabel::folderOf(m_workspacePath, QDir::homePath());
        m_autoName = defaultFileName();
        setOutputPath(QDir(folder).filePath(m_autoName));
        return;
    }
    const QFileInfo info(current);
    const QString folder = info.path();
    if (info.fileName() == m_autoName) {
        m_autoName = defaultFileName();
        setOutputPath(QDir(folder).filePath(m_autoName));
        return;
    }
    if (quarterChanged)
        return;
    const QString suffix = suffixOf(choice());
    const QString base = withoutReportSuffix(info.fileName());
    setOutputPath(QDir(folder).filePath(suffix.isEmpty() ? base : base + u'.' + suffix));
}

void ReportExportDialog::browse()
{
    const Choice chosen = choice();
    QString path;
    if (chosen == Choice::CsvFolder) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV Files"), outputPath());
    } else {
        const QString suffix = suffixOf(chosen);
        const QString filter = tr("%1 files (*.%2)").arg(m_format->currentText(), suffix);
        path = QFileDialog::getSaveFileName(this, tr("Save the Report"), outputPath(), filter);
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
            path += u'.' + suffix;
        else
            m_replaceAgreed = QDir::cleanPath(path); // the file dialog asked already
    }
    if (!path.isEmpty()) {
        m_autoName.clear(); // the analyst's own name from now on
        setOutputPath(path);
    }
}

bool ReportExportDialog::isExporting() const
{
    return m_exportJob->isRunning();
}

void ReportExportDialog::cancelExport()
{
    m_exportJob->cancel();
}

void ReportExportDialog::startExport()
{
    const std::optional<ReportRequest> asked = request();
    const QString path = outputPath();
    if (!asked || path.isEmpty() || m_exportJob->isRunning())
        return;
    const Choice chosen = choice();
    if (chosen == Choice::CsvFolder && QFileInfo(path).isFile()) {
        QMessageBox::warning(this, windowTitle(), tr("%1 is a file: choose a folder for the CSV files.").arg(path));
        return;
    }
    if (chosen != Choice::CsvFolder && QFileInfo(path).isDir()) {
        QMessageBox::warning(this, windowTitle(), tr("%1 is a folder: choose a file name.").arg(path));
        return;
    }
    if (QFileInfo::exists(path) && path != m_replaceAgreed) {
        auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                    tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Cancel, this);
        box->setObjectName(u"replaceReportBox"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
        box->setDefaultButton(replace);
        connect(replace, &QPushButton::clicked, this, [this, path] {
            m_replaceAgreed = path;
            startExport();
        });
        box->open();
        return;
    }
    remember();

    ReportExportJob::Order order;
    order.workspacePath = m_workspacePath;
    order.request = *asked;
    order.format = formatOf(chosen);
    order.paper = paper();
    order.path = path;
    order.csvAsZip = chosen == Choice::CsvZip;
    m_progress = new TaskProgressDialog(tr("Exporting the quarterly report"), tr("rows"), this);
    m_progress->setExplanation(QDir::toNativeSeparators(path));
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_exportJob->cancel();
        if (m_progress)
            m_progress->setExplanation(tr("Cancelling…"));
    });
    m_progress->setProgress(0, 0);
    m_exportButton->setEnabled(false);
    m_exportJob->start(order);
}

void ReportExportDialog::finishExport(const QString &path, bool cancelled, const Error &error)
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    m_exportButton->setEnabled(true);
    Q_EMIT exportFinished(path, cancelled, error);
    if (cancelled)
        return;
    if (!error.what.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The report was not written"), sentence(error),
                                    QMessageBox::Close, this);
        box->setObjectName(u"reportFailedBox"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (m_openWhenDone->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else
        showWritten(path);
    accept();
}

// Told beside the main window: the dialog closes once the report is written.
void ReportExportDialog::showWritten(const QString &path)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Report Exported"),
                                tr("The quarterly report was written to\n%1").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Close, parentWidget());
    box->setObjectName(u"reportWrittenBox"_qs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("Open"), QMessageBox::AcceptRole);
    QPushButton *show = box->addButton(tr("Show in Folder"), QMessageBox::ActionRole);
    box->setDefaultButton(open);
    const QString folder = QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath();
    connect(open, &QPushButton::clicked, box, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(show, &QPushButton::clicked, box, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->open();
}

void ReportExportDialog::remember() const
{
    for (const ChoiceText &entry : choiceKeys)
        if (entry.choice == choice())
            ReportExportSettings::format().set(QString::fromLatin1(entry.key));
    ReportExportSettings::paper().set(paperName(paper()));
    ReportExportSettings::language().set(m_language->currentData().toString());
    ReportExportSettings::folder().set(QFileInfo(outputPath()).absolutePath());
    ReportExportSettings::openWhenDone().set(m_openWhenDone->isChecked());
}

void ReportExportDialog::done(int result)
{
    if (m_exportJob->isRunning()) {
        // Closed while writing: the export stops and leaves nothing behind.
        m_exportJob->cancel();
        m_exportJob->waitForFinished();
    }
    m_debounce->stop();
    m_previewJob->cancel();
    ReportExportSettings::geometry().set(saveGeometry());
    QDialog::done(result);
}

} // namespace LeadStage
