#pragma once

#include "common/Error.h"
#include "scoring/ScoringModel.h"

#include <vector>

namespace LeadStage {

class LeadFieldPresence;

// Field and fit rules whose field no lead of the workspace has a value in: each would
// score 0 for every lead (or, with "empty", match every lead). Warnings, not errors:
// the model is valid, and the data may yet come.
class FieldRuleCheck
{
public:
    static std::vector<Error> warnings(const ScoringModel &model, const LeadFieldPresence &presence);
    // The warning for one field, or an empty `what` when some lead has it.
    static Error warning(const FieldCondition &condition, const LeadFieldPresence &presence, const QString &rule,
                         const QString &where);
};

} // namespace LeadStage
