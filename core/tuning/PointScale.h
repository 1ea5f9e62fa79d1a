#pragma once

#include "LogisticRegression.h"

#include <vector>

namespace LeadStage {

// Turns log-odds coefficients into integer points on the model's own scale (DESIGN §9):
// one point is a fixed step s of log-odds, points = round(β / s), and s is chosen so that
// the suggested points put the same share of leads at or above the MQL threshold as the
// current model does. Of the steps that come closest to that share, the geometric middle
// is taken, so a rounding at the edge of the range does not decide the points.
class PointScale
{
public:
    struct Scaled
    {
        double step = 0;         // log-odds per point
        std::vector<int> points; // per feature
        double share = 0;        // of leads at or above the threshold with `points`
        double targetShare = 0;  // the current model's
    };

    // `cases` holds each lead's feature values (its labels are not used).
    static Scaled scale(std::span<const double> coefficients, const FeatureMatrix &cases, int threshold,
                        double targetShare, int maxPoints);
    static int pointsOf(double coefficient, double step);
};

} // namespace LeadStage
