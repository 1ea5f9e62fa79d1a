#pragma once

#include "LeadScore.h"
#include "ReplayStep.h"
#include "ScoringInput.h"
#include "ScoringModel.h"

#include <QString>

#include <vector>

namespace LeadStage {

// One line of a lead's score ledger: what changed its scores (or stage), when,
// by how much, and the running totals after it.
struct LedgerEntry
{
    std::int64_t at = 0;
    ReplayCause cause = ReplayCause::Rule;
    QString source; // rule or trigger id, stage name, "decay"
    QString label;  // the rule's or trigger's label, or a description
    Track track = Track::Info;
    std::int32_t points = 0;
    std::int32_t uncutPoints = 0; // differs from points only for Cap
    ReplayTotals totals;
};

// "Why does this lead have this score?": every change of one lead's scores in time
// order up to the analysis date. Built by the engine's own replay with a recording
// sink, so the totals reconcile exactly with ScoringEngine at any date up to it.
class ScoreLedger
{
public:
    static ScoreLedger build(const ScoringModel &model, const ScoringInput &input, std::size_t lead, std::int64_t asOf);

    const std::vector<LedgerEntry> &entries() const { return m_entries; }
    // The lead's score at the ledger's analysis date, as the engine gives it.
    const LeadScore &score() const { return m_score; }
    std::int64_t asOf() const { return m_asOf; }
    // Running totals at `time` (<= asOf): those after the last entry at or before it.
    ReplayTotals totalsAt(std::int64_t time) const;

private:
    std::vector<LedgerEntry> m_entries;
    LeadScore m_score;
    std::int64_t m_asOf = 0;
};

} // namespace LeadStage
