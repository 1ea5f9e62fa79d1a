#pragma once

#include "ExplorerWorker.h"

#include <QObject>
#include <QThread>

namespace LeadStage {

// The GUI thread's handle on the explorer's worker thread: starts it, hands it
// requests (queued, never blocking) and passes its answers on as signals.
class ExplorerService : public QObject
{
    Q_OBJECT

public:
    explicit ExplorerService(QObject *parent = nullptr);
    ~ExplorerService() override;

    void open(const QString &path);
    // Returns the request's token; answers to older resolves are dropped by the worker.
    quint64 resolve(const ExplorerQuery &query);
    void fetchPage(quint64 token, int firstRow, std::vector<std::int64_t> ids);
    quint64 loadDetail(std::int64_t leadId);
    void collectTsv(std::vector<std::int64_t> ids);
    // The user started a search: the worker reads what it needs meanwhile.
    void prepareFilters();
    QString path() const { return m_path; }
    // An object living on the worker's thread (tests run code there through it).
    QObject *workerThreadContext() const;

Q_SIGNALS:
    void opened(const QStringList &sources);
    // The import's extra columns, listed after the first rows: on 1 M leads it takes a second.
    void attributesListed(const QStringList &attributes);
    void resolved(quint64 token, const LeadStage::LeadOrder &order, qint64 elapsedMs);
    void pageReady(quint64 token, int firstRow, const std::vector<LeadStage::LeadRow> &rows);
    void detailReady(quint64 token, const std::shared_ptr<const LeadStage::LeadDetail> &detail);
    void tsvReady(const QString &text, int rows);
    void failed(const QString &message);
    // What searches and filters read is in memory: the next ones answer at once.
    void filtersPrepared();

private:
    QThread m_thread;
    std::shared_ptr<std::atomic<quint64>> m_latestResolve = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_detailToken = 0;
    ExplorerWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    QString m_path;
};

} // namespace LeadStage
