#include "ReportPreviewJob.h"

#include "common/BackgroundJobs.h"
#include "report/ReportBuilder.h"
#include "store/AnalysisDate.h"
#include "store/Workspace.h"

namespace LeadStage {

namespace {

ReportPreviewJob::Basis readBasisOf(const QString &path)
{
    ReportPreviewJob::Basis basis;
    basis.path = path;
    auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace) {
        basis.error = workspace.error();
        return basis;
    }
    auto asOf = AnalysisDate::resolve((*workspace)->database());
    if (!asOf)
        basis.error = asOf.error();
    else
        basis.asOf = asOf->asOf;
    return basis;
}

} // namespace

ReportPreviewJob::ReportPreviewJob(QObject *parent)
    : QObject(parent)
{
    // A cancelled preview may overlap its successor until the builder's next report.
    BackgroundJobs::keepThreads(m_pool, 2);
    connect(&m_basisWatcher, &QFutureWatcher<Basis>::finished, this, [this] {
        if (m_basisWatcher.future().isFinished())
            Q_EMIT basisRead(m_basisWatcher.future().takeResult());
    });
    connect(&m_buildWatcher, &QFutureWatcher<std::shared_ptr<const Answer>>::finished, this, [this] {
        if (!m_buildWatcher.future().isFinished())
            return;
        std::shared_ptr<const Answer> answer = m_buildWatcher.future().takeResult();
        if (!answer || !m_requests.isLatest(answer->generation))
            return; // a newer request replaced it
        m_building = false;
        Q_EMIT built(answer);
    });
}

ReportPreviewJob::~ReportPreviewJob()
{
    m_requests.cancelAll();
    m_pool.waitForDone();
}

void ReportPreviewJob::readBasis(const QString &path)
{
    m_basisWatcher.setFuture(BackgroundJobs::run(&m_pool, [path] { return readBasisOf(path); }));
}

void ReportPreviewJob::build(const QString &path, const ReportRequest &request)
{
    const WhatIfRequests::Ticket ticket = m_requests.next(); // cancels the stale preview
    m_building = true;
    m_buildWatcher.setFuture(BackgroundJobs::run(&m_pool, [path, request, ticket] {
        auto answer = std::make_shared<Answer>();
        answer->generation = ticket.generation;
        answer->request = request;
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        if (!workspace) {
            answer->error = workspace.error();
            return std::shared_ptr<const Answer>(std::move(answer));
        }
        auto document = ReportBuilder::build(**workspace, request, ticket.progress.get());
        if (!document)
            answer->error = document.error();
        else
            answer->document = std::make_shared<const ReportDocument>(std::move(*document));
        return std::shared_ptr<const Answer>(std::move(answer));
    }));
}

void ReportPreviewJob::cancel()
{
    m_requests.cancelAll();
    m_building = false;
}

} // namespace LeadStage
