#pragma once

#include "scoring/ScoringModel.h"

#include <vector>

namespace LeadStage {

// The engagement score of a lead that goes quiet, day by day, under a model's decay
// (DESIGN §3: steps at L + (G + k) × 30 days, each taking D or what is left): what
// the decay editor draws so the analyst sees how fast an idle IQL cools down.
class DecayCurve
{
public:
    struct Point
    {
        int day = 0;   // days after the lead's last event
        int score = 0; // engagement from that day on
        bool operator==(const Point &) const = default;
    };

    // The score at day 0 and after every decay step up to `days` (inclusive):
    // a step function, one point per change, ending with a point at `days`.
    static std::vector<Point> idleLead(const DecayRule &decay, int startScore, int days = 360);

    // The score on `day` after the last event.
    static int scoreOn(const DecayRule &decay, int startScore, int day);

    // The first day the score is below `threshold`, or -1 when it stays at or above
    // it within `days` (or is below it already at day 0: 0).
    static int dayBelow(const DecayRule &decay, int startScore, int threshold, int days = 360);
};

} // namespace LeadStage
