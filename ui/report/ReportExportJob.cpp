#include "ReportExportJob.h"

#include "ReportWriter.h"
#include "common/BackgroundJobs.h"
#include "report/ReportBuilder.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace LeadStage {

namespace {

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdU16String());
}

// Beside the target (same file system, so the rename is atomic), hidden, and ending
// in the target's name so the writers see the suffix they expect.
QString partialName(const QString &path)
{
    const QFileInfo target(path);
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return target.dir().filePath(u".partial-%1-%2"_qs.arg(tag, target.fileName()));
}

Error cancelledError(const QString &path)
{
    return Error{ReportExportJob::tr("The export was cancelled: nothing was written."), path, 0, 0, {}};
}

} // namespace

ReportExportJob::ReportExportJob(QObject *parent)
    : QObject(parent)
    , m_progress([this](std::int64_t done, std::int64_t total) {
        // From the worker: queued to the GUI thread.
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
    })
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (!m_watcher.future().isFinished())
            return;
        const Outcome outcome = m_watcher.future().takeResult();
        m_running = false;
        Q_EMIT finished(outcome);
    });
}

ReportExportJob::~ReportExportJob()
{
    m_progress.cancel();
    waitForFinished();
}

void ReportExportJob::waitForFinished()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void ReportExportJob::start(const Order &order)
{
    m_progress.reset();
    m_running = true;
    m_watcher.setFuture(BackgroundJobs::run([this, order] { return run(order); }));
}

ReportExportJob::Outcome ReportExportJob::run(const Order &order)
{
    Outcome outcome;
    outcome.path = order.path;
    auto workspace = Workspace::open(order.workspacePath, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace) {
        outcome.error = workspace.error();
        return outcome;
    }
    auto document = ReportBuilder::build(**workspace, order.request, &m_progress);
    if (m_progress.cancelled()) {
        outcome.cancelled = true;
        outcome.error = cancelledError(order.path);
        return outcome;
    }
    if (!document) {
        outcome.error = document.error();
        return outcome;
    }
    workspace->reset(); // the file is let go before the writing starts

    const bool folder = order.format == ReportFormat::Csv && !order.csvAsZip;
    if (folder) {
        // A folder cannot replace another in one step: its writer fills it in place.
        if (const Status written = ReportWriter::write(*document, order.format, order.paper, order.path, false);
            !written)
            outcome.error = written.error();
        return outcome;
    }
    const QString partial = partialName(order.path);
    if (const Status written = ReportWriter::write(*document, order.format, order.paper, partial, order.csvAsZip);
        !written) {
        QFile::remove(partial);
        outcome.error = written.error();
        if (outcome.error.where == partial)
            outcome.error.where = order.path; // the hidden name means nothing to the analyst
        return outcome;
    }
    if (m_progress.cancelled()) {
        QFile::remove(partial);
        outcome.cancelled = true;
        outcome.error = cancelledError(order.path);
        return outcome;
    }
    std::error_code failure;
    std::filesystem::rename(fsPath(partial), fsPath(order.path), failure); // replaces an older report
    if (failure) {
        QFile::remove(partial);
        outcome.error =
            Error{QString::fromLocal8Bit(failure.message()), order.path, 0, 0,
                  ReportExportJob::tr("Close the file if another program has it open, or choose another name.")};
    }
    return outcome;
}

} // namespace LeadStage
