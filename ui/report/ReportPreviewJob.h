#pragma once

#include "common/Error.h"
#include "report/ReportDocument.h"
#include "report/ReportRequest.h"
#include "tuning/WhatIfRequests.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace LeadStage {

// The export dialog's reading off the GUI thread, each time on its own read-only
// connection: the workspace's analysis date (which quarters it may offer), then the
// report's document for the preview whenever the choices change. A newer preview
// cancels the one before it; only the latest answer is reported.
class ReportPreviewJob : public QObject
{
    Q_OBJECT

public:
    struct Basis
    {
        QString path;
        std::int64_t asOf = 0; // the workspace's analysis date (AnalysisDate)
        Error error;           // empty `what`: read
    };
    struct Answer
    {
        std::uint64_t generation = 0;
        ReportRequest request;
        std::shared_ptr<const ReportDocument> document;
        Error error; // empty `what`: built
    };

    explicit ReportPreviewJob(QObject *parent = nullptr);
    ~ReportPreviewJob() override;

    void readBasis(const QString &path);
    void build(const QString &path, const ReportRequest &request);
    // Stops the running preview and forgets it: no answer comes.
    void cancel();
    bool isBuilding() const { return m_building; }

Q_SIGNALS:
    void basisRead(const LeadStage::ReportPreviewJob::Basis &basis);
    void built(const std::shared_ptr<const LeadStage::ReportPreviewJob::Answer> &answer);

private:
    // Declared first so it is destroyed last: its destructor waits for the workers.
    QThreadPool m_pool;
    QFutureWatcher<Basis> m_basisWatcher;
    QFutureWatcher<std::shared_ptr<const Answer>> m_buildWatcher;
    WhatIfRequests m_requests;
    bool m_building = false;
};

} // namespace LeadStage
