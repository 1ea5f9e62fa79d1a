#include "ExplorerService.h"

#include "common/BackgroundJobs.h"

namespace LeadStage {

ExplorerService::ExplorerService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"LeadExplorer"_qs);
    m_worker = new ExplorerWorker(m_latestResolve);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Emitted on the new thread, where the worker lives: a direct call there.
    connect(&m_thread, &QThread::started, m_worker, &BackgroundJobs::lowerThisThread);
    connect(m_worker, &ExplorerWorker::opened, this, &ExplorerService::opened);
    connect(m_worker, &ExplorerWorker::attributesListed, this, &ExplorerService::attributesListed);
    connect(m_worker, &ExplorerWorker::resolved, this, &ExplorerService::resolved);
    connect(m_worker, &ExplorerWorker::pageReady, this, &ExplorerService::pageReady);
    connect(m_worker, &ExplorerWorker::detailReady, this, [this](quint64 token, const auto &detail) {
        // Only the lead selected last is worth showing.
        if (token == m_detailToken)
            Q_EMIT detailReady(token, detail);
    });
    connect(m_worker, &ExplorerWorker::tsvReady, this, &ExplorerService::tsvReady);
    connect(m_worker, &ExplorerWorker::failed, this, &ExplorerService::failed);
    connect(m_worker, &ExplorerWorker::filtersPrepared, this, &ExplorerService::filtersPrepared);
    m_thread.start();
}

QObject *ExplorerService::workerThreadContext() const
{
    return m_worker;
}

ExplorerService::~ExplorerService()
{
    // Makes a running resolve give up at its next check instead of finishing a full scan.
    m_latestResolve->fetch_add(1);
    m_thread.quit();
    m_thread.wait();
}

void ExplorerService::open(const QString &path)
{
    m_path = path;
    m_latestResolve->fetch_add(1);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->open(path); }, Qt::QueuedConnection);
}

quint64 ExplorerService::resolve(const ExplorerQuery &query)
{
    const quint64 token = m_latestResolve->fetch_add(1) + 1;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, token, query] { worker->resolve(token, query); }, Qt::QueuedConnection);
    return token;
}

void ExplorerService::fetchPage(quint64 token, int firstRow, std::vector<std::int64_t> ids)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, token, firstRow, ids = std::move(ids)] { worker->fetchPage(token, firstRow, ids); },
        Qt::QueuedConnection);
}

quint64 ExplorerService::loadDetail(std::int64_t leadId)
{
    const quint64 token = ++m_detailToken;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, token, leadId] { worker->loadDetail(token, leadId); }, Qt::QueuedConnection);
    return token;
}

void ExplorerService::collectTsv(std::vector<std::int64_t> ids)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ids = std::move(ids)] { worker->collectTsv(ids); }, Qt::QueuedConnection);
}

void ExplorerService::prepareFilters()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->prepareFilters(); }, Qt::QueuedConnection);
}

} // namespace LeadStage
