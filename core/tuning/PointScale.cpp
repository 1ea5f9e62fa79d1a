#include "PointScale.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace LeadStage {

namespace {

// Leads with the same feature values score alike: counted once, with their number.
struct DistinctRows
{
    std::vector<double> values; // row-major
    std::vector<std::int64_t> counts;
    std::size_t features = 0;
    std::int64_t total = 0;
};

DistinctRows distinctRows(const FeatureMatrix &cases)
{
    std::map<std::vector<double>, std::int64_t> counted;
    std::vector<double> row(cases.features());
    for (std::size_t i = 0; i < cases.rows(); ++i) {
        for (std::size_t j = 0; j < row.size(); ++j)
            row[j] = cases.at(i, j);
        ++counted[row];
    }
    DistinctRows distinct;
    distinct.features = cases.features();
    distinct.total = std::int64_t(cases.rows());
    for (const auto &[values, count] : counted) {
        distinct.values.insert(distinct.values.end(), values.begin(), values.end());
        distinct.counts.push_back(count);
    }
    return distinct;
}

double shareAtOrAbove(const DistinctRows &rows, const std::vector<int> &points, int threshold)
{
    std::int64_t above = 0;
    for (std::size_t r = 0; r < rows.counts.size(); ++r) {
        double score = 0;
        for (std::size_t j = 0; j < rows.features; ++j)
            score += points[j] * rows.values[r * rows.features + j];
        if (score >= threshold)
            above += rows.counts[r];
    }
    return rows.total > 0 ? double(above) / double(rows.total) : 0;
}

std::vector<int> pointsAt(std::span<const double> coefficients, double step)
{
    std::vector<int> points;
    for (double beta : coefficients)
        points.push_back(PointScale::pointsOf(beta, step));
    return points;
}

} // namespace

int PointScale::pointsOf(double coefficient, double step)
{
    return int(std::lround(coefficient / step));
}

PointScale::Scaled PointScale::scale(std::span<const double> coefficients, const FeatureMatrix &cases, int threshold,
                                     double targetShare, int maxPoints)
{
    Scaled result;
    result.targetShare = targetShare;
    double largest = 0;
    for (double beta : coefficients)
        largest = std::max(largest, std::abs(beta));
    if (largest == 0 || cases.rows() == 0) {
        result.step = 1;
        result.points.assign(coefficients.size(), 0);
        result.share = 0;
        return result;
    }
    const DistinctRows rows = distinctRows(cases);
    // From the largest coefficient worth maxPoints points to it worth half a point.
    const double low = largest / maxPoints, high = largest * 2;
    constexpr int steps = 400;
    const double ratio = std::pow(high / low, 1.0 / (steps - 1));
    std::vector<double> error(steps), stepAt(steps);
    for (int i = 0; i < steps; ++i) {
        stepAt[std::size_t(i)] = low * std::pow(ratio, i);
        error[std::size_t(i)] =
            std::abs(shareAtOrAbove(rows, pointsAt(coefficients, stepAt[std::size_t(i)]), threshold) - targetShare);
    }
    const auto best = std::size_t(std::min_element(error.begin(), error.end()) - error.begin());
    std::size_t first = best, last = best;
    while (first > 0 && error[first - 1] == error[best])
        --first;
    while (last + 1 < error.size() && error[last + 1] == error[best])
        ++last;
    result.step = std::sqrt(stepAt[first] * stepAt[last]);
    result.points = pointsAt(coefficients, result.step);
    result.share = shareAtOrAbove(rows, result.points, threshold);
    return result;
}

} // namespace LeadStage
