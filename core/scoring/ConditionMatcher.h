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

// One condition decided over many texts (a column's distinct values), giving exactly
// what ConditionMatcher::matches gives: a numeric operator's bounds are read from the
// condition once, and a text of plain digits (employee counts) is read as a number
// without the general parser, which costs a microsecond a value.
class PreparedCondition
{
public:
    explicit PreparedCondition(const FieldCondition &condition);
    bool matches(const QString &text) const;

private:
    const FieldCondition &m_condition;
    bool m_numeric = false;
    double m_low = 0, m_high = 0; // both bounds hold: AtLeast has no high, AtMost no low
};

} // namespace LeadStage
