#include "OneChangeAuc.h"

#include <algorithm>
#include <cmath>

namespace LeadStage {

OneChangeAuc::OneChangeAuc(const FeatureMatrix &cases, std::vector<int> points)
    : m_cases(cases)
    , m_points(std::move(points))
    , m_raw(cases.rows())
    , m_level(cases.rows())
{
    for (std::size_t row = 0; row < cases.rows(); ++row) {
        double sum = 0;
        for (std::size_t j = 0; j < m_points.size(); ++j)
            sum += m_points[j] * cases.at(row, j);
        m_raw[row] = sum;
    }
    m_levels.reserve(cases.rows());
    for (double raw : m_raw)
        m_levels.push_back(score(raw));
    std::sort(m_levels.begin(), m_levels.end());
    m_levels.erase(std::unique(m_levels.begin(), m_levels.end()), m_levels.end());
    m_positives.assign(m_levels.size(), 0);
    m_negatives.assign(m_levels.size(), 0);
    for (std::size_t row = 0; row < cases.rows(); ++row) {
        const auto level =
            std::size_t(std::lower_bound(m_levels.begin(), m_levels.end(), score(m_raw[row])) - m_levels.begin());
        m_level[row] = std::uint32_t(level);
        (cases.positive(row) ? m_positives : m_negatives)[level] += 1;
    }
    for (std::size_t level = 0; level < m_levels.size(); ++level) {
        m_positiveCount += m_positives[level];
        m_negativeCount += m_negatives[level];
    }
}

double OneChangeAuc::auc(std::size_t feature, int points) const
{
    if (m_positiveCount == 0 || m_negativeCount == 0)
        return NAN;
    // The moved cases leave their level; what stays is counted per level.
    std::vector<std::int64_t> positives = m_positives, negatives = m_negatives;
    std::vector<std::pair<double, bool>> moved;
    const int change = points - m_points[feature];
    for (std::size_t row = 0; row < m_cases.rows(); ++row) {
        const double x = m_cases.at(row, feature);
        if (x == 0)
            continue;
        const bool positive = m_cases.positive(row);
        (positive ? positives : negatives)[m_level[row]] -= 1;
        moved.emplace_back(score(m_raw[row] + change * x), positive);
    }
    const std::size_t levels = m_levels.size();
    std::vector<std::int64_t> negativesBelow(levels + 1, 0), positivesBelow(levels + 1, 0);
    double wins = 0;
    for (std::size_t level = 0; level < levels; ++level) {
        // Stayed against stayed.
        wins += double(positives[level]) * (double(negativesBelow[level]) + 0.5 * double(negatives[level]));
        negativesBelow[level + 1] = negativesBelow[level] + negatives[level];
        positivesBelow[level + 1] = positivesBelow[level] + positives[level];
    }
    const std::int64_t stayedPositives = positivesBelow[levels];
    // Moved against stayed.
    for (const auto &[s, positive] : moved) {
        const auto level = std::size_t(std::lower_bound(m_levels.begin(), m_levels.end(), s) - m_levels.begin());
        const bool tie = level < levels && m_levels[level] == s;
        if (positive)
            wins += double(negativesBelow[level]) + (tie ? 0.5 * double(negatives[level]) : 0);
        else
            wins += double(stayedPositives - positivesBelow[level] - (tie ? positives[level] : 0))
                    + (tie ? 0.5 * double(positives[level]) : 0);
    }
    // Moved against moved.
    std::sort(moved.begin(), moved.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::int64_t movedNegativesBelow = 0;
    for (std::size_t first = 0; first < moved.size();) {
        std::size_t last = first;
        std::int64_t tiedPositives = 0, tiedNegatives = 0;
        for (; last < moved.size() && moved[last].first == moved[first].first; ++last)
            (moved[last].second ? tiedPositives : tiedNegatives) += 1;
        wins += double(tiedPositives) * (double(movedNegativesBelow) + 0.5 * double(tiedNegatives));
        movedNegativesBelow += tiedNegatives;
        first = last;
    }
    return wins / (double(m_positiveCount) * double(m_negativeCount));
}

} // namespace LeadStage
