#pragma once

#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QString>

namespace LeadStage {

// A field condition as an analyst types and reads it: the value of `in` and
// `contains` as a comma-separated list, `between` as "low – high", numbers as
// numbers. The condition builder parses with it and the tables describe with it.
class ConditionText
{
public:
    // The value part only ("Software, Finance", "50 – 5000", "").
    static QString valueText(const FieldCondition &condition);
    // "industry in Software, Finance", "employees between 50 – 5000", "phone empty".
    static QString describe(const FieldCondition &condition);
    // Builds a condition from the three parts, refusing a value the operator cannot take.
    static Result<FieldCondition> parse(const QString &field, FieldOp op, const QString &value);
    // What the value box expects for an operator, for its placeholder.
    static QString valueHint(FieldOp op);
    // Why `condition` cannot be scored, or empty when it can.
    static QString problem(const FieldCondition &condition);
};

} // namespace LeadStage
