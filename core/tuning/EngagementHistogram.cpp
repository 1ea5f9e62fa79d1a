#include "EngagementHistogram.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace LeadStage {

namespace {

Result<EngagementHistogram::Counts> countScores(Database &database, std::string_view sql)
{
    auto query = database.prepare(sql);
    if (!query)
        return query.error();
    EngagementHistogram::Counts counts;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return counts;
        // Scores are 64-bit; one past int's range is past every threshold, and counts
        // at the edge with the same answer for each of them.
        const std::int64_t score =
            std::clamp<std::int64_t>(query->int64(0), std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        counts.emplace_back(int(score), query->int64(1));
    }
}

} // namespace

EngagementHistogram::EngagementHistogram(Counts engagement, Counts product)
    : m_engagement(std::move(engagement))
    , m_product(std::move(product))
{
    m_leads = std::accumulate(m_engagement.begin(), m_engagement.end(), std::int64_t(0),
                              [](std::int64_t sum, const auto &bar) { return sum + bar.second; });
}

Result<EngagementHistogram> EngagementHistogram::read(Database &database)
{
    // Negative scores cannot be stored (engagement is clamped at 0), but a product
    // score can go below 0 with negative rules: they count in the lowest bar.
    auto engagement =
        countScores(database, "SELECT engagement, count(*) FROM lead_state GROUP BY engagement ORDER BY engagement");
    if (!engagement)
        return engagement.error();
    auto product = countScores(database, "SELECT product, count(*) FROM lead_state GROUP BY product ORDER BY product");
    if (!product)
        return product.error();
    return EngagementHistogram(std::move(*engagement), std::move(*product));
}

std::int64_t EngagementHistogram::below(const Counts &counts, int score)
{
    std::int64_t sum = 0;
    for (const auto &[value, leads] : counts) {
        if (value >= score)
            break;
        sum += leads;
    }
    return sum;
}

std::vector<EngagementHistogram::Bar> EngagementHistogram::bars(const Counts &counts, int width)
{
    width = std::max(1, width);
    if (counts.empty())
        return {};
    // A lead far out (a score of 10^9) would ask for millions of empty bars: the
    // last bar takes every score from its start on.
    const int top = std::max(0, counts.back().first);
    std::vector<Bar> result(std::min<std::size_t>(std::size_t(top / width) + 1, maxBars));
    for (std::size_t i = 0; i < result.size(); ++i)
        result[i].score = int(i) * width;
    for (const auto &[value, leads] : counts)
        result[std::min(std::size_t(std::max(0, value) / width), result.size() - 1)].leads += leads;
    return result;
}

} // namespace LeadStage
