#pragma once

#include "scoring/LeadScore.h"

#include <array>

namespace LeadStage {

class MetricsContext;

// The stages the CRM records (recorded_stages, DESIGN §4) against the stages
// LeadStage places the same leads at, over the leads of the stage counts (filter and
// analysis date as for them). Per stage: the leads the CRM records as having reached
// it by the analysis date, those the model has reached it (each stage by its own
// moment, as StageCounts::everReached), both, the model only and the CRM only.
// Undated recorded stages count at the workspace's analysis date only.
struct RecordedStageRow
{
    Stage stage = Stage::MQL;
    int crm = 0;
    int model = 0;
    int agreeing = 0;
    int modelOnly = 0;
    int crmOnly = 0;
    int crmUndated = 0; // of `crm`: recorded with no date
};

struct RecordedComparison
{
    int leads = 0;             // compared: the leads of the stage counts
    int withRecorded = 0;      // of them, with at least one recorded stage
    int placedDifferently = 0; // of them, model and CRM disagree at one stage or more
    int undatedLeftOut = 0;    // undated recorded stages not counted (analysis date before the workspace's)
    std::array<RecordedStageRow, 4> rows{}; // MQL, SQL, Opportunity, Customer

    static RecordedComparison compute(const MetricsContext &context);
};

} // namespace LeadStage
