#pragma once

#include "ReportDocument.h"
#include "ReportRequest.h"
#include "common/Progress.h"
#include "common/Result.h"

namespace LeadStage {

class Workspace;

// Makes the quarterly report's document (DESIGN §7) from an open workspace: the
// quarter's figures beside the previous quarter and the same quarter a year earlier
// (core/metrics), the model in force and its back-test when outcomes exist
// (core/tuning), the summary in words, and the manifest that pins it all. Read-only;
// run it on a worker thread with that thread's own connection.
class ReportBuilder
{
public:
    // Fails when the scores are stale (the numbers would be wrong) or the quarter lies
    // after the analysis date. A cancelled `progress` gives an Error saying so.
    static Result<ReportDocument> build(Workspace &workspace, const ReportRequest &request,
                                        Progress *progress = nullptr);
};

} // namespace LeadStage
