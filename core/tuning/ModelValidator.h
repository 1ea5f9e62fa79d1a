#pragma once

#include "common/Error.h"
#include "scoring/ScoringModel.h"

#include <vector>

namespace LeadStage {

// What a demanding analyst refuses in a model, beyond what the JSON reader can
// parse: every problem as a readable Error (what, JSON path, what to do), so the
// rule editor can refuse an edit that would introduce one. docs/rule-editor.md
// lists the rules.
class ModelValidator
{
public:
    static std::vector<Error> check(const ScoringModel &model);

    // The first problem in `after` that `before` did not have: an edit is refused
    // for what it breaks, not for what was broken already (an imported model).
    static std::optional<Error> newProblem(const ScoringModel &before, const ScoringModel &after);

    static constexpr int maxPoints = 1000;
    static constexpr int maxGraceMonths = 36;
    static constexpr int maxDecayPoints = 100;
    static constexpr int maxStagnantDays = 3650;
    static constexpr int maxWeeks = 520;
};

} // namespace LeadStage
