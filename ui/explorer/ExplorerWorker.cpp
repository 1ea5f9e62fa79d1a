#include "ExplorerWorker.h"

#include "explore/ExplorerChoices.h"
#include "explore/LeadDetailLoader.h"
#include "explore/LeadOrderIndex.h"
#include "explore/LeadRowReader.h"
#include "explore/LeadTextExport.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QElapsedTimer>

namespace LeadStage {

namespace {
constexpr std::size_t tsvChunk = 5000;
constexpr qint64 preparingSliceMs = 50; // the longest a page or a detail waits behind the reading
} // namespace

ExplorerWorker::ExplorerWorker(std::shared_ptr<std::atomic<quint64>> latestResolve)
    : m_latestResolve(std::move(latestResolve))
{}

ExplorerWorker::~ExplorerWorker() = default;

void ExplorerWorker::open(const QString &path)
{
    m_rows.reset();
    m_orders.reset();
    m_workspace.reset();
    if (path.isEmpty())
        return; // the workspace was closed: keep no connection to it
    auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace) {
        Q_EMIT failed(workspace.error().toString());
        return;
    }
    m_workspace = std::move(*workspace);
    m_orders = std::make_unique<LeadOrderIndex>(m_workspace->database());
    m_rows = std::make_unique<LeadRowReader>(m_workspace->database());
    auto sources = ExplorerChoices::sources(m_workspace->database());
    // Queued behind the first query the explorer asks right after opening: the rows
    // come first, the attribute columns a moment later.
    QMetaObject::invokeMethod(this, &ExplorerWorker::listAttributes, Qt::QueuedConnection);
    if (!sources) {
        Q_EMIT failed(sources.error().toString());
        Q_EMIT opened({});
        return;
    }
    Q_EMIT opened(*sources);
}

void ExplorerWorker::listAttributes()
{
    if (!m_workspace)
        return;
    auto attributes = ExplorerChoices::attributes(m_workspace->database());
    if (!attributes) {
        Q_EMIT failed(attributes.error().toString());
        return;
    }
    Q_EMIT attributesListed(*attributes);
}

void ExplorerWorker::resolve(quint64 token, const ExplorerQuery &query)
{
    if (!m_orders || token != m_latestResolve->load())
        return;
    QElapsedTimer timer;
    timer.start();
    auto order = m_orders->resolve(query, [&] { return token != m_latestResolve->load(); });
    if (token != m_latestResolve->load())
        return;
    if (!order) {
        Q_EMIT failed(order.error().toString());
        return;
    }
    Q_EMIT resolved(token, *order, timer.elapsed());
}

void ExplorerWorker::prepareFilters()
{
    if (!m_orders)
        return;
    const quint64 token = m_latestResolve->load();
    QElapsedTimer slice;
    slice.start();
    bool sliceOver = false;
    const Status status = m_orders->prepareFilters([&] {
        sliceOver = slice.elapsed() >= preparingSliceMs;
        return token != m_latestResolve->load() || sliceOver;
    });
    if (status) {
        Q_EMIT filtersPrepared();
    } else if (sliceOver && token == m_latestResolve->load()) {
        // Pages and details asked meanwhile go first; then it reads on from where it stopped.
        QMetaObject::invokeMethod(this, &ExplorerWorker::prepareFilters, Qt::QueuedConnection);
    }
    // Other failures are not told here: the resolve that needs the columns meets them and says so.
}

void ExplorerWorker::fetchPage(quint64 token, int firstRow, const std::vector<std::int64_t> &ids)
{
    // A page for a query that has been replaced is of no use to anyone.
    if (!m_rows || token != m_latestResolve->load())
        return;
    auto rows = m_rows->read(ids);
    if (!rows) {
        Q_EMIT failed(rows.error().toString());
        return;
    }
    Q_EMIT pageReady(token, firstRow, *rows);
}

void ExplorerWorker::loadDetail(quint64 token, std::int64_t leadId)
{
    if (!m_workspace)
        return;
    auto detail = LeadDetailLoader(m_workspace->database()).load(leadId);
    if (!detail) {
        Q_EMIT failed(detail.error().toString());
        return;
    }
    Q_EMIT detailReady(token, std::make_shared<const LeadDetail>(std::move(*detail)));
}

void ExplorerWorker::collectTsv(const std::vector<std::int64_t> &ids)
{
    if (!m_rows)
        return;
    QString text = tsvHeader();
    int count = 0;
    for (std::size_t first = 0; first < ids.size(); first += tsvChunk) {
        const std::size_t size = std::min(tsvChunk, ids.size() - first);
        auto rows = m_rows->read(std::span(ids).subspan(first, size));
        if (!rows) {
            Q_EMIT failed(rows.error().toString());
            return;
        }
        for (const LeadRow &row : *rows)
            text += tsvLine(row);
        count += int(rows->size());
    }
    Q_EMIT tsvReady(text, count);
}

} // namespace LeadStage
