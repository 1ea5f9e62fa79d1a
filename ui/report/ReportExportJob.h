#pragma once

#include "common/Error.h"
#include "common/Progress.h"
#include "report/ReportFormat.h"
#include "report/ReportRequest.h"

#include <QFutureWatcher>
#include <QObject>

namespace LeadStage {

// Exports a quarterly report off the GUI thread, on its own read-only connection to
// the workspace: ReportBuilder makes the document, ReportWriter writes it. A file
// report is written under a hidden name beside the target and renamed only when
// done and not cancelled, so Cancel at any moment leaves nothing behind.
class ReportExportJob : public QObject
{
    Q_OBJECT

public:
    struct Order
    {
        QString workspacePath;
        ReportRequest request;
        ReportFormat format = ReportFormat::Pdf;
        PaperSize paper = PaperSize::A4;
        QString path; // a file; a folder for CSV without zip
        bool csvAsZip = false;
    };
    struct Outcome
    {
        QString path;
        bool cancelled = false;
        Error error; // empty `what` and not cancelled: written
    };

    explicit ReportExportJob(QObject *parent = nullptr);
    ~ReportExportJob() override;

    void start(const Order &order);
    void cancel() { m_progress.cancel(); }
    bool isRunning() const { return m_running; }
    void waitForFinished();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const LeadStage::ReportExportJob::Outcome &outcome);

private:
    Outcome run(const Order &order);

    QFutureWatcher<Outcome> m_watcher;
    Progress m_progress;
    bool m_running = false;
};

} // namespace LeadStage
