#pragma once

#include "ScoringModel.h"

namespace LeadStage {

// Decides a field or fit condition on one field's text. Text compares trimmed and
// case-insensitively; numeric operators (and `=` with a number) read the text as
// a number and never match text that is not one.
class ConditionMatcher
{
public:
    static bool matches(const FieldCondition &condition, const QString &text);
};

} // namespace LeadStage
