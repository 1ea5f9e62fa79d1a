#include "GainsTable.h"

#include <algorithm>
#include <cmath>

namespace LeadStage {

namespace {

// The rank at which decile k (1–10) ends: its share of the leads, rounded half up.
std::int64_t decileEnd(int k, std::int64_t leads)
{
    return (std::int64_t(k) * leads * 2 + 10) / 20;
}

} // namespace

GainsTable GainsTable::of(std::span<const ScoredCase> cases)
{
    GainsTable table;
    std::vector<ScoredCase> sorted(cases.begin(), cases.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ScoredCase &x, const ScoredCase &y) { return x.score > y.score; });
    table.m_leads = std::int64_t(sorted.size());
    table.m_positives = std::count_if(sorted.begin(), sorted.end(), [](const ScoredCase &c) { return c.positive; });
    if (sorted.empty())
        return table;
    const double overallRate = double(table.m_positives) / double(table.m_leads);
    std::int64_t taken = 0, takenPositives = 0;
    int decile = 1;
    Row row;
    for (std::size_t i = 0; i < sorted.size();) {
        const double score = sorted[i].score;
        if (row.leads == 0) {
            row.firstDecile = decile;
            row.highestScore = score;
        }
        for (; i < sorted.size() && sorted[i].score == score; ++i) {
            ++row.leads;
            row.positives += sorted[i].positive ? 1 : 0;
        }
        row.lowestScore = score;
        taken = row.leads + (table.m_rows.empty() ? 0 : table.m_rows.back().cumulativeLeads);
        if (taken < decileEnd(decile, table.m_leads))
            continue;
        // The row ends here: it covers every decile whose end it has reached.
        while (decile < 10 && decileEnd(decile + 1, table.m_leads) <= taken)
            ++decile;
        row.lastDecile = decile;
        takenPositives += row.positives;
        row.cumulativeLeads = taken;
        row.rate = double(row.positives) / double(row.leads);
        row.lift = overallRate > 0 ? row.rate / overallRate : 0;
        row.cumulativeGain = table.m_positives > 0 ? double(takenPositives) / double(table.m_positives) : 0;
        row.cumulativeLift = overallRate > 0 ? (double(takenPositives) / double(taken)) / overallRate : 0;
        table.m_rows.push_back(row);
        row = Row();
        ++decile;
    }
    return table;
}

bool GainsTable::hasMergedRows() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.coversSeveralDeciles(); });
}

} // namespace LeadStage
