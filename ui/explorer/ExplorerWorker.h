#pragma once

#include "explore/ExplorerQuery.h"
#include "explore/LeadDetail.h"
#include "explore/LeadRow.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace LeadStage {

class Workspace;
class LeadOrderIndex;
class LeadRowReader;

// The explorer's database work on its own thread, through its own read-only
// connection (the main window's connection belongs to the GUI thread). Every
// answer carries the token of its request so the asker can drop stale ones.
class ExplorerWorker : public QObject
{
    Q_OBJECT

public:
    // `latestResolve` is the token of the newest resolve request: older ones still
    // queued or running give up early instead of scanning a million rows for nothing.
    explicit ExplorerWorker(std::shared_ptr<std::atomic<quint64>> latestResolve);
    ~ExplorerWorker() override;

    void open(const QString &path);
    void resolve(quint64 token, const LeadStage::ExplorerQuery &query);
    void fetchPage(quint64 token, int firstRow, const std::vector<std::int64_t> &ids);
    void loadDetail(quint64 token, std::int64_t leadId);
    void collectTsv(const std::vector<std::int64_t> &ids);
    // Reads what searches and filters need while the user is still typing; gives way
    // to the next resolve, which goes on from where this stopped.
    void prepareFilters();

Q_SIGNALS:
    void opened(const QStringList &sources);
    // The import's extra columns, listed after the first rows: on 1 M leads it takes a second.
    void attributesListed(const QStringList &attributes);
    void resolved(quint64 token, const LeadStage::LeadOrder &order, qint64 elapsedMs);
    void pageReady(quint64 token, int firstRow, const std::vector<LeadStage::LeadRow> &rows);
    void detailReady(quint64 token, const std::shared_ptr<const LeadStage::LeadDetail> &detail);
    void tsvReady(const QString &text, int rows);
    void failed(const QString &message);
    void filtersPrepared();

private:
    void listAttributes();
    std::shared_ptr<std::atomic<quint64>> m_latestResolve;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LeadOrderIndex> m_orders;
    std::unique_ptr<LeadRowReader> m_rows;
};

} // namespace LeadStage
