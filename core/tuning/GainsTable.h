#pragma once

#include "RocAuc.h"

#include <cstdint>
#include <span>
#include <vector>

namespace LeadStage {

// The gains / lift table of a back-test by score decile, highest scores first. Tied
// scores stay together (DESIGN §9): a tie that crosses decile boundaries makes one row
// covering several deciles (firstDecile–lastDecile), and the rows after it are shorter.
class GainsTable
{
public:
    struct Row
    {
        int firstDecile = 1;
        int lastDecile = 1;
        double highestScore = 0;
        double lowestScore = 0;
        std::int64_t leads = 0;
        std::int64_t positives = 0;
        double rate = 0;           // positives / leads
        double lift = 0;           // rate / the overall rate
        double cumulativeGain = 0; // share of every positive in this row and the ones above
        double cumulativeLift = 0; // the cumulative rate / the overall rate
        std::int64_t cumulativeLeads = 0;

        bool coversSeveralDeciles() const { return lastDecile > firstDecile; }
    };

    static GainsTable of(std::span<const ScoredCase> cases);

    const std::vector<Row> &rows() const { return m_rows; }
    std::int64_t leads() const { return m_leads; }
    std::int64_t positives() const { return m_positives; }
    // Whether any row covers more than one decile (tied scores, or fewer than ten leads).
    bool hasMergedRows() const;

private:
    std::vector<Row> m_rows;
    std::int64_t m_leads = 0;
    std::int64_t m_positives = 0;
};

} // namespace LeadStage
