#pragma once

#include "common/Result.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

class Database;

// How the workspace's leads spread over their current scores (lead_state, under the
// active model at its analysis date): engagement for the IQL and MQL thresholds,
// the product score for PQL. The threshold ruler draws it and counts the leads on
// each side of a handle.
class EngagementHistogram
{
public:
    struct Bar
    {
        int score = 0;          // the lowest score in the bar
        std::int64_t leads = 0; // leads with score in [score, score + width)
        bool operator==(const Bar &) const = default;
    };
    using Counts = std::vector<std::pair<int, std::int64_t>>; // (score, leads), ascending scores

    EngagementHistogram() = default;
    EngagementHistogram(Counts engagement, Counts product);

    static Result<EngagementHistogram> read(Database &database);

    std::int64_t leads() const { return m_leads; }
    // Leads whose current engagement is below `score` (they have not reached a
    // threshold there), and those at or above it.
    std::int64_t engagementBelow(int score) const { return below(m_engagement, score); }
    std::int64_t engagementAtLeast(int score) const { return m_leads - engagementBelow(score); }
    std::int64_t productBelow(int score) const { return below(m_product, score); }
    std::int64_t productAtLeast(int score) const { return m_leads - productBelow(score); }
    int maxEngagement() const { return m_engagement.empty() ? 0 : m_engagement.back().first; }
    int maxProduct() const { return m_product.empty() ? 0 : m_product.back().first; }

    // Bars of `width` points from 0 up to the highest score (engagement or product),
    // empty bars included so the ruler has no gaps; at most maxBars, the last one
    // holding every score from its start on.
    static constexpr std::size_t maxBars = 2000;
    std::vector<Bar> engagementBars(int width) const { return bars(m_engagement, width); }
    std::vector<Bar> productBars(int width) const { return bars(m_product, width); }

private:
    static std::int64_t below(const Counts &counts, int score);
    static std::vector<Bar> bars(const Counts &counts, int width);

    Counts m_engagement, m_product;
    std::int64_t m_leads = 0;
};

} // namespace LeadStage
