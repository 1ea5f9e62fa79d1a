#pragma once

#include "LogisticRegression.h"

#include <cmath>
#include <span>
#include <vector>

namespace LeadStage {

// The AUC of the score max(0, Σ points × feature) with one feature's points changed,
// for each suggestion in turn. Only the cases the feature touches (feature ≠ 0) move,
// so instead of sorting every case again per suggestion, the unchanged cases are counted
// per distinct score once and the moved ones looked up among them: the same
// Mann–Whitney statistic, ties one half, as RocAuc, in O(levels + touched · log) each.
class OneChangeAuc
{
public:
    OneChangeAuc(const FeatureMatrix &cases, std::vector<int> points);

    // NaN without a positive and a negative case.
    double auc(std::size_t feature, int points) const;

    // Scores on a grid of 1e-6 points, so that a sum reached in another order ties.
    static double score(double raw) { return std::round(std::max(0.0, raw) * 1e6) / 1e6; }

private:
    const FeatureMatrix &m_cases;
    std::vector<int> m_points;
    std::vector<double> m_raw;                          // Σ points × feature per case, not clamped
    std::vector<double> m_levels;                       // the distinct scores, ascending
    std::vector<std::uint32_t> m_level;                 // per case
    std::vector<std::int64_t> m_positives, m_negatives; // per level
    std::int64_t m_positiveCount = 0, m_negativeCount = 0;
};

} // namespace LeadStage
