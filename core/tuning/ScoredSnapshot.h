#pragma once

#include "metrics/MetricsSnapshot.h"
#include "scoring/LeadScore.h"

#include <cstdint>
#include <span>

namespace LeadStage {

struct ScoringInput;

// Builds the dashboard's MetricsSnapshot from scores held in memory, exactly as
// SnapshotLoader reads it from lead_state after a rescore with the same scores: the
// same leads in id order, fields, grade, stage moments, outcomes and event months
// (the same window around IQL and MQL), so FunnelMetrics gives the same numbers
// without anything written to the workspace.
class ScoredSnapshot
{
public:
    // `scores[i]` belongs to lead i of `input`; `asOf` is the date they were scored at.
    static MetricsSnapshot build(const ScoringInput &input, std::span<const LeadScore> scores, std::int64_t asOf);
};

} // namespace LeadStage
