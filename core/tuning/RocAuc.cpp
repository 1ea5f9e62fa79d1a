#include "RocAuc.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace LeadStage {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// DeLong's placement values: for each positive, the share of negatives it outranks
// (ties one half); for each negative, the share of positives that outrank it.
struct Placements
{
    std::vector<double> ofPositives;
    std::vector<double> ofNegatives;
    double auc = nan;
    std::int64_t positives = 0;
    std::int64_t negatives = 0;
};

Placements placements(const std::vector<double> &positives, const std::vector<double> &negatives)
{
    Placements result;
    result.positives = std::int64_t(positives.size());
    result.negatives = std::int64_t(negatives.size());
    if (positives.empty() || negatives.empty())
        return result;
    std::vector<double> pos = positives, neg = negatives;
    std::sort(pos.begin(), pos.end());
    std::sort(neg.begin(), neg.end());
    const auto m = double(pos.size()), n = double(neg.size());
    result.ofPositives.reserve(positives.size());
    double sum = 0;
    for (double x : positives) {
        const auto [lower, upper] = std::equal_range(neg.begin(), neg.end(), x);
        const double v = (double(lower - neg.begin()) + 0.5 * double(upper - lower)) / n;
        result.ofPositives.push_back(v);
        sum += v;
    }
    result.ofNegatives.reserve(negatives.size());
    for (double y : negatives) {
        const auto [lower, upper] = std::equal_range(pos.begin(), pos.end(), y);
        result.ofNegatives.push_back((double(pos.end() - upper) + 0.5 * double(upper - lower)) / m);
    }
    result.auc = sum / m;
    return result;
}

// The sample covariance of two placement vectors (divided by k − 1).
double covariance(const std::vector<double> &x, double meanX, const std::vector<double> &y, double meanY)
{
    double sum = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        sum += (x[i] - meanX) * (y[i] - meanY);
    return sum / double(x.size() - 1);
}

double variance(const Placements &p)
{
    return covariance(p.ofPositives, p.auc, p.ofPositives, p.auc) / double(p.ofPositives.size())
           + covariance(p.ofNegatives, p.auc, p.ofNegatives, p.auc) / double(p.ofNegatives.size());
}

AucEstimate estimate(const Placements &p)
{
    AucEstimate result;
    result.positives = p.positives;
    result.negatives = p.negatives;
    result.auc = p.auc;
    result.standardError = result.low = result.high = nan;
    if (!result.hasInterval())
        return result;
    result.standardError = std::sqrt(variance(p));
    result.low = std::max(0.0, p.auc - RocAuc::z95 * result.standardError);
    result.high = std::min(1.0, p.auc + RocAuc::z95 * result.standardError);
    return result;
}

void split(std::span<const ScoredCase> cases, std::vector<double> &positives, std::vector<double> &negatives)
{
    for (const ScoredCase &c : cases)
        (c.positive ? positives : negatives).push_back(c.score);
}

} // namespace

AucEstimate RocAuc::of(std::span<const ScoredCase> cases)
{
    std::vector<double> positives, negatives;
    split(cases, positives, negatives);
    return estimate(placements(positives, negatives));
}

AucDifference RocAuc::difference(std::span<const PairedCase> cases)
{
    std::vector<double> posA, negA, posB, negB;
    for (const PairedCase &c : cases) {
        (c.positive ? posA : negA).push_back(c.a);
        (c.positive ? posB : negB).push_back(c.b);
    }
    const Placements a = placements(posA, negA), b = placements(posB, negB);
    AucDifference result{estimate(a), estimate(b), b.auc - a.auc, nan, nan, nan};
    if (!result.a.hasInterval())
        return result;
    // Var(B − A) = Var(A) + Var(B) − 2 Cov(A, B), each term over positives and negatives.
    const double m = double(posA.size()), n = double(negA.size());
    const double cov = covariance(a.ofPositives, a.auc, b.ofPositives, b.auc) / m
                       + covariance(a.ofNegatives, a.auc, b.ofNegatives, b.auc) / n;
    const double var = std::max(0.0, variance(a) + variance(b) - 2 * cov);
    result.standardError = std::sqrt(var);
    result.low = result.difference - z95 * result.standardError;
    result.high = result.difference + z95 * result.standardError;
    return result;
}

std::vector<RocPoint> RocAuc::curve(std::span<const ScoredCase> cases)
{
    std::vector<ScoredCase> sorted(cases.begin(), cases.end());
    std::sort(sorted.begin(), sorted.end(), [](const ScoredCase &x, const ScoredCase &y) { return x.score > y.score; });
    const auto positives = double(std::count_if(sorted.begin(), sorted.end(), [](auto &c) { return c.positive; }));
    const double negatives = double(sorted.size()) - positives;
    std::vector<RocPoint> points;
    if (positives == 0 || negatives == 0)
        return points;
    points.push_back({std::numeric_limits<double>::infinity(), 0, 0});
    double truePositives = 0, falsePositives = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        const double score = sorted[i].score;
        for (; i < sorted.size() && sorted[i].score == score; ++i)
            (sorted[i].positive ? truePositives : falsePositives) += 1;
        points.push_back({score, falsePositives / negatives, truePositives / positives});
    }
    return points;
}

} // namespace LeadStage
