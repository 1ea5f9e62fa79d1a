#include "ModelLimits.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <cstdlib>

namespace LeadStage {

namespace {

QString number(double value)
{
    return std::abs(value) < 1e15 ? QString::number(qint64(value)) : QString::number(value, 'g', 6);
}

QString indexed(const QString &list, std::size_t index, const char *key)
{
    return list + u'[' + QString::number(index) + u"]."_qs + QString::fromLatin1(key);
}

class Checker
{
public:
    std::vector<Error> errors;

    void fail(const QString &where, const QString &what)
    {
        errors.push_back(Error{what, where, 0, 0,
                               QCoreApplication::translate("ModelValidation", "See the limits in docs/scoring.md.")});
    }
    void text(const QString &where, const QString &value, qsizetype maximum)
    {
        if (value.size() > maximum)
            fail(where, ModelLimits::tooLong(value.size(), maximum));
    }
    void range(const QString &where, double value, double minimum, double maximum)
    {
        if (value < minimum || value > maximum)
            fail(where, ModelLimits::outOfRange(value, minimum, maximum));
    }
    void count(const QString &where, std::size_t size, qsizetype maximum, const QString &what)
    {
        if (qsizetype(size) > maximum)
            fail(where, ModelLimits::tooMany(qsizetype(size), maximum, what));
    }

    void condition(const QString &list, std::size_t index, const FieldCondition &condition)
    {
        text(indexed(list, index, "field"), condition.field, ModelLimits::maxKeyLength);
        const QString where = indexed(list, index, "value");
        if (condition.value.isString())
            text(where, condition.value.toString(), ModelLimits::maxValueLength);
        if (!condition.value.isArray())
            return;
        const QJsonArray values = condition.value.toArray();
        count(where, std::size_t(values.size()), ModelLimits::maxValues, u"values"_qs);
        for (qsizetype i = 0; i < values.size(); ++i)
            if (values[i].isString())
                text(where + u'[' + QString::number(i) + u']', values[i].toString(), ModelLimits::maxValueLength);
    }

    void rules(const std::vector<ScoringRule> &rules)
    {
        count(u"rules"_qs, rules.size(), ModelLimits::maxRules, u"rules"_qs);
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const ScoringRule &rule = rules[i];
            text(indexed(u"rules"_qs, i, "id"), rule.id, ModelLimits::maxIdLength);
            text(indexed(u"rules"_qs, i, "label"), rule.label, ModelLimits::maxLabelLength);
            text(indexed(u"rules"_qs, i, "category"), rule.category, ModelLimits::maxLabelLength);
            text(indexed(u"rules"_qs, i, "activity"), rule.activity, ModelLimits::maxKeyLength);
            text(indexed(u"rules"_qs, i, "detail"), rule.detail, ModelLimits::maxPatternLength);
            range(indexed(u"rules"_qs, i, "points"), rule.points, -ModelLimits::maxPoints, ModelLimits::maxPoints);
            if (rule.cap)
                range(indexed(u"rules"_qs, i, "cap"), *rule.cap, 1, ModelLimits::maxCap);
            if (rule.pays == PayMode::AtCount)
                range(indexed(u"rules"_qs, i, "count"), rule.count, 1, ModelLimits::maxCount);
            if (rule.condition)
                condition(u"rules"_qs, i, *rule.condition);
        }
    }

    void triggers(const std::vector<ScoringTrigger> &triggers)
    {
        count(u"triggers"_qs, triggers.size(), ModelLimits::maxTriggers, u"triggers"_qs);
        for (std::size_t i = 0; i < triggers.size(); ++i) {
            const ScoringTrigger &trigger = triggers[i];
            text(indexed(u"triggers"_qs, i, "id"), trigger.id, ModelLimits::maxIdLength);
            text(indexed(u"triggers"_qs, i, "label"), trigger.label, ModelLimits::maxLabelLength);
            text(indexed(u"triggers"_qs, i, "activity"), trigger.activity, ModelLimits::maxKeyLength);
            text(indexed(u"triggers"_qs, i, "detail"), trigger.detail, ModelLimits::maxPatternLength);
            range(indexed(u"triggers"_qs, i, "count"), trigger.count, 1, ModelLimits::maxCount);
            if (trigger.withinDays)
                range(indexed(u"triggers"_qs, i, "withinDays"), *trigger.withinDays, 1, ModelLimits::maxWithinDays);
        }
    }

    void thresholds(const Thresholds &t)
    {
        range(u"thresholds.iql"_qs, t.iql, 0, ModelLimits::maxThreshold);
        range(u"thresholds.mql"_qs, t.mql, 0, ModelLimits::maxThreshold);
        if (t.mqlIcp)
            range(u"thresholds.mqlIcp"_qs, *t.mqlIcp, 0, ModelLimits::maxThreshold);
        range(u"thresholds.pql"_qs, t.pql, 0, ModelLimits::maxThreshold);
    }

    void fit(const FitModel &fit)
    {
        count(u"fit.rules"_qs, fit.rules.size(), ModelLimits::maxFitRules,
              QCoreApplication::translate("ModelValidation", "fit rules"));
        for (std::size_t i = 0; i < fit.rules.size(); ++i) {
            text(indexed(u"fit.rules"_qs, i, "label"), fit.rules[i].label, ModelLimits::maxLabelLength);
            range(indexed(u"fit.rules"_qs, i, "points"), fit.rules[i].points, -ModelLimits::maxPoints,
                  ModelLimits::maxPoints);
            condition(u"fit.rules"_qs, i, fit.rules[i].condition);
        }
        range(u"fit.grades.A"_qs, fit.grades.a, 0, ModelLimits::maxGrade);
        range(u"fit.grades.B"_qs, fit.grades.b, 0, ModelLimits::maxGrade);
        range(u"fit.grades.C"_qs, fit.grades.c, 0, ModelLimits::maxGrade);
    }

    void nurture(const NurtureModel &nurture)
    {
        count(u"nurture.tracks"_qs, nurture.tracks.size(), ModelLimits::maxTracks, u"tracks"_qs);
        for (std::size_t i = 0; i < nurture.tracks.size(); ++i) {
            text(indexed(u"nurture.tracks"_qs, i, "id"), nurture.tracks[i].id, ModelLimits::maxIdLength);
            text(indexed(u"nurture.tracks"_qs, i, "label"), nurture.tracks[i].label, ModelLimits::maxLabelLength);
        }
        count(u"nurture.steps"_qs, nurture.steps.size(), ModelLimits::maxSteps, u"steps"_qs);
        for (std::size_t i = 0; i < nurture.steps.size(); ++i) {
            text(indexed(u"nurture.steps"_qs, i, "label"), nurture.steps[i].label, ModelLimits::maxLabelLength);
            range(indexed(u"nurture.steps"_qs, i, "fromWeek"), nurture.steps[i].fromWeek, 1, ModelLimits::maxFromWeek);
        }
    }
};

} // namespace

QString ModelLimits::outOfRange(double value, double minimum, double maximum)
{
    return value < minimum ? QCoreApplication::translate("ModelValidation", "must be at least %1, not %2")
                                 .arg(number(minimum), number(value))
                           : QCoreApplication::translate("ModelValidation", "must be at most %1, not %2")
                                 .arg(number(maximum), number(value));
}

QString ModelLimits::tooLong(qsizetype length, qsizetype maximum)
{
    return QCoreApplication::translate("ModelValidation", "must be at most %1 characters long, not %2")
        .arg(maximum)
        .arg(length);
}

QString ModelLimits::tooMany(qsizetype count, qsizetype maximum, const QString &what)
{
    return QCoreApplication::translate("ModelValidation", "may hold at most %1 %2, not %3")
        .arg(maximum)
        .arg(what)
        .arg(count);
}

std::vector<Error> ModelLimits::check(const ScoringModel &model)
{
    Checker checker;
    if (model.name.trimmed().isEmpty())
        checker.fail(u"name"_qs,
                     QCoreApplication::translate("ModelValidation", "must not be empty (a name of 1 to %1 characters)")
                         .arg(maxNameLength));
    checker.text(u"name"_qs, model.name, maxNameLength);
    checker.rules(model.rules);
    checker.triggers(model.triggers);
    checker.thresholds(model.thresholds);
    checker.range(u"decay.graceMonths"_qs, model.decay.graceMonths, 0, maxGraceMonths);
    checker.range(u"decay.pointsPerMonth"_qs, model.decay.pointsPerMonth, 0, maxDecayPoints);
    checker.fit(model.fit);
    checker.nurture(model.nurture);
    checker.range(u"stagnantDays"_qs, model.stagnantDays, 1, maxStagnantDays);
    return checker.errors;
}

} // namespace LeadStage
