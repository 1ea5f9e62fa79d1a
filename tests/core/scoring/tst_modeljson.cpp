// The model file format of DESIGN §3: the default model resource, DESIGN's own
// example, defaults for absent sections, the round trip, and every refusal with
// its JSON path.

#include "scoring/ModelJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace LeadStage;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(LEADSTAGE_SCORING_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data: %s", qPrintable(file.fileName()));
    return file.readAll();
}

// DESIGN's example with one value replaced: `path` is "key" or "key/index/key".
QByteArray exampleWith(const QString &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(dataFile(u"design_example.json"_qs)).object();
    const QStringList keys = path.split(u'/');
    std::function<QJsonValue(QJsonValue, qsizetype)> set = [&](QJsonValue node, qsizetype depth) -> QJsonValue {
        if (depth == keys.size())
            return value;
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const int index = keys[depth].toInt();
            array[index] = set(array[index], depth + 1);
            return array;
        }
        QJsonObject object = node.toObject();
        if (depth + 1 == keys.size() && value.isUndefined())
            object.remove(keys[depth]);
        else
            object[keys[depth]] = set(object.value(keys[depth]), depth + 1);
        return object;
    };
    return QJsonDocument(set(root, 0).toObject()).toJson();
}

} // namespace

class ModelJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultModelShipsAsAResource();
    void designExampleLoads();
    void absentOptionalSectionsTakeDefaults();
    void roundTrip_data();
    void roundTrip();
    void refusals_data();
    void refusals();
};

void ModelJsonTest::defaultModelShipsAsAResource()
{
    auto model = ScoringModel::defaultModel();
    QVERIFY2(model, model ? "" : qPrintable(model.error().toString()));
    QCOMPARE(model->name, u"Default"_qs);
    QCOMPARE(model->rules.size(), std::size_t(22));
    QCOMPARE(model->triggers.size(), std::size_t(4));
    QCOMPARE(model->thresholds.iql, 25);
    QCOMPARE(model->thresholds.mql, 50);
    QVERIFY(model->thresholds.mqlRequiresIntent);
    QCOMPARE(model->thresholds.pql, 40);
    QCOMPARE(model->decay.graceMonths, 3);
    QCOMPARE(model->decay.pointsPerMonth, 5);
    QCOMPARE(model->nurture, NurtureModel::defaults());
    const ScoringTrigger &pricing = model->triggers.back();
    QCOMPARE(pricing.activity, u"pricing_page_visit"_qs);
    QCOMPARE(pricing.count, 3);
    QCOMPARE(pricing.withinDays, std::optional<int>(30));
    const ScoringRule &logins = model->rules[18];
    QCOMPARE(logins.activity, u"product_login"_qs);
    QCOMPARE(logins.cap, std::optional<int>(20));
    QCOMPARE(model->rules[6].pays, PayMode::AtCount);
    QCOMPARE(model->rules[6].count, 3);
}

void ModelJsonTest::designExampleLoads()
{
    auto model = ModelJson::read(dataFile(u"design_example.json"_qs));
    QVERIFY2(model, model ? "" : qPrintable(model.error().toString()));
    QCOMPARE(model->rules.size(), std::size_t(3));
    QVERIFY(model->rules[2].isFieldRule());
    QCOMPARE(model->rules[2].condition->field, u"TotalVisits"_qs);
    QCOMPARE(model->rules[2].condition->op, FieldOp::AtLeast);
    QCOMPARE(model->thresholds.mqlIcp, std::optional<int>(40));
    QCOMPARE(model->fit.rules.size(), std::size_t(1));
    QCOMPARE(model->triggers[0].label, u"pricing3"_qs); // the id stands in for a missing label
}

void ModelJsonTest::absentOptionalSectionsTakeDefaults()
{
    auto model = ModelJson::read(dataFile(u"minimal.json"_qs));
    QVERIFY2(model, model ? "" : qPrintable(model.error().toString()));
    QCOMPARE(model->decay, DecayRule());
    QCOMPARE(model->fit, FitModel());
    QCOMPARE(model->nurture, NurtureModel::defaults());
    QCOMPARE(model->thresholds.pql, 40);
    QVERIFY(model->thresholds.mqlRequiresIntent);
    QVERIFY(!model->thresholds.mqlIcp);
    QCOMPARE(model->stagnantDays, 60);
}

void ModelJsonTest::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    auto model = ScoringModel::defaultModel();
    QTest::newRow("the default model") << ModelJson::write(*model);
    QTest::newRow("DESIGN's example") << dataFile(u"design_example.json"_qs);
    QTest::newRow("a minimal model") << dataFile(u"minimal.json"_qs);
}

void ModelJsonTest::roundTrip()
{
    QFETCH(QByteArray, json);
    auto first = ModelJson::read(json);
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    const QByteArray written = ModelJson::write(*first);
    auto second = ModelJson::read(written);
    QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
    QVERIFY(*first == *second);
    QCOMPARE(ModelJson::write(*second), written);
}

void ModelJsonTest::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("{ nope") << u"model: not valid JSON"_qs;
    // The comma after "name" is missing: the parser stops just inside the next key's
    // quote, character 19 of line 2 (the é counts as one character, not two bytes).
    QTest::newRow("not JSON, on line 2") << QByteArray(
        "{ \"format\": \"leadstage-model\",\n  \"name\": \"Caf\xc3\xa9\" \"version\": 1 }")
                                         << u"model: not valid JSON at line 2, column 19: "_qs;
    QTest::newRow("unknown format") << exampleWith(u"format"_qs, u"other"_qs) << u"format: unknown format \"other\""_qs;
    QTest::newRow("newer version") << exampleWith(u"version"_qs, 2) << u"version: version 2 is newer"_qs;
    QTest::newRow("unknown top-level key") << exampleWith(u"colour"_qs, u"red"_qs) << u"colour: unknown key"_qs;
    QTest::newRow("unknown key in a rule")
        << exampleWith(u"rules/1/pointz"_qs, 3) << u"rules[1].pointz: unknown key"_qs;
    QTest::newRow("points not a number") << exampleWith(u"rules/0/points"_qs, u"ten"_qs)
                                         << u"rules[0].points: expected a number"_qs;
    QTest::newRow("points not whole") << exampleWith(u"rules/0/points"_qs, 2.5)
                                      << u"rules[0].points: expected a whole number"_qs;
    QTest::newRow("points missing") << exampleWith(u"rules/0/points"_qs, QJsonValue::Undefined)
                                    << u"rules[0].points: missing (expected a number)"_qs;
    QTest::newRow("unknown track") << exampleWith(u"rules/0/track"_qs, u"mood"_qs)
                                   << u"rules[0].track: unknown track \"mood\""_qs;
    QTest::newRow("unknown pay mode") << exampleWith(u"rules/0/pays"_qs, u"twice"_qs)
                                      << u"rules[0].pays: unknown pay mode \"twice\""_qs;
    QTest::newRow("atCount without a count")
        << exampleWith(u"rules/1/count"_qs, QJsonValue::Undefined) << u"rules[1].count: missing (expected a number)"_qs;
    QTest::newRow("a count of zero") << exampleWith(u"rules/1/count"_qs, 0) << u"rules[1].count: must be at least 1"_qs;
    QTest::newRow("a cap of zero") << exampleWith(u"rules/0/cap"_qs, 0) << u"rules[0].cap: must be at least 1"_qs;
    QTest::newRow("a rule that is not an object")
        << exampleWith(u"rules/2"_qs, 5) << u"rules[2]: expected an object"_qs;
    QTest::newRow("rules not an array") << exampleWith(u"rules"_qs, u"x"_qs) << u"rules: expected an array"_qs;
    QTest::newRow("unknown operator") << exampleWith(u"rules/2/op"_qs, u"~"_qs)
                                      << u"rules[2].op: unknown operator \"~\""_qs;
    QTest::newRow(">= needs a number") << exampleWith(u"rules/2/value"_qs, u"five"_qs)
                                       << u"rules[2].value: expected a number"_qs;
    QTest::newRow("between needs two numbers")
        << exampleWith(u"rules/2/op"_qs, u"between"_qs) << u"rules[2].value: expected [low, high], two numbers"_qs;
    QTest::newRow("duplicate rule id") << exampleWith(u"rules/1/id"_qs, u"whitepaper"_qs)
                                       << u"rules[1].id: duplicate id \"whitepaper\""_qs;
    QTest::newRow("trigger withinDays a string")
        << exampleWith(u"triggers/0/withinDays"_qs, u"30"_qs) << u"triggers[0].withinDays: expected a number"_qs;
    QTest::newRow("thresholds missing") << exampleWith(u"thresholds"_qs, QJsonValue::Undefined)
                                        << u"thresholds: missing (expected an object)"_qs;
    QTest::newRow("mqlRequiresIntent not a boolean") << exampleWith(u"thresholds/mqlRequiresIntent"_qs, 1)
                                                     << u"thresholds.mqlRequiresIntent: expected true or false"_qs;
    QTest::newRow("decay not an object") << exampleWith(u"decay"_qs, 5) << u"decay: expected an object"_qs;
    QTest::newRow("unknown key in decay")
        << exampleWith(u"decay/graceWeeks"_qs, 5) << u"decay.graceWeeks: unknown key"_qs;
    QTest::newRow("in needs an array") << exampleWith(u"fit/rules/0/value"_qs, u"Software"_qs)
                                       << u"fit.rules[0].value: expected a non-empty array"_qs;
    QTest::newRow("grades out of order") << exampleWith(u"fit/grades/C"_qs, 90)
                                         << u"fit.grades: expected A >= B >= C"_qs;
    QTest::newRow("unknown stage in a track") << exampleWith(u"nurture/tracks/1/stages/0"_qs, u"Hot"_qs)
                                              << u"nurture.tracks[1].stages[0]: unknown value \"Hot\""_qs;
    QTest::newRow("steps out of order") << exampleWith(u"nurture/steps/2/fromWeek"_qs, 5)
                                        << u"nurture.steps[2].fromWeek: steps must start at increasing weeks"_qs;
    QTest::newRow("stagnantDays a string")
        << exampleWith(u"stagnantDays"_qs, u"60"_qs) << u"stagnantDays: expected a number"_qs;
}

void ModelJsonTest::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto model = ModelJson::read(json);
    QVERIFY(!model);
    QVERIFY2(model.error().toString().startsWith(message), qPrintable(model.error().toString()));
}

QTEST_GUILESS_MAIN(ModelJsonTest)
#include "tst_modeljson.moc"
