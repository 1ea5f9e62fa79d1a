#include "ConditionMatcher.h"

#include <QJsonArray>

#include <limits>
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

PreparedCondition::PreparedCondition(const FieldCondition &condition)
    : m_condition(condition)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    switch (condition.op) {
    case FieldOp::AtLeast:
        m_numeric = true;
        m_low = condition.value.toDouble();
        m_high = infinity;
        break;
    case FieldOp::AtMost:
        m_numeric = true;
        m_low = -infinity;
        m_high = condition.value.toDouble();
        break;
    case FieldOp::Between: {
        m_numeric = true;
        const QJsonArray range = condition.value.toArray();
        m_low = range[0].toDouble();
        m_high = range[1].toDouble();
        break;
    }
    default:
        break;
    }
}

bool PreparedCondition::matches(const QString &text) const
{
    // Up to 15 digits is below 2^53: the integer is the double toDouble() reads, exactly.
    if (m_numeric && !text.isEmpty() && text.size() <= 15) {
        std::int64_t value = 0;
        bool digits = true;
        for (const QChar c : text) {
            if (c < u'0' || c > u'9') {
                digits = false;
                break;
            }
            value = value * 10 + (c.unicode() - u'0');
        }
        if (digits) {
            const auto actual = double(value);
            return actual >= m_low && actual <= m_high;
        }
    }
    return ConditionMatcher::matches(m_condition, text);
}

} // namespace LeadStage
