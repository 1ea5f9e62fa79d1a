#include "ConditionMatcher.h"

#include <QJsonArray>

#include <optional>

namespace LeadStage {

namespace {

std::optional<double> number(QStringView text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool equals(const QJsonValue &expected, QStringView text)
{
    if (expected.isDouble()) {
        const std::optional<double> actual = number(text);
        return actual && *actual == expected.toDouble();
    }
    return text.trimmed().compare(expected.toString(), Qt::CaseInsensitive) == 0;
}

bool anyOf(const QJsonValue &values, const auto &test)
{
    if (!values.isArray())
        return test(values);
    const QJsonArray array = values.toArray();
    for (const QJsonValue &value : array)
        if (test(value))
            return true;
    return false;
}

bool compare(const FieldCondition &condition, QStringView text)
{
    const std::optional<double> actual = number(text);
    if (!actual)
        return false;
    switch (condition.op) {
    case FieldOp::AtLeast:
        return *actual >= condition.value.toDouble();
    case FieldOp::AtMost:
        return *actual <= condition.value.toDouble();
    default: {
        const QJsonArray range = condition.value.toArray();
        return *actual >= range[0].toDouble() && *actual <= range[1].toDouble();
    }
    }
}

} // namespace

bool ConditionMatcher::matches(const FieldCondition &condition, const QString &text)
{
    switch (condition.op) {
    case FieldOp::Equal:
        return equals(condition.value, text);
    case FieldOp::NotEqual:
        return !equals(condition.value, text);
    case FieldOp::In:
        return anyOf(condition.value, [&](const QJsonValue &value) { return equals(value, text); });
    case FieldOp::Contains:
        return anyOf(condition.value,
                     [&](const QJsonValue &value) { return text.contains(value.toString(), Qt::CaseInsensitive); });
    case FieldOp::AtLeast:
    case FieldOp::AtMost:
    case FieldOp::Between:
        return compare(condition, text);
    case FieldOp::Empty: {
        const bool wantEmpty = condition.value.isBool() ? condition.value.toBool() : true;
        return QStringView(text).trimmed().isEmpty() == wantEmpty;
    }
    }
    return false;
}

} // namespace LeadStage
