#include "ModelWording.h"

#include "scoring/ScoringModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LeadStage::ModelWording {

QString value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_qs : u"false"_qs;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString condition(const FieldCondition &condition)
{
    const QString text = condition.field + u' ' + fieldOpName(condition.op);
    if (condition.op == FieldOp::Empty || condition.value.isNull() || condition.value.isUndefined())
        return text;
    return text + u' ' + value(condition.value);
}

QString pays(const ScoringRule &rule)
{
    if (rule.pays == PayMode::AtCount)
        return u"at count %1"_qs.arg(rule.count);
    return payModeName(rule.pays);
}

QString optionalNumber(std::optional<int> number)
{
    return number ? QString::number(*number) : u"none"_qs;
}

QString yesNo(bool value)
{
    return value ? u"yes"_qs : u"no"_qs;
}

QString list(const QStringList &values)
{
    return values.isEmpty() ? u"any"_qs : values.join(u", "_qs);
}

QString orAny(const QString &text)
{
    return text.isEmpty() ? u"any"_qs : text;
}

QString rule(const ScoringRule &rule)
{
    QString criterion = rule.isFieldRule() ? condition(*rule.condition) : rule.activity;
    if (!rule.isFieldRule() && !rule.detail.isEmpty())
        criterion += u" detail \""_qs + rule.detail + u'"';
    const QString where = u"(%1, %2): "_qs.arg(orAny(rule.category), trackName(rule.track));
    QString text = (rule.label.isEmpty() ? where : rule.label + u' ' + where) + criterion
                   + u", %1 points, %2"_qs.arg(rule.points).arg(pays(rule));
    if (rule.cap)
        text += u", cap %1"_qs.arg(*rule.cap);
    return text;
}

QString trigger(const ScoringTrigger &trigger)
{
    QString text = trigger.label.isEmpty() ? trigger.activity : trigger.label + u": "_qs + trigger.activity;
    if (!trigger.detail.isEmpty())
        text += u" detail \""_qs + trigger.detail + u'"';
    if (trigger.count != 1)
        text += u", %1 times"_qs.arg(trigger.count);
    if (trigger.withinDays)
        text += u" within %1 days"_qs.arg(*trigger.withinDays);
    return text;
}

QString fitRule(const FitRule &rule)
{
    const QString criterion = condition(rule.condition) + u", %1 points"_qs.arg(rule.points);
    return rule.label.isEmpty() ? criterion : rule.label + u": "_qs + criterion;
}

QString track(const NurtureTrack &track)
{
    return u"%1: stages %2; grades %3; health %4"_qs.arg(track.label, list(track.stages), list(track.grades),
                                                         list(track.health));
}

QString step(const NurtureStep &step)
{
    return u"from week %1: %2"_qs.arg(step.fromWeek).arg(step.label);
}

} // namespace LeadStage::ModelWording
