#include "StageChanges.h"

namespace LeadStage {

StageChanges StageChanges::between(std::span<const std::int64_t> leadIds, std::span<const Stage> active,
                                   std::span<const Stage> draft, std::span<const std::uint8_t> counted)
{
    StageChanges changes;
    for (std::size_t lead = 0; lead < leadIds.size(); ++lead) {
        if (!counted[lead])
            continue;
        const Stage from = active[lead], to = draft[lead];
        ++changes.m_matrix[std::size_t(from)][std::size_t(to)];
        if (from != to)
            changes.m_moves.push_back({leadIds[lead], from, to});
    }
    return changes;
}

int StageChanges::leads() const
{
    int sum = 0;
    for (const auto &row : m_matrix)
        for (int cell : row)
            sum += cell;
    return sum;
}

std::vector<std::int64_t> StageChanges::changedLeads() const
{
    std::vector<std::int64_t> ids;
    ids.reserve(m_moves.size());
    for (const StageMove &move : m_moves)
        ids.push_back(move.leadId);
    return ids;
}

std::vector<std::int64_t> StageChanges::leadsMoving(Stage from, Stage to) const
{
    std::vector<std::int64_t> ids;
    for (const StageMove &move : m_moves)
        if (move.from == from && move.to == to)
            ids.push_back(move.leadId);
    return ids;
}

} // namespace LeadStage
