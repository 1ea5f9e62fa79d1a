#include "ImportTasks.h"

#include "common/BackgroundJobs.h"
#include "import/ImportJob.h"
#include "import/RejectedRowsCsv.h"
#include "store/Workspace.h"
#include "workspace/WorkspaceChange.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>

#include <chrono>

namespace LeadStage {

namespace {

constexpr qint64 progressIntervalMs = 100;

struct PreviewOutcome
{
    std::optional<CsvPreview> preview;
    std::optional<Error> problem;
};

PreviewOutcome readPreview(const QString &path, const CsvReader::Options &csv)
{
    auto preview = CsvReader::preview(path, csv, 100);
    if (!preview)
        return {std::nullopt, preview.error()};
    return {*preview, std::nullopt};
}

ImportTasks::ScanOutcome scanFiles(const std::vector<ImportTasks::ScanInput> &inputs, const ActivityMap &activities,
                                   Progress *progress)
{
    ImportTasks::ScanOutcome outcome;
    std::int64_t before = 0, total = 0;
    for (const ImportTasks::ScanInput &input : inputs)
        total += QFileInfo(input.path).size();
    for (const ImportTasks::ScanInput &input : inputs) {
        Progress fileProgress([&](std::int64_t done, std::int64_t) {
            if (!progress->report(before + done, total))
                fileProgress.cancel();
        });
        QFile device(input.path);
        if (!device.open(QIODevice::ReadOnly)) {
            outcome.error = Error{u"cannot open the file: "_qs + device.errorString(), input.path, 0, 0,
                                  u"Check the path and that you may read the file."_qs};
            return outcome;
        }
        const ImportScan::Options options{input.mapping, nullptr, input.csv, 0, 0, input.missingValues};
        auto scan = ImportScan::scan(input.kind, &device, input.path, options, activities, &fileProgress);
        if (progress->cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        if (!scan) {
            outcome.error = scan.error();
            return outcome;
        }
        outcome.scans.push_back({input.file, input.revision, std::move(*scan)});
        before += QFileInfo(input.path).size();
    }
    return outcome;
}

ImportTasks::RunOutcome runImport(const std::shared_ptr<Workspace> &main, const ImportRequest &request,
                                  Progress *progress, const std::function<void(qint64, qint64)> &report)
{
    ImportTasks::RunOutcome outcome;
    // A file: a connection of this thread's own. A team workspace, which the window
    // reads: a writer for this import alone, holding the team's one-writer lock only
    // meanwhile (a log-in, off the window's thread).
    std::optional<WorkspaceChange> change;
    Result<std::unique_ptr<Workspace>> connection = std::unique_ptr<Workspace>();
    if (main->isOnServer()) {
        auto begun = WorkspaceChange::begin(main);
        if (!begun) {
            outcome.error = begun.error();
            return outcome;
        }
        change.emplace(std::move(*begun));
    } else {
        connection = main->openConnection();
        if (!connection) {
            outcome.error = connection.error();
            return outcome;
        }
    }
    Workspace &writer = change ? change->workspace() : **connection;
    ImportJob job(writer, request);
    QElapsedTimer sinceReport;
    sinceReport.start();
    Progress jobProgress([&](std::int64_t bytes, std::int64_t totalBytes) {
        if (!progress->report(bytes, totalBytes))
            jobProgress.cancel();
        if (sinceReport.elapsed() < progressIntervalMs || bytes <= 0)
            return;
        sinceReport.restart();
        const std::int64_t rows = job.rowsDone();
        report(rows,
               totalBytes < 0 ? rows : std::max(rows, std::int64_t(double(rows) * double(totalBytes) / double(bytes))));
    });
    auto done = job.run(&jobProgress);
    if (!done) {
        // A cancel that came after the commit is too late: the import landed and says so.
        outcome.cancelled = progress->cancelled();
        if (!outcome.cancelled)
            outcome.error = done.error();
        return outcome;
    }
    outcome.report = *done;
    if (done->committed) {
        auto summary = WorkspaceSummary::read(writer);
        if (summary)
            outcome.summary = *summary;
    }
    return outcome;
}

} // namespace

ImportTasks::ImportTasks(std::shared_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_scanProgress([this](std::int64_t done, std::int64_t total) { relayScanProgress(done, total); })
{
    connect(&m_scan, &QFutureWatcher<ScanOutcome>::finished, this,
            [this] { Q_EMIT scanned(m_scan.future().takeResult()); });
    connect(&m_run, &QFutureWatcher<RunOutcome>::finished, this, [this] { Q_EMIT ran(m_run.future().takeResult()); });
}

ImportTasks::~ImportTasks()
{
    // The scan and the run report through this object: wait for them (cancelled, they end
    // at their next check). Previews and saves hold nothing of it and are not waited for.
    cancel();
    // Not a future whose result was taken: takeResult() resets it, and it never finishes.
    for (QFuture<void> job : {QFuture<void>(m_scan.future()), QFuture<void>(m_run.future())}) {
        if (!job.isRunning())
            continue;
        job.cancel(); // one not started yet then ends at once instead of running here
        job.waitForFinished();
    }
}

void ImportTasks::preview(int file, const QString &path, const CsvReader::Options &csv)
{
    const quint64 token = ++m_nextToken;
    m_previewTokens[file] = token;
    ++m_previewsRunning;
    auto *watcher = new QFutureWatcher<PreviewOutcome>(this);
    connect(watcher, &QFutureWatcher<PreviewOutcome>::finished, this, [this, watcher, file, token] {
        --m_previewsRunning;
        const PreviewOutcome outcome = watcher->future().takeResult();
        watcher->deleteLater();
        if (m_previewTokens.value(file) == token) // else the user changed the options since
            Q_EMIT previewed(file, outcome.preview, outcome.problem);
        if (m_previewsRunning == 0)
            Q_EMIT previewsIdle();
    });
    watcher->setFuture(BackgroundJobs::run(readPreview, path, csv));
}

// On the scan's thread, for every block it reads: a call queued for each took the GUI
// thread 0.5 ms (QProgressBar repaints at once), and two hundred of them waiting behind
// a busy moment ran in one turn of its event loop. At most one waits, and one a tenth of
// a second; it shows the latest count when it runs.
void ImportTasks::relayScanProgress(std::int64_t done, std::int64_t total)
{
    m_scanDone.store(done, std::memory_order_relaxed);
    m_scanTotal.store(total, std::memory_order_relaxed);
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    if (done < total && now < m_nextScanReportMs.load(std::memory_order_relaxed))
        return;
    if (m_scanReportWaiting.exchange(true, std::memory_order_acq_rel))
        return;
    m_nextScanReportMs.store(now + progressIntervalMs, std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        this,
        [this] {
            // Read after the flag: a count stored before a relay that found one waiting shows here.
            m_scanReportWaiting.exchange(false, std::memory_order_acq_rel);
            Q_EMIT scanProgressed(m_scanDone.load(std::memory_order_relaxed),
                                  m_scanTotal.load(std::memory_order_relaxed));
        },
        Qt::QueuedConnection);
}

void ImportTasks::scan(std::vector<ScanInput> inputs, const ActivityMap &activities)
{
    m_scanProgress.reset();
    m_nextScanReportMs.store(0, std::memory_order_relaxed);
    m_scan.setFuture(BackgroundJobs::run(scanFiles, std::move(inputs), activities, &m_scanProgress));
}

void ImportTasks::run(ImportRequest request)
{
    m_runProgress.reset();
    auto report = [this](qint64 rows, qint64 estimated) {
        QMetaObject::invokeMethod(
            this, [this, rows, estimated] { Q_EMIT runProgressed(rows, estimated); }, Qt::QueuedConnection);
    };
    m_run.setFuture(BackgroundJobs::run(runImport, m_workspace, std::move(request), &m_runProgress, report));
}

void ImportTasks::saveRejected(std::int64_t importId, const QString &path)
{
    const QString workspacePath = m_workspace->path();
    auto *watcher = new QFutureWatcher<std::pair<qint64, std::optional<Error>>>(this);
    connect(watcher, &QFutureWatcher<std::pair<qint64, std::optional<Error>>>::finished, this, [this, watcher, path] {
        const auto [rows, error] = watcher->future().takeResult();
        watcher->deleteLater();
        Q_EMIT rejectedSaved(path, rows, error);
    });
    watcher->setFuture(BackgroundJobs::run([workspacePath, importId, path] {
        // Reading needs no lock: a read-only connection of this thread's own.
        auto workspace = Workspace::open(workspacePath, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        if (!workspace)
            return std::pair<qint64, std::optional<Error>>(0, workspace.error());
        auto rows = RejectedRowsCsv::save((*workspace)->database(), importId, path);
        if (!rows)
            return std::pair<qint64, std::optional<Error>>(0, rows.error());
        return std::pair<qint64, std::optional<Error>>(*rows, std::nullopt);
    }));
}

void ImportTasks::cancel()
{
    m_scanProgress.cancel();
    m_runProgress.cancel();
}

} // namespace LeadStage
