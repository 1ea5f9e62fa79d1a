#include "ImportWizard.h"

#include "ImportActivitiesPage.h"
#include "ImportDatesPage.h"
#include "ImportFilesPage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"
#include "ImportSettings.h"
#include "ImportTasks.h"
#include "ImportValidationPage.h"
#include "WizardText.h"
#include "common/BackgroundJobs.h"
#include "store/ActivityCatalog.h"
#include "store/StoredActivityTypes.h"
#include "store/Workspace.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QTimer>

namespace LeadStage {

ImportWizard::ImportWizard(std::shared_ptr<Workspace> workspace, const QStringList &files, QWidget *parent)
    : QWizard(parent)
    , m_tasks(std::make_unique<ImportTasks>(workspace))
{
    // The workspace's own activity types, those an earlier import created among them: a
    // name equal to their key or label is mapped, as the import itself maps it. A small
    // table, read once here; when it cannot be read the defaults stand and the dry run
    // still says what does not map.
    if (workspace)
        if (auto types = storedActivityTypes(workspace->database()); types && !types->empty())
            m_draft.useActivityTypes(std::move(*types));
    setObjectName(u"importWizard"_qs);
    setWindowTitle(tr("Import CSV Files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(900, 600);
    resize(1040, 680);

    const QString lastPreset = ImportSettings::lastPreset().get();
    if (!lastPreset.isEmpty())
        if (auto saved = MappingFile::load(ImportSettings::presetPath(lastPreset)))
            m_draft.setPreferredPreset(*saved);

    setPage(FilesPage, new ImportFilesPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(ActivitiesPage, new ImportActivitiesPage(this));
    setPage(DatesPage, new ImportDatesPage(this));
    auto *validation = new ImportValidationPage(this);
    setPage(ValidationPage, validation);
    auto *run = new ImportRunPage(this);
    setPage(RunPage, run);
    auto *result = new ImportResultPage(this);
    setPage(ResultPage, result);
    // The next page's start and its first paint in two turns of the event loop, input and
    // timers between them: run back to back they held the GUI thread 16–18 ms when the
    // machine was slow (the mapping page: 5.5 ms to start, 10.9 ms to paint; issue 20).
    for (WizardButton which : {NextButton, CommitButton}) {
        QAbstractButton *forward = button(which);
        disconnect(forward, SIGNAL(clicked()), this, SLOT(next()));
        connect(forward, &QAbstractButton::clicked, this, &ImportWizard::nextThenPaint);
    }

    connect(m_tasks.get(), &ImportTasks::previewed, this,
            [this](int index, const std::optional<CsvPreview> &preview, const std::optional<Error> &problem) {
                if (index < m_draft.fileCount()) {
                    m_draft.setPreview(index, preview, problem);
                    Q_EMIT fileRead(index);
                }
            });
    connect(m_tasks.get(), &ImportTasks::previewsIdle, this, [this] { Q_EMIT fileRead(-1); });
    connect(m_tasks.get(), &ImportTasks::scanned, this, [this](const ImportTasks::ScanOutcome &outcome) {
        m_scanProblem = outcome.cancelled ? tr("Reading the files was stopped.")
                        : outcome.error
                            ? tr("The file cannot be read to the end: %1").arg(WizardText::problem(*outcome.error))
                            : QString();
        for (const ImportTasks::ScannedFile &scanned : outcome.scans)
            if (scanned.file < m_draft.fileCount() && m_draft.file(scanned.file).revision == scanned.revision)
                m_draft.file(scanned.file).scan = scanned.scan; // else the user changed the file's choices since
        if (m_scanProblem.isEmpty() && !m_draft.filesToScan().empty()
            && (currentId() == ActivitiesPage || currentId() == DatesPage)) {
            scanIfNeeded();
            return;
        }
        Q_EMIT scansChanged();
    });
    connect(run, &ImportRunPage::stopped, this, [this, validation](const QString &why) {
        back();
        validation->setNotice(why);
    });
    connect(run, &ImportRunPage::finished, this, [this, result](const ImportTasks::RunOutcome &outcome) {
        result->showReport(*outcome.report);
        next();
        if (outcome.summary)
            Q_EMIT imported(*outcome.summary);
    });
    addFiles(files);
}

void ImportWizard::nextThenPaint()
{
    next();
    // After next(), which turns the wizard's updates off and on again itself: the paint it
    // asked for waits, dirty, until they are on. A timer, not a 0 ms single shot: that is a
    // queued call, run in the same pass over the posted events as the paint.
    setUpdatesEnabled(false);
    QTimer::singleShot(1, this, [this] { setUpdatesEnabled(true); });
}

ImportWizard::~ImportWizard()
{
    m_tasks.reset(); // waits for the jobs that report to it
    // The draft's previews and scans were allocated on the jobs' threads; freeing them
    // here takes those threads' malloc arenas' locks, which a busy thread can hold for
    // tens of milliseconds (it gives memory back to the system under them).
    BackgroundJobs::releaseElsewhere(std::move(m_draft));
}

void ImportWizard::addFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        if (m_draft.addFile(path))
            readFile(m_draft.fileCount() - 1);
    if (!paths.isEmpty())
        ImportSettings::lastFolder().set(QFileInfo(paths.first()).absolutePath());
    Q_EMIT filesChanged();
}

void ImportWizard::removeFile(int index)
{
    m_draft.removeFile(index);
    // The files after it move up: read them again, so that an answer still on its way
    // for an old position is dropped rather than given to another file.
    for (int later = index; later < m_draft.fileCount(); ++later)
        readFile(later);
    Q_EMIT filesChanged();
}

void ImportWizard::readFile(int index)
{
    const DraftFile &file = m_draft.file(index);
    m_tasks->preview(index, file.path, file.csv);
}

void ImportWizard::scanIfNeeded()
{
    if (m_tasks->isScanning())
        return;
    std::vector<ImportTasks::ScanInput> inputs;
    for (int index : m_draft.filesToScan()) {
        const DraftFile &file = m_draft.file(index);
        inputs.push_back(
            {index, file.revision, file.kind, file.path, file.mapping, file.csv, m_draft.options.missingValues});
    }
    m_scanProblem.clear();
    if (inputs.empty())
        return;
    m_tasks->scan(std::move(inputs), m_draft.activities);
}

bool ImportWizard::isScanning() const
{
    return m_tasks->isScanning();
}

void ImportWizard::reject()
{
    // The first Cancel stops a dry run or an import (which then writes nothing); the next closes.
    if (m_tasks->isRunning()) {
        m_tasks->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace LeadStage
