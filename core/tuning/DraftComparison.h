#pragma once

#include "StageChanges.h"
#include "metrics/FunnelReport.h"

namespace LeadStage {

// What a draft model would do, beside the active model, for one dashboard question
// (filter and bucket): both sides' full dashboard reports — stage counts and the
// four IQL metrics (FunnelReport::stages, ::summary, ::timeToMql.overall) — and the
// leads that change stage.
struct DraftComparison
{
    FunnelReport active;
    FunnelReport draft;
    StageChanges changes;
    qint64 scoreMs = 0;   // replaying every lead under the draft
    qint64 metricsMs = 0; // snapshot and both sides' numbers
};

} // namespace LeadStage
