#pragma once

#include "ScoringModel.h"
#include "common/Error.h"

#include <vector>

namespace LeadStage {

// What a model may hold (docs/scoring.md, "Limits"). Generous for real models, and
// small enough that nothing a model asks for can overflow or run away: scores are
// summed in 64 bits, and with at most maxRules rules of at most maxPoints each, one
// event moves a score by at most 10^8, so a lead would need over 4 × 10^10 events
// (some 600 GB of them in memory) to come near the range; trigger windows cost
// memory per event, not per count; globs run in linear time on a bounded pattern;
// and the file as a whole is bounded before it is parsed.
// ModelJson refuses a file that breaks a limit; ModelValidator refuses an edit that would.
class ModelLimits
{
public:
    static constexpr qsizetype maxFileBytes = 4 * 1024 * 1024;

    static constexpr qsizetype maxNameLength = 200; // and not blank
    static constexpr qsizetype maxIdLength = 100;
    static constexpr qsizetype maxLabelLength = 200; // labels, categories, step labels
    static constexpr qsizetype maxKeyLength = 100;   // activity keys and field names
    static constexpr qsizetype maxPatternLength = 1000;
    static constexpr qsizetype maxValueLength = 500; // one text value of a condition
    static constexpr qsizetype maxValues = 500;      // values of an `in` or `contains` list

    static constexpr qsizetype maxRules = 1000;
    static constexpr qsizetype maxTriggers = 100;
    static constexpr qsizetype maxFitRules = 200;
    static constexpr qsizetype maxTracks = 50;
    static constexpr qsizetype maxSteps = 100;

    static constexpr int maxPoints = 100000; // rules and fit rules, either sign
    static constexpr int maxCap = 1000000000;
    static constexpr int maxCount = 1000000000; // atCount and triggers
    static constexpr int maxWithinDays = 36500;
    static constexpr int maxThreshold = 1000000000;
    static constexpr int maxGrade = 100; // fit points run from 0 to 100
    static constexpr int maxGraceMonths = 1200;
    static constexpr int maxDecayPoints = maxPoints;
    static constexpr int maxStagnantDays = 36500;
    static constexpr int maxFromWeek = 5200;

    // Every limit `model` breaks, each naming its JSON path ("rules[3].label") and the limit.
    static std::vector<Error> check(const ScoringModel &model);

    // The wording every refusal shares: "must be at most 100000, not 250000".
    static QString outOfRange(double value, double minimum, double maximum);
    static QString tooLong(qsizetype length, qsizetype maximum);
    static QString tooMany(qsizetype count, qsizetype maximum, const QString &what);
};

} // namespace LeadStage
