#pragma once

#include "scoring/LeadScore.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace LeadStage {

// One lead whose current stage differs between the active model and a draft.
struct StageMove
{
    std::int64_t leadId = 0;
    Stage from = Stage::Lead; // under the active model
    Stage to = Stage::Lead;   // under the draft
    bool operator==(const StageMove &) const = default;
};

// How a draft moves leads between stages: a from-stage × to-stage matrix of counts
// (the diagonal holds the leads that stay) and the leads that move, by lead id, so
// "changed leads" can open them in the lead explorer.
class StageChanges
{
public:
    static constexpr std::size_t stageCount = 7;
    using Matrix = std::array<std::array<int, stageCount>, stageCount>; // [from][to], indexed by Stage

    // Over the leads whose `counted` flag is set; all spans are indexed alike (lead order).
    static StageChanges between(std::span<const std::int64_t> leadIds, std::span<const Stage> active,
                                std::span<const Stage> draft, std::span<const std::uint8_t> counted);

    const Matrix &matrix() const { return m_matrix; }
    int count(Stage from, Stage to) const { return m_matrix[std::size_t(from)][std::size_t(to)]; }
    // Leads counted on both sides (the matrix's sum).
    int leads() const;
    // Leads whose stage differs (the matrix's sum off the diagonal).
    int changed() const { return int(m_moves.size()); }
    const std::vector<StageMove> &moves() const { return m_moves; }
    std::vector<std::int64_t> changedLeads() const;                    // ascending
    std::vector<std::int64_t> leadsMoving(Stage from, Stage to) const; // one cell off the diagonal, ascending

private:
    Matrix m_matrix{};
    std::vector<StageMove> m_moves;
};

} // namespace LeadStage
