#include "DecayCurve.h"

#include "scoring/Moments.h"

#include <algorithm>

namespace LeadStage {

namespace {

constexpr int daysPerDecayMonth = int(secondsPerDecayMonth / secondsPerDay);

// Days after the last event of the k-th step (k = 1, 2, …), as the engine places them.
int stepDay(const DecayRule &decay, int k)
{
    return (decay.graceMonths + k) * daysPerDecayMonth;
}

} // namespace

int DecayCurve::scoreOn(const DecayRule &decay, int startScore, int day)
{
    int score = std::max(0, startScore);
    if (decay.pointsPerMonth <= 0)
        return score;
    for (int k = 1; stepDay(decay, k) <= day && score > 0; ++k)
        score -= std::min(decay.pointsPerMonth, score);
    return score;
}

std::vector<DecayCurve::Point> DecayCurve::idleLead(const DecayRule &decay, int startScore, int days)
{
    std::vector<Point> points{{0, std::max(0, startScore)}};
    int score = points.front().score;
    if (decay.pointsPerMonth > 0)
        for (int k = 1; stepDay(decay, k) <= days && score > 0; ++k) {
            score -= std::min(decay.pointsPerMonth, score);
            points.push_back({stepDay(decay, k), score});
        }
    if (points.back().day < days)
        points.push_back({days, score});
    return points;
}

int DecayCurve::dayBelow(const DecayRule &decay, int startScore, int threshold, int days)
{
    for (const Point &point : idleLead(decay, startScore, days))
        if (point.score < threshold)
            return point.day;
    return -1;
}

} // namespace LeadStage
