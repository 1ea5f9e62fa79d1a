#pragma once

#include "BackTest.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

struct ScoringInput;

// How high one lead's engagement reached, for the capacity curve (docs/evaluation.md,
// "Threshold from capacity"). Engagement counts at the end of each moment of the
// replay (after every point of that second), and only once the lead shows intent
// when the model requires intent for MQL, as the engine's MQL test reads it.
struct LeadReach
{
    std::int64_t peakBefore = 0;   // the highest engagement at or before the window's start
    std::int64_t peakByEnd = 0;    // … at or before the analysis date
    std::int64_t peakByMoment = 0; // … at or before the lead's back-test moment (cases only)
    // MQL whatever the MQL threshold: the first trigger, or for a grade A or B lead
    // under an ICP threshold the engine's own MQL moment. noTime: none.
    std::int64_t fixedMqlAt = noTime;
    std::int64_t mqlAt = noTime; // under the model as it is, replayed to the analysis date
};

// One replay of every lead to the analysis date that keeps what the capacity curve needs,
// so the curve for any threshold is arithmetic on these numbers alone. The window is
// the `months` 30-day months up to the analysis date: (dataEnd − months × 30 days, dataEnd].
struct ThresholdReach
{
    int months = 6;
    std::int64_t windowStart = 0;
    std::int64_t windowEnd = 0;
    int modelThreshold = 0;       // the model's MQL threshold (thresholds.mql)
    int lowestThreshold = 1;      // the lowest the model allows: above IQL and above the ICP threshold
    std::vector<LeadReach> leads; // one per lead of the input

    static constexpr int defaultMonths = 6;

    // The population's cases get their peak at their own moment.
    static Result<ThresholdReach> collect(const ScoringModel &model, const ScoringInput &input,
                                          const BackTestPopulation &population, int months,
                                          Progress *progress = nullptr, unsigned threads = 0);
    // Leads that became MQL within the window under the model as it is.
    std::int64_t modelMqlsInWindow() const;
    double modelMqlsPerMonth() const { return double(modelMqlsInWindow()) / double(months); }
};

} // namespace LeadStage
