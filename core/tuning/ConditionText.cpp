#include "ConditionText.h"

#include "scoring/FieldAddress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace LeadStage {

namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

QString scalarText(const QJsonValue &value)
{
    return value.isDouble() ? numberText(value.toDouble()) : value.toString();
}

// "42" and "-3.5" are numbers; "42 Inc" and "" are text.
QJsonValue scalarFrom(const QString &text)
{
    bool isNumber = false;
    const double number = QLocale::c().toDouble(text, &isNumber);
    return isNumber ? QJsonValue(number) : QJsonValue(text);
}

QStringList listItems(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',')) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

bool allNumbers(const QJsonArray &array)
{
    for (const QJsonValue &element : array)
        if (!element.isDouble())
            return false;
    return true;
}

bool allScalars(const QJsonArray &array, bool allowNumbers)
{
    for (const QJsonValue &element : array)
        if (!element.isString() && !(allowNumbers && element.isDouble()))
            return false;
    return true;
}

Error valueError(const QString &what, FieldOp op)
{
    return Error{what, u"value"_qs, 0, 0,
                 QCoreApplication::translate("ModelValidation", "Type %1.").arg(ConditionText::valueHint(op))};
}

} // namespace

QString ConditionText::valueText(const FieldCondition &condition)
{
    const QJsonValue &value = condition.value;
    if (condition.op == FieldOp::Empty)
        return value.isBool() && !value.toBool() ? u"no"_qs : QString();
    if (condition.op == FieldOp::Between && value.isArray() && value.toArray().size() == 2)
        return scalarText(value.toArray()[0]) + u" – "_qs + scalarText(value.toArray()[1]);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &element : value.toArray())
            items.append(scalarText(element));
        return items.join(u", "_qs);
    }
    return scalarText(value);
}

QString ConditionText::describe(const FieldCondition &condition)
{
    if (condition.op == FieldOp::Empty)
        return condition.field
               + (valueText(condition).isEmpty() ? QCoreApplication::translate("ModelValidation", " is empty")
                                                 : QCoreApplication::translate("ModelValidation", " is not empty"));
    return condition.field + u' ' + fieldOpName(condition.op) + u' ' + valueText(condition);
}

QString ConditionText::valueHint(FieldOp op)
{
    switch (op) {
    case FieldOp::Equal:
    case FieldOp::NotEqual:
        return QCoreApplication::translate("ModelValidation", "a text or a number");
    case FieldOp::In:
        return QCoreApplication::translate("ModelValidation", "values separated by commas");
    case FieldOp::Contains:
        return QCoreApplication::translate("ModelValidation", "words separated by commas (any of them)");
    case FieldOp::AtLeast:
    case FieldOp::AtMost:
        return QCoreApplication::translate("ModelValidation", "a number");
    case FieldOp::Between:
        return QCoreApplication::translate("ModelValidation", "two numbers, low – high");
    case FieldOp::Empty:
        return QCoreApplication::translate("ModelValidation", "nothing (is empty), or \"no\" (is not empty)");
    }
    return {};
}

Result<FieldCondition> ConditionText::parse(const QString &field, FieldOp op, const QString &value)
{
    FieldCondition condition{field.trimmed(), op, QJsonValue(QJsonValue::Undefined)};
    if (condition.field.isEmpty())
        return Error{
            QCoreApplication::translate("ModelValidation", "the condition names no field"), u"field"_qs, 0, 0,
            QCoreApplication::translate("ModelValidation",
                                        "Choose a lead field such as industry or employees, or type an attrs key.")};
    if (const FieldAddress address = FieldAddress::of(condition.field); !address.field && address.attribute.isEmpty())
        return Error{QCoreApplication::translate("ModelValidation", "\"%1\" names no extra column after attrs.")
                         .arg(condition.field),
                     u"field"_qs, 0, 0,
                     QCoreApplication::translate("ModelValidation",
                                                 "Write the extra column's name after attrs., as in attrs.campaign.")};
    const QString text = value.trimmed();
    switch (op) {
    case FieldOp::Equal:
    case FieldOp::NotEqual:
        if (text.isEmpty())
            return valueError(QCoreApplication::translate("ModelValidation", "no value to compare with"), op);
        condition.value = scalarFrom(text);
        break;
    case FieldOp::In:
    case FieldOp::Contains: {
        const QStringList items = listItems(text);
        if (items.isEmpty())
            return valueError(QCoreApplication::translate("ModelValidation", "the list is empty"), op);
        QJsonArray array;
        for (const QString &item : items)
            array.append(op == FieldOp::In ? scalarFrom(item) : QJsonValue(item));
        condition.value = op == FieldOp::Contains && items.size() == 1 ? QJsonValue(items.first()) : array;
        break;
    }
    case FieldOp::AtLeast:
    case FieldOp::AtMost: {
        bool isNumber = false;
        const double number = QLocale::c().toDouble(text, &isNumber);
        if (!isNumber)
            return valueError(QCoreApplication::translate("ModelValidation", "\"%1\" is not a number").arg(text), op);
        condition.value = number;
        break;
    }
    case FieldOp::Between: {
        static const QRegularExpression range(uR"(^(-?\d+(?:\.\d+)?)\s*(?:–|-|\.\.|,|to)\s*(-?\d+(?:\.\d+)?)$)"_qs);
        const QRegularExpressionMatch match = range.match(text);
        if (!match.hasMatch())
            return valueError(QCoreApplication::translate("ModelValidation", "\"%1\" is not a range").arg(text), op);
        const double low = QLocale::c().toDouble(match.captured(1));
        const double high = QLocale::c().toDouble(match.captured(2));
        if (low > high)
            return valueError(QCoreApplication::translate("ModelValidation", "the low end %1 is above the high end %2")
                                  .arg(numberText(low), numberText(high)),
                              op);
        condition.value = QJsonArray{low, high};
        break;
    }
    case FieldOp::Empty:
        if (text.compare(u"no"_qs, Qt::CaseInsensitive) == 0 || text.compare(u"false"_qs, Qt::CaseInsensitive) == 0)
            condition.value = false;
        else if (!text.isEmpty() && text.compare(u"yes"_qs, Qt::CaseInsensitive) != 0
                 && text.compare(u"true"_qs, Qt::CaseInsensitive) != 0)
            return valueError(QCoreApplication::translate("ModelValidation", "\"%1\" is neither yes nor no").arg(text),
                              op);
        break;
    }
    return condition;
}

QString ConditionText::problem(const FieldCondition &condition)
{
    if (condition.field.trimmed().isEmpty())
        return QCoreApplication::translate("ModelValidation", "the condition names no field");
    if (const FieldAddress address = FieldAddress::of(condition.field); !address.field && address.attribute.isEmpty())
        return QCoreApplication::translate("ModelValidation", "\"%1\" names no extra column after attrs.")
            .arg(condition.field);
    const QJsonValue &value = condition.value;
    switch (condition.op) {
    case FieldOp::Equal:
    case FieldOp::NotEqual:
        return value.isString() || value.isDouble()
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "the condition has no value to compare with");
    case FieldOp::In:
        return value.isArray() && !value.toArray().isEmpty() && allScalars(value.toArray(), true)
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "\"in\" needs a non-empty list of values");
    case FieldOp::Contains:
        return value.isString() || (value.isArray() && !value.toArray().isEmpty() && allScalars(value.toArray(), false))
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "\"contains\" needs a word or a list of words");
    case FieldOp::AtLeast:
    case FieldOp::AtMost:
        return value.isDouble() ? QString()
                                : QCoreApplication::translate("ModelValidation", "\"%1\" needs a number")
                                      .arg(fieldOpName(condition.op));
    case FieldOp::Between: {
        const QJsonArray range = value.toArray();
        if (!value.isArray() || range.size() != 2 || !allNumbers(range))
            return QCoreApplication::translate("ModelValidation", "\"between\" needs two numbers, low – high");
        return range[0].toDouble() <= range[1].toDouble()
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "the range's low end is above its high end");
    }
    case FieldOp::Empty:
        return value.isUndefined() || value.isBool()
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "\"empty\" takes no value");
    }
    return {};
}

} // namespace LeadStage
