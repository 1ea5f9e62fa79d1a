#include "LeadRow.h"

#include "common/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace LeadStage {

QString cellText(const LeadRow &row, ExplorerColumn column, bool exact)
{
    const QVariant &value = row.at(column);
    if (!value.isValid())
        return {};
    if (columnSpec(column).kind == ColumnKind::Time) {
        const std::int64_t seconds = value.toLongLong();
        return exact ? isoUtc(seconds) : isoDate(seconds);
    }
    return value.toString();
}

QString attributeText(const LeadRow &row, const QString &attribute)
{
    const QJsonValue value = row.attributes.value(attribute);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // Whole numbers (the usual case: counts, ids) without a decimal point.
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QString::number(whole) : QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_qs : u"false"_qs;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace LeadStage
