#include "ModelValidator.h"

#include "ConditionText.h"
#include "scoring/ModelLimits.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

#include <cstdlib>

namespace LeadStage {

namespace {

const QStringList stageNames = {u"Lead"_qs, u"IQL"_qs,         u"MQL"_qs,     u"PQL"_qs,
                                u"SQL"_qs,  u"Opportunity"_qs, u"Customer"_qs};
const QStringList gradeNames = {u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs};
const QStringList healthNames = {u"active"_qs, u"stagnant"_qs, u"archived"_qs};

QString path(const char *list, std::size_t index, const char *key = nullptr)
{
    QString text = QString::fromLatin1(list) + u'[' + QString::number(index) + u']';
    if (key)
        text += u'.' + QString::fromLatin1(key);
    return text;
}

QString named(const QString &label, const QString &id)
{
    return u"\"%1\""_qs.arg(label.isEmpty() ? id : label);
}

class Checker
{
public:
    std::vector<Error> errors;

    void fail(const QString &where, const QString &what, const QString &hint)
    {
        errors.push_back(Error{what, where, 0, 0, hint});
    }

    void checkRules(const std::vector<ScoringRule> &rules)
    {
        QSet<QString> ids;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const ScoringRule &rule = rules[i];
            const QString name = named(rule.label, rule.id);
            if (rule.id.trimmed().isEmpty())
                fail(path("rules", i, "id"),
                     QCoreApplication::translate("ModelValidation", "rule %1 has no id").arg(name),
                     QCoreApplication::translate("ModelValidation", "Give every rule a short id."));
            else if (ids.contains(rule.id))
                fail(path("rules", i, "id"),
                     QCoreApplication::translate("ModelValidation", "two rules have the id \"%1\"").arg(rule.id),
                     QCoreApplication::translate("ModelValidation", "Give each rule its own id."));
            ids.insert(rule.id);
            if (std::abs(rule.points) > ModelValidator::maxPoints)
                fail(
                    path("rules", i, "points"),
                    QCoreApplication::translate("ModelValidation", "rule %1 pays %2 points").arg(name).arg(rule.points),
                    QCoreApplication::translate("ModelValidation", "Keep points between −%1 and %1.")
                        .arg(ModelValidator::maxPoints));
            if (rule.cap)
                checkCap(rule, i, name);
            if (rule.isFieldRule()) {
                if (const QString problem = ConditionText::problem(*rule.condition); !problem.isEmpty())
                    fail(path("rules", i, "value"),
                         QCoreApplication::translate("ModelValidation", "rule %1: %2").arg(name, problem),
                         QCoreApplication::translate("ModelValidation",
                                                     "Complete the condition in the rule's criterion."));
                continue;
            }
            if (rule.activity.trimmed().isEmpty())
                fail(path("rules", i, "activity"),
                     QCoreApplication::translate("ModelValidation", "rule %1 names no activity").arg(name),
                     QCoreApplication::translate("ModelValidation", "Choose the activity the rule scores."));
            if (rule.pays == PayMode::AtCount && rule.count < 2)
                fail(path("rules", i, "count"),
                     QCoreApplication::translate("ModelValidation", "rule %1 pays at count %2")
                         .arg(name)
                         .arg(rule.count),
                     QCoreApplication::translate("ModelValidation",
                                                 "A count must be at least 2; at count 1 is the same as \"once\"."));
        }
    }

    void checkCap(const ScoringRule &rule, std::size_t i, const QString &name)
    {
        if (*rule.cap <= 0)
            fail(path("rules", i, "cap"),
                 QCoreApplication::translate("ModelValidation", "rule %1 has a cap of %2").arg(name).arg(*rule.cap),
                 QCoreApplication::translate("ModelValidation", "A cap must be above 0; clear it for no cap."));
        else if (rule.pays != PayMode::Each)
            fail(path("rules", i, "cap"),
                 QCoreApplication::translate("ModelValidation", "rule %1 pays once, so its cap changes nothing")
                     .arg(name),
                 QCoreApplication::translate("ModelValidation",
                                             "Caps are for rules that pay each time; clear the cap."));
        else if (*rule.cap < std::abs(rule.points))
            fail(path("rules", i, "cap"),
                 QCoreApplication::translate("ModelValidation", "rule %1's cap of %2 is below the %3 points it pays")
                     .arg(name)
                     .arg(*rule.cap)
                     .arg(std::abs(rule.points)),
                 QCoreApplication::translate("ModelValidation",
                                             "Raise the cap to at least the rule's points, or lower the points."));
    }

    void checkTriggers(const std::vector<ScoringTrigger> &triggers)
    {
        QSet<QString> ids;
        for (std::size_t i = 0; i < triggers.size(); ++i) {
            const ScoringTrigger &trigger = triggers[i];
            const QString name = named(trigger.label, trigger.id);
            if (trigger.id.trimmed().isEmpty())
                fail(path("triggers", i, "id"),
                     QCoreApplication::translate("ModelValidation", "trigger %1 has no id").arg(name),
                     QCoreApplication::translate("ModelValidation", "Give every trigger an id."));
            else if (ids.contains(trigger.id))
                fail(path("triggers", i, "id"),
                     QCoreApplication::translate("ModelValidation", "two triggers have the id \"%1\"").arg(trigger.id),
                     QCoreApplication::translate("ModelValidation", "Give each trigger its own id."));
            ids.insert(trigger.id);
            if (trigger.activity.trimmed().isEmpty())
                fail(path("triggers", i, "activity"),
                     QCoreApplication::translate("ModelValidation", "trigger %1 names no activity").arg(name),
                     QCoreApplication::translate("ModelValidation", "Choose the activity that makes a lead an MQL."));
            if (trigger.count < 1)
                fail(path("triggers", i, "count"),
                     QCoreApplication::translate("ModelValidation", "trigger %1 fires at count %2")
                         .arg(name)
                         .arg(trigger.count),
                     QCoreApplication::translate("ModelValidation", "A count must be at least 1."));
            if (trigger.withinDays && *trigger.withinDays < 1)
                fail(path("triggers", i, "withinDays"),
                     QCoreApplication::translate("ModelValidation", "trigger %1 has a window of %2 days")
                         .arg(name)
                         .arg(*trigger.withinDays),
                     QCoreApplication::translate("ModelValidation",
                                                 "A window must be at least 1 day; clear it for no window."));
            else if (trigger.withinDays && trigger.count < 2)
                fail(path("triggers", i, "withinDays"),
                     QCoreApplication::translate("ModelValidation",
                                                 "trigger %1 has a window but fires on the first match")
                         .arg(name),
                     QCoreApplication::translate(
                         "ModelValidation",
                         "A window needs a count of at least 2; raise the count or clear the window."));
        }
    }

    void checkThresholds(const Thresholds &t)
    {
        if (t.iql < 1)
            fail(u"thresholds.iql"_qs,
                 QCoreApplication::translate("ModelValidation", "an IQL threshold of %1 makes every lead an IQL")
                     .arg(t.iql),
                 QCoreApplication::translate("ModelValidation", "Set the IQL threshold to at least 1."));
        if (t.mql <= t.iql)
            fail(
                u"thresholds.mql"_qs,
                QCoreApplication::translate("ModelValidation", "the MQL threshold %1 is not above the IQL threshold %2")
                    .arg(t.mql)
                    .arg(t.iql),
                QCoreApplication::translate("ModelValidation", "Leads must pass IQL before MQL: set MQL above IQL."));
        if (t.mqlIcp && (*t.mqlIcp <= t.iql || *t.mqlIcp >= t.mql))
            fail(u"thresholds.mqlIcp"_qs,
                 QCoreApplication::translate("ModelValidation",
                                             "the ICP MQL threshold %1 is not between IQL %2 and MQL %3")
                     .arg(*t.mqlIcp)
                     .arg(t.iql)
                     .arg(t.mql),
                 QCoreApplication::translate("ModelValidation", "Set it above IQL and below MQL, or clear it."));
        if (t.pql < 1)
            fail(u"thresholds.pql"_qs,
                 QCoreApplication::translate("ModelValidation", "a PQL threshold of %1 makes every lead a PQL")
                     .arg(t.pql),
                 QCoreApplication::translate("ModelValidation", "Set the PQL threshold to at least 1."));
        for (const auto &[key, value] : {std::pair{"iql", t.iql}, std::pair{"mql", t.mql}, std::pair{"pql", t.pql}})
            if (value > 10 * ModelValidator::maxPoints)
                fail(u"thresholds."_qs + QString::fromLatin1(key),
                     QCoreApplication::translate("ModelValidation", "a threshold of %1 is out of reach").arg(value),
                     QCoreApplication::translate("ModelValidation", "Keep thresholds at most %1.")
                         .arg(10 * ModelValidator::maxPoints));
    }

    void checkDecay(const DecayRule &decay)
    {
        if (decay.graceMonths < 0 || decay.graceMonths > ModelValidator::maxGraceMonths)
            fail(u"decay.graceMonths"_qs,
                 QCoreApplication::translate("ModelValidation", "a grace of %1 months").arg(decay.graceMonths),
                 QCoreApplication::translate("ModelValidation", "Choose 0 to %1 months.")
                     .arg(ModelValidator::maxGraceMonths));
        if (decay.pointsPerMonth < 0 || decay.pointsPerMonth > ModelValidator::maxDecayPoints)
            fail(u"decay.pointsPerMonth"_qs,
                 QCoreApplication::translate("ModelValidation", "a decay of %1 points a month")
                     .arg(decay.pointsPerMonth),
                 QCoreApplication::translate("ModelValidation", "Choose 0 (no decay) to %1 points.")
                     .arg(ModelValidator::maxDecayPoints));
    }

    void checkFit(const FitModel &fit)
    {
        for (std::size_t i = 0; i < fit.rules.size(); ++i) {
            const FitRule &rule = fit.rules[i];
            const QString name = named(rule.label, ConditionText::describe(rule.condition));
            if (const QString problem = ConditionText::problem(rule.condition); !problem.isEmpty())
                fail(path("fit.rules", i, "value"),
                     QCoreApplication::translate("ModelValidation", "fit rule %1: %2").arg(name, problem),
                     QCoreApplication::translate("ModelValidation", "Complete the fit rule's condition."));
            if (std::abs(rule.points) > 100)
                fail(path("fit.rules", i, "points"),
                     QCoreApplication::translate("ModelValidation", "fit rule %1 gives %2 points")
                         .arg(name)
                         .arg(rule.points),
                     QCoreApplication::translate("ModelValidation",
                                                 "Fit points run from 0 to 100: keep a rule between −100 and 100."));
        }
        const GradeBoundaries &g = fit.grades;
        if (!(g.a <= 100 && g.a > g.b && g.b > g.c && g.c >= 1))
            fail(u"fit.grades"_qs,
                 QCoreApplication::translate("ModelValidation",
                                             "grade boundaries A %1, B %2, C %3 are not 100 ≥ A > B > C ≥ 1")
                     .arg(g.a)
                     .arg(g.b)
                     .arg(g.c),
                 QCoreApplication::translate(
                     "ModelValidation",
                     "Each grade needs its own band of fit points: A above B above C, all within 1–100."));
    }

    void checkNames(const QString &where, const QString &track, const QStringList &names, const QStringList &allowed)
    {
        for (const QString &name : names)
            if (!allowed.contains(name))
                fail(where,
                     QCoreApplication::translate("ModelValidation", "nurture track %1 names \"%2\"").arg(track, name),
                     QCoreApplication::translate("ModelValidation", "Use %1.").arg(allowed.join(u", "_qs)));
    }

    void checkNurture(const NurtureModel &nurture)
    {
        QSet<QString> ids;
        for (std::size_t i = 0; i < nurture.tracks.size(); ++i) {
            const NurtureTrack &track = nurture.tracks[i];
            const QString name = named(track.label, track.id);
            if (track.id.trimmed().isEmpty())
                fail(path("nurture.tracks", i, "id"),
                     QCoreApplication::translate("ModelValidation", "nurture track %1 has no id").arg(name),
                     QCoreApplication::translate("ModelValidation", "Give every track a short id."));
            else if (ids.contains(track.id))
                fail(path("nurture.tracks", i, "id"),
                     QCoreApplication::translate("ModelValidation", "two nurture tracks have the id \"%1\"")
                         .arg(track.id),
                     QCoreApplication::translate("ModelValidation", "Give each track its own id."));
            ids.insert(track.id);
            checkNames(path("nurture.tracks", i, "stages"), name, track.stages, stageNames);
            checkNames(path("nurture.tracks", i, "grades"), name, track.grades, gradeNames);
            checkNames(path("nurture.tracks", i, "health"), name, track.health, healthNames);
        }
        for (std::size_t i = 0; i < nurture.steps.size(); ++i) {
            const NurtureStep &step = nurture.steps[i];
            if (step.label.trimmed().isEmpty())
                fail(path("nurture.steps", i, "label"),
                     QCoreApplication::translate("ModelValidation", "the nurture step from week %1 has no name")
                         .arg(step.fromWeek),
                     QCoreApplication::translate("ModelValidation", "Name the step (\"Problem awareness\")."));
            if (i == 0 && step.fromWeek != 1)
                fail(path("nurture.steps", i, "fromWeek"),
                     QCoreApplication::translate("ModelValidation", "the first nurture step starts at week %1")
                         .arg(step.fromWeek),
                     QCoreApplication::translate(
                         "ModelValidation", "Start the first step at week 1, so every week after IQL has a step."));
            else if (i > 0 && step.fromWeek <= nurture.steps[i - 1].fromWeek)
                fail(path("nurture.steps", i, "fromWeek"),
                     QCoreApplication::translate(
                         "ModelValidation",
                         "nurture step \"%1\" starts at week %2, not after the step before it (week %3)")
                         .arg(step.label)
                         .arg(step.fromWeek)
                         .arg(nurture.steps[i - 1].fromWeek),
                     QCoreApplication::translate("ModelValidation", "Steps start at increasing weeks."));
            if (step.fromWeek > ModelValidator::maxWeeks)
                fail(path("nurture.steps", i, "fromWeek"),
                     QCoreApplication::translate("ModelValidation", "nurture step \"%1\" starts at week %2")
                         .arg(step.label)
                         .arg(step.fromWeek),
                     QCoreApplication::translate("ModelValidation", "Start steps within %1 weeks.")
                         .arg(ModelValidator::maxWeeks));
        }
    }
};

} // namespace

std::vector<Error> ModelValidator::check(const ScoringModel &model)
{
    Checker checker;
    if (model.name.trimmed().isEmpty())
        checker.fail(u"name"_qs, QCoreApplication::translate("ModelValidation", "the model has no name"),
                     QCoreApplication::translate("ModelValidation", "Name the model; versions are kept per name."));
    checker.checkRules(model.rules);
    checker.checkTriggers(model.triggers);
    checker.checkThresholds(model.thresholds);
    checker.checkDecay(model.decay);
    checker.checkFit(model.fit);
    checker.checkNurture(model.nurture);
    if (model.stagnantDays < 1 || model.stagnantDays > maxStagnantDays)
        checker.fail(
            u"stagnantDays"_qs,
            QCoreApplication::translate("ModelValidation", "a lead is stagnant after %1 days").arg(model.stagnantDays),
            QCoreApplication::translate("ModelValidation", "Choose 1 to %1 days.").arg(maxStagnantDays));
    // What the model reader refuses, the editor refuses too, so every saved draft can be
    // read back; a place with a problem of the analyst's kind already is not named twice.
    for (Error &beyond : ModelLimits::check(model)) {
        const bool named = std::any_of(checker.errors.begin(), checker.errors.end(), [&](const Error &error) {
            return beyond.where == error.where || beyond.where.startsWith(error.where + u'.');
        });
        if (!named)
            checker.errors.push_back(std::move(beyond));
    }
    return checker.errors;
}

std::optional<Error> ModelValidator::newProblem(const ScoringModel &before, const ScoringModel &after)
{
    const std::vector<Error> old = check(before);
    for (const Error &error : check(after)) {
        const bool known = std::any_of(old.begin(), old.end(), [&](const Error &other) {
            // By what alone: a rule moved up keeps its problem under a new path.
            return other.what == error.what;
        });
        if (!known)
            return error;
    }
    return std::nullopt;
}

} // namespace LeadStage
