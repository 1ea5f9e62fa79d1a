#pragma once

#include "common/Error.h"
#include "common/Progress.h"
#include "import/CsvPreview.h"
#include "import/CsvReader.h"
#include "import/ImportReport.h"
#include "import/ImportRequest.h"
#include "import/ImportScan.h"
#include "store/WorkspaceSummary.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace LeadStage {

class Workspace;

// The import wizard's work off the GUI thread: previews, whole-file scans, the dry run,
// the import and saving rejected rows. Each job runs on the window's jobs' pool (the
// destructor cancels the scan and the run and waits for them) and opens its own connection; answers
// to a preview the user has since changed are dropped by a token.
class ImportTasks : public QObject
{
    Q_OBJECT

public:
    struct ScanInput
    {
        int file = 0;
        int revision = 0; // of the file's choices the scan was made for
        ImportKind kind = ImportKind::Leads;
        QString path;
        ColumnMapping mapping;
        CsvReader::Options csv;
        MissingValues missingValues; // no sample or date vote from these
    };
    struct ScannedFile
    {
        int file = 0;
        int revision = 0;
        ImportScan scan;
    };
    struct ScanOutcome
    {
        std::vector<ScannedFile> scans;
        std::optional<Error> error;
        bool cancelled = false;
    };
    struct RunOutcome
    {
        std::optional<ImportReport> report;
        std::optional<WorkspaceSummary> summary; // after a committed import
        std::optional<Error> error;
        bool cancelled = false;
    };

    // `workspace` is the main window's open workspace: the dry run and the import write
    // through a second connection to it (Workspace::openConnection), under its lock.
    explicit ImportTasks(std::shared_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~ImportTasks() override;

    void preview(int file, const QString &path, const CsvReader::Options &csv);
    void scan(std::vector<ScanInput> inputs, const ActivityMap &activities);
    void run(ImportRequest request);
    void saveRejected(std::int64_t importId, const QString &path);

    void cancel(); // the scan or the run
    bool isScanning() const { return m_scan.isRunning(); }
    bool isRunning() const { return m_run.isRunning(); }
    bool isPreviewing() const { return m_previewsRunning > 0; }

Q_SIGNALS:
    void previewed(int file, const std::optional<LeadStage::CsvPreview> &preview,
                   const std::optional<LeadStage::Error> &problem);
    void previewsIdle(); // the last running preview is done (answered or dropped)
    void scanProgressed(qint64 bytes, qint64 totalBytes);
    void scanned(const LeadStage::ImportTasks::ScanOutcome &outcome);
    // Rows done so far and the total estimated from the bytes read.
    void runProgressed(qint64 rows, qint64 estimatedRows);
    void ran(const LeadStage::ImportTasks::RunOutcome &outcome);
    void rejectedSaved(const QString &path, qint64 rows, const std::optional<LeadStage::Error> &error);

private:
    void relayScanProgress(std::int64_t done, std::int64_t total);

    std::shared_ptr<Workspace> m_workspace;
    QHash<int, quint64> m_previewTokens;
    quint64 m_nextToken = 0;
    int m_previewsRunning = 0;
    Progress m_scanProgress;
    // The scan's latest count, for the one relayed call that may be waiting.
    std::atomic<qint64> m_scanDone{0};
    std::atomic<qint64> m_scanTotal{0};
    std::atomic<bool> m_scanReportWaiting{false};
    std::atomic<std::int64_t> m_nextScanReportMs{0}; // steady clock: no call queued before it
    Progress m_runProgress;
    QFutureWatcher<ScanOutcome> m_scan;
    QFutureWatcher<RunOutcome> m_run;
};

} // namespace LeadStage
