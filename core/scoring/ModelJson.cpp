#include "ModelJson.h"

#include "JsonReader.h"
#include "ModelLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <limits>

namespace LeadStage {

namespace {

// The numbers a model may hold. A file or an edit must keep ModelLimits; a version an
// earlier release stored is read with the ranges that release allowed, so that it can
// still be shown, exported, scored and repaired (saving it again applies the limits).
struct Bounds
{
    int points, cap, count, withinDays, threshold, grade, graceMonths, decayPoints, stagnantDays, fromWeek;
};
constexpr Bounds fileBounds{ModelLimits::maxPoints,      ModelLimits::maxCap,         ModelLimits::maxCount,
                            ModelLimits::maxWithinDays,  ModelLimits::maxThreshold,   ModelLimits::maxGrade,
                            ModelLimits::maxGraceMonths, ModelLimits::maxDecayPoints, ModelLimits::maxStagnantDays,
                            ModelLimits::maxFromWeek};
constexpr int earlierMaximum = 1073741823;
constexpr Bounds storedBounds{earlierMaximum,        earlierMaximum, earlierMaximum, earlierMaximum, earlierMaximum,
                              ModelLimits::maxGrade, earlierMaximum, earlierMaximum, earlierMaximum, earlierMaximum};

const QString formatName = u"leadstage-model"_qs;
const QStringList stageNames = {u"Lead"_qs, u"IQL"_qs,         u"MQL"_qs,     u"PQL"_qs,
                                u"SQL"_qs,  u"Opportunity"_qs, u"Customer"_qs};
const QStringList gradeNames = {u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs};
const QStringList healthNames = {u"active"_qs, u"stagnant"_qs, u"archived"_qs};

// A text from the file in quotes, cut short: a refusal stays one readable line.
QString quoted(const QString &text)
{
    constexpr qsizetype shown = 60;
    return u'"' + (text.size() > shown ? text.left(shown) + u'…' : text) + u'"';
}

bool isNumberArray(const QJsonArray &array)
{
    for (const QJsonValue &element : array)
        if (!element.isDouble())
            return false;
    return true;
}

bool isScalarArray(const QJsonArray &array, bool allowNumbers)
{
    for (const QJsonValue &element : array)
        if (!element.isString() && !(allowNumbers && element.isDouble()))
            return false;
    return true;
}

// The value an operator needs; nullptr-equivalent (empty) when it fits.
QString valueProblem(FieldOp op, const QJsonValue &value)
{
    switch (op) {
    case FieldOp::Equal:
    case FieldOp::NotEqual:
        return value.isString() || value.isDouble()
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "expected a string or a number");
    case FieldOp::In:
        return value.isArray() && !value.toArray().isEmpty() && isScalarArray(value.toArray(), true)
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "expected a non-empty array of strings or numbers");
    case FieldOp::Contains:
        return value.isString() || (value.isArray() && isScalarArray(value.toArray(), false))
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "expected a string or an array of strings");
    case FieldOp::AtLeast:
    case FieldOp::AtMost:
        return value.isDouble() ? QString() : QCoreApplication::translate("ModelValidation", "expected a number");
    case FieldOp::Between: {
        const QJsonArray range = value.toArray();
        if (!value.isArray() || range.size() != 2 || !isNumberArray(range))
            return QCoreApplication::translate("ModelValidation", "expected [low, high], two numbers");
        return range[0].toDouble() <= range[1].toDouble()
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "low is above high");
    }
    case FieldOp::Empty:
        return value.isUndefined() || value.isBool()
                   ? QString()
                   : QCoreApplication::translate("ModelValidation", "expected true, false or nothing");
    }
    return {};
}

FieldCondition readCondition(JsonReader &reader)
{
    FieldCondition condition;
    condition.field = reader.string(u"field"_qs);
    const QString op = reader.string(u"op"_qs);
    if (reader.failed())
        return condition;
    const std::optional<FieldOp> parsed = fieldOpFromName(op);
    if (!parsed) {
        reader.fail(u"op"_qs,
                    u"unknown operator %1 (expected =, !=, in, contains, >=, <=, between or empty)"_qs.arg(quoted(op)));
        return condition;
    }
    condition.op = *parsed;
    condition.value = reader.value(u"value"_qs);
    if (condition.value.isUndefined() && condition.op != FieldOp::Empty)
        reader.fail(u"value"_qs, u"missing"_qs);
    else if (const QString problem = valueProblem(condition.op, condition.value); !problem.isEmpty())
        reader.fail(u"value"_qs, problem);
    return condition;
}

Track readTrack(JsonReader &reader)
{
    const QString name = reader.string(u"track"_qs);
    const std::optional<Track> track = trackFromName(name);
    if (!track && !reader.failed())
        reader.fail(u"track"_qs, QCoreApplication::translate("ModelValidation",
                                                             "unknown track %1 (expected info, intent or product)")
                                     .arg(quoted(name)));
    return track.value_or(Track::Info);
}

void readActivityPayment(JsonReader &reader, ScoringRule &rule, const Bounds &b)
{
    rule.activity = reader.string(u"activity"_qs);
    rule.detail = reader.optionalString(u"detail"_qs);
    const QString pays = reader.string(u"pays"_qs);
    const std::optional<PayMode> mode = payModeFromName(pays);
    if (!mode && !reader.failed())
        reader.fail(u"pays"_qs, QCoreApplication::translate("ModelValidation",
                                                            "unknown pay mode %1 (expected each, once or atCount)")
                                    .arg(quoted(pays)));
    rule.pays = mode.value_or(PayMode::Each);
    if (rule.pays == PayMode::AtCount)
        rule.count = reader.integer(u"count"_qs, 1, b.count);
    else if (reader.has(u"count"_qs))
        reader.fail(u"count"_qs,
                    QCoreApplication::translate("ModelValidation", "only rules that pay atCount take a count"));
}

ScoringRule readRule(JsonReader &reader, const Bounds &b)
{
    ScoringRule rule;
    rule.id = reader.string(u"id"_qs);
    rule.label = reader.optionalString(u"label"_qs, rule.id);
    rule.category = reader.optionalString(u"category"_qs);
    rule.track = readTrack(reader);
    rule.points = reader.integer(u"points"_qs, -b.points, b.points);
    if (reader.has(u"cap"_qs))
        rule.cap = reader.integer(u"cap"_qs, 1, b.cap);
    const bool isActivity = reader.has(u"activity"_qs);
    const bool isField = reader.has(u"field"_qs);
    if (isActivity == isField) {
        reader.fail(QString(),
                    isActivity ? QCoreApplication::translate("ModelValidation",
                                                             "a rule matches either an activity or a field, not both")
                               : QCoreApplication::translate("ModelValidation", "missing \"activity\" or \"field\""));
        return rule;
    }
    if (isActivity) {
        readActivityPayment(reader, rule, b);
        return rule;
    }
    rule.condition = readCondition(reader);
    rule.pays = PayMode::Once;
    if (reader.has(u"pays"_qs) && reader.string(u"pays"_qs) != u"once")
        reader.fail(u"pays"_qs, QCoreApplication::translate("ModelValidation", "field rules pay once"));
    return rule;
}

ScoringTrigger readTrigger(JsonReader &reader, const Bounds &b)
{
    ScoringTrigger trigger;
    trigger.id = reader.string(u"id"_qs);
    trigger.label = reader.optionalString(u"label"_qs, trigger.id);
    trigger.activity = reader.string(u"activity"_qs);
    trigger.detail = reader.optionalString(u"detail"_qs);
    trigger.count = reader.integer(u"count"_qs, 1, b.count, 1);
    if (reader.has(u"withinDays"_qs))
        trigger.withinDays = reader.integer(u"withinDays"_qs, 1, b.withinDays);
    return trigger;
}

Thresholds readThresholds(JsonReader &reader, const Bounds &b)
{
    Thresholds thresholds;
    thresholds.iql = reader.integer(u"iql"_qs, 0, b.threshold);
    thresholds.mql = reader.integer(u"mql"_qs, 0, b.threshold);
    thresholds.mqlRequiresIntent = reader.boolean(u"mqlRequiresIntent"_qs, true);
    if (reader.has(u"mqlIcp"_qs))
        thresholds.mqlIcp = reader.integer(u"mqlIcp"_qs, 0, b.threshold);
    thresholds.pql = reader.integer(u"pql"_qs, 0, b.threshold, Thresholds().pql);
    return thresholds;
}

FitModel readFit(JsonReader &reader, const Bounds &b)
{
    FitModel fit;
    reader.forEachObject(u"rules"_qs, false, [&](JsonReader &element) {
        FitRule rule;
        rule.label = element.optionalString(u"label"_qs);
        rule.condition = readCondition(element);
        rule.points = element.integer(u"points"_qs, -b.points, b.points);
        fit.rules.push_back(rule);
    });
    reader.object(u"grades"_qs, [&](JsonReader &grades) {
        fit.grades.a = grades.integer(u"A"_qs, 0, b.grade);
        fit.grades.b = grades.integer(u"B"_qs, 0, b.grade);
        fit.grades.c = grades.integer(u"C"_qs, 0, b.grade);
        if (!grades.failed() && !(fit.grades.a >= fit.grades.b && fit.grades.b >= fit.grades.c))
            grades.fail(QString(), QCoreApplication::translate("ModelValidation", "expected A >= B >= C"));
    });
    return fit;
}

void checkNames(JsonReader &reader, const QString &key, const QStringList &names, const QStringList &allowed)
{
    for (qsizetype i = 0; i < names.size(); ++i)
        if (!allowed.contains(names[i]))
            reader.fail(key + u'[' + QString::number(i) + u']',
                        QCoreApplication::translate("ModelValidation", "unknown value %1 (expected %2)")
                            .arg(quoted(names[i]), allowed.join(u", "_qs)));
}

NurtureModel readNurture(JsonReader &reader, const Bounds &b)
{
    NurtureModel nurture;
    reader.forEachObject(u"tracks"_qs, true, [&](JsonReader &element) {
        NurtureTrack track;
        track.id = element.string(u"id"_qs);
        track.label = element.optionalString(u"label"_qs, track.id);
        track.stages = element.stringList(u"stages"_qs);
        track.grades = element.stringList(u"grades"_qs);
        track.health = element.stringList(u"health"_qs);
        checkNames(element, u"stages"_qs, track.stages, stageNames);
        checkNames(element, u"grades"_qs, track.grades, gradeNames);
        checkNames(element, u"health"_qs, track.health, healthNames);
        nurture.tracks.push_back(track);
    });
    reader.forEachObject(u"steps"_qs, true, [&](JsonReader &element) {
        NurtureStep step;
        step.fromWeek = element.integer(u"fromWeek"_qs, 1, b.fromWeek);
        step.label = element.string(u"label"_qs);
        if (!nurture.steps.empty() && step.fromWeek <= nurture.steps.back().fromWeek)
            element.fail(u"fromWeek"_qs,
                         QCoreApplication::translate("ModelValidation", "steps must start at increasing weeks"));
        nurture.steps.push_back(step);
    });
    return nurture;
}

template <typename Item>
void refuseDuplicateIds(JsonReader &reader, const QString &key, const std::vector<Item> &items)
{
    QSet<QString> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (seen.contains(items[i].id))
            reader.fail(key + u'[' + QString::number(i) + u"].id"_qs,
                        QCoreApplication::translate("ModelValidation", "duplicate id %1").arg(quoted(items[i].id)));
        seen.insert(items[i].id);
    }
}

bool readHeader(JsonReader &reader)
{
    const QString format = reader.string(u"format"_qs);
    if (!reader.failed() && format != formatName)
        reader.fail(u"format"_qs, QCoreApplication::translate("ModelValidation", "unknown format %1 (expected \"%2\")")
                                      .arg(quoted(format), formatName));
    const int version = reader.integer(u"version"_qs, 1, std::numeric_limits<int>::max());
    if (!reader.failed() && version > ModelJson::currentVersion)
        reader.fail(u"version"_qs, QCoreApplication::translate(
                                       "ModelValidation", "version %1 is newer than this LeadStage reads (up to %2)")
                                       .arg(version)
                                       .arg(ModelJson::currentVersion));
    return !reader.failed();
}

ScoringModel readModel(JsonReader &reader, const Bounds &b)
{
    ScoringModel model;
    model.name = reader.string(u"name"_qs);
    reader.forEachObject(u"rules"_qs, true, [&](JsonReader &element) { model.rules.push_back(readRule(element, b)); });
    refuseDuplicateIds(reader, u"rules"_qs, model.rules);
    reader.forEachObject(u"triggers"_qs, true,
                         [&](JsonReader &element) { model.triggers.push_back(readTrigger(element, b)); });
    refuseDuplicateIds(reader, u"triggers"_qs, model.triggers);
    if (!reader.object(u"thresholds"_qs, [&](JsonReader &nested) { model.thresholds = readThresholds(nested, b); }))
        reader.fail(u"thresholds"_qs, QCoreApplication::translate("ModelValidation", "missing (expected an object)"));
    reader.object(u"decay"_qs, [&](JsonReader &nested) {
        model.decay.graceMonths = nested.integer(u"graceMonths"_qs, 0, b.graceMonths, DecayRule().graceMonths);
        model.decay.pointsPerMonth = nested.integer(u"pointsPerMonth"_qs, 0, b.decayPoints, DecayRule().pointsPerMonth);
    });
    reader.object(u"fit"_qs, [&](JsonReader &nested) { model.fit = readFit(nested, b); });
    reader.object(u"nurture"_qs, [&](JsonReader &nested) { model.nurture = readNurture(nested, b); });
    model.stagnantDays = reader.integer(u"stagnantDays"_qs, 1, b.stagnantDays, 60);
    return model;
}

QJsonObject conditionJson(const FieldCondition &condition)
{
    QJsonObject object{{u"field"_qs, condition.field}, {u"op"_qs, fieldOpName(condition.op)}};
    if (!condition.value.isUndefined())
        object.insert(u"value"_qs, condition.value);
    return object;
}

QJsonObject ruleJson(const ScoringRule &rule)
{
    QJsonObject object = rule.condition ? conditionJson(*rule.condition) : QJsonObject();
    object.insert(u"id"_qs, rule.id);
    object.insert(u"label"_qs, rule.label);
    object.insert(u"category"_qs, rule.category);
    object.insert(u"track"_qs, trackName(rule.track));
    object.insert(u"points"_qs, rule.points);
    if (rule.cap)
        object.insert(u"cap"_qs, *rule.cap);
    if (rule.condition)
        return object;
    object.insert(u"activity"_qs, rule.activity);
    if (!rule.detail.isEmpty())
        object.insert(u"detail"_qs, rule.detail);
    object.insert(u"pays"_qs, payModeName(rule.pays));
    if (rule.pays == PayMode::AtCount)
        object.insert(u"count"_qs, rule.count);
    return object;
}

QJsonObject triggerJson(const ScoringTrigger &trigger)
{
    QJsonObject object{{u"id"_qs, trigger.id}, {u"label"_qs, trigger.label}, {u"activity"_qs, trigger.activity}};
    if (!trigger.detail.isEmpty())
        object.insert(u"detail"_qs, trigger.detail);
    if (trigger.count != 1)
        object.insert(u"count"_qs, trigger.count);
    if (trigger.withinDays)
        object.insert(u"withinDays"_qs, *trigger.withinDays);
    return object;
}

QJsonObject thresholdsJson(const Thresholds &thresholds)
{
    QJsonObject object{{u"iql"_qs, thresholds.iql},
                       {u"mql"_qs, thresholds.mql},
                       {u"mqlRequiresIntent"_qs, thresholds.mqlRequiresIntent},
                       {u"pql"_qs, thresholds.pql}};
    if (thresholds.mqlIcp)
        object.insert(u"mqlIcp"_qs, *thresholds.mqlIcp);
    return object;
}

QJsonObject fitJson(const FitModel &fit)
{
    QJsonArray rules;
    for (const FitRule &rule : fit.rules) {
        QJsonObject object = conditionJson(rule.condition);
        if (!rule.label.isEmpty())
            object.insert(u"label"_qs, rule.label);
        object.insert(u"points"_qs, rule.points);
        rules.append(object);
    }
    const QJsonObject grades{{u"A"_qs, fit.grades.a}, {u"B"_qs, fit.grades.b}, {u"C"_qs, fit.grades.c}};
    return {{u"rules"_qs, rules}, {u"grades"_qs, grades}};
}

QJsonObject nurtureJson(const NurtureModel &nurture)
{
    QJsonArray tracks, steps;
    for (const NurtureTrack &track : nurture.tracks) {
        QJsonObject object{{u"id"_qs, track.id}, {u"label"_qs, track.label}};
        if (!track.stages.isEmpty())
            object.insert(u"stages"_qs, QJsonArray::fromStringList(track.stages));
        if (!track.grades.isEmpty())
            object.insert(u"grades"_qs, QJsonArray::fromStringList(track.grades));
        if (!track.health.isEmpty())
            object.insert(u"health"_qs, QJsonArray::fromStringList(track.health));
        tracks.append(object);
    }
    for (const NurtureStep &step : nurture.steps)
        steps.append(QJsonObject{{u"fromWeek"_qs, step.fromWeek}, {u"label"_qs, step.label}});
    return {{u"tracks"_qs, tracks}, {u"steps"_qs, steps}};
}

struct TextPosition
{
    int line = 1;
    int column = 1;
};

// QJsonParseError gives a byte offset; an analyst opens the file at a line and column
// (of characters, not bytes, counting from 1).
TextPosition positionOf(const QByteArray &json, qsizetype offset)
{
    TextPosition at;
    const qsizetype end = std::clamp<qsizetype>(offset, 0, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++at.column; // a UTF-8 continuation byte is part of the character before
        }
    }
    return at;
}

Error tooLarge()
{
    return Error{QCoreApplication::translate("ModelValidation", "larger than the limit of %1 bytes for a model")
                     .arg(ModelLimits::maxFileBytes),
                 u"model"_qs, 0, 0,
                 QCoreApplication::translate("ModelValidation", "See the limits in docs/scoring.md.")};
}

} // namespace

Result<ScoringModel> ModelJson::readFile(const QString &path, const QString &fixHint)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ModelValidation", "cannot be read: %1").arg(file.errorString()), path,
                     0, 0,
                     QCoreApplication::translate("ModelValidation", "Check the file name and that you may read it.")};
    // Read no further than the limit: a huge file (or /dev/zero) never fills the memory.
    auto model = read(file.read(ModelLimits::maxFileBytes + 1));
    if (!model) {
        Error error = model.error();
        error.where = error.where.isEmpty() ? path : path + u": "_qs + error.where;
        error.hint = fixHint;
        return error;
    }
    return model;
}

Status ModelJson::writeFile(const QString &path, const ScoringModel &model)
{
    const QByteArray content = write(model);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{QCoreApplication::translate("ModelValidation", "cannot be written: %1").arg(file.errorString()),
                     path, 0, 0,
                     QCoreApplication::translate("ModelValidation",
                                                 "Check that the folder exists and that you may write there.")};
    return {};
}

Result<ScoringModel> ModelJson::read(const QByteArray &json, Origin origin)
{
    const bool stored = origin == Origin::StoredVersion;
    if (!stored && json.size() > ModelLimits::maxFileBytes)
        return tooLarge();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition at = positionOf(json, parseError.offset);
        return Error{QCoreApplication::translate("ModelValidation", "not valid JSON at line %1, column %2: %3")
                         .arg(at.line)
                         .arg(at.column)
                         .arg(parseError.errorString()),
                     u"model"_qs};
    }
    if (!document.isObject())
        return Error{QCoreApplication::translate("ModelValidation", "expected a JSON object"), u"model"_qs};
    JsonReader reader(document.object(), QString());
    if (!readHeader(reader))
        return reader.error();
    ScoringModel model = readModel(reader, stored ? storedBounds : fileBounds);
    if (!reader.finish())
        return reader.error();
    if (stored)
        return model;
    if (const std::vector<Error> beyond = ModelLimits::check(model); !beyond.empty())
        return beyond.front();
    return model;
}

QByteArray ModelJson::write(const ScoringModel &model)
{
    QJsonArray rules, triggers;
    for (const ScoringRule &rule : model.rules)
        rules.append(ruleJson(rule));
    for (const ScoringTrigger &trigger : model.triggers)
        triggers.append(triggerJson(trigger));
    const QJsonObject decay{{u"graceMonths"_qs, model.decay.graceMonths},
                            {u"pointsPerMonth"_qs, model.decay.pointsPerMonth}};
    const QJsonObject root{{u"format"_qs, formatName},
                           {u"version"_qs, currentVersion},
                           {u"name"_qs, model.name},
                           {u"rules"_qs, rules},
                           {u"triggers"_qs, triggers},
                           {u"thresholds"_qs, thresholdsJson(model.thresholds)},
                           {u"decay"_qs, decay},
                           {u"fit"_qs, fitJson(model.fit)},
                           {u"nurture"_qs, nurtureJson(model.nurture)},
                           {u"stagnantDays"_qs, model.stagnantDays}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace LeadStage
