// The limits on what a model may hold (docs/scoring.md, "Limits"): each one accepted
// at its bound and refused one past it, by the reader, with a message naming the key
// and the limit; and the file size refused before the file is read.

#include "scoring/ModelJson.h"
#include "scoring/ModelLimits.h"
#include "scoring/ModelStore.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace LeadStage;

namespace {

QJsonObject example()
{
    QFile file(QStringLiteral(LEADSTAGE_SCORING_DATA "/design_example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data: %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets the value at "key/index/key" in `node`.
QJsonValue replaced(const QJsonValue &node, const QStringList &keys, qsizetype depth, const QJsonValue &value)
{
    if (depth == keys.size())
        return value;
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = keys[depth].toInt();
        array[index] = replaced(array[index], keys, depth + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object[keys[depth]] = replaced(object.value(keys[depth]), keys, depth + 1, value);
    return object;
}

QByteArray exampleWith(const QString &path, const QJsonValue &value)
{
    return QJsonDocument(replaced(example(), path.split(u'/'), 0, value).toObject()).toJson();
}

QJsonValue at(const QJsonValue &node, const QString &path)
{
    QJsonValue value = node;
    for (const QString &key : path.split(u'/'))
        value = value.isArray() ? value.toArray().at(key.toInt()) : value.toObject().value(key);
    return value;
}

// The list at `path` holding `count` copies of its first element, each with its own id.
QByteArray exampleWithCopies(const QString &path, int count)
{
    const QJsonObject root = example();
    const QJsonObject first = at(root, path + u"/0"_qs).toObject();
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = first;
        if (copy.contains(u"id"_qs))
            copy[u"id"_qs] = u"id%1"_qs.arg(i);
        if (copy.contains(u"fromWeek"_qs))
            copy[u"fromWeek"_qs] = i + 1;
        list.append(copy);
    }
    return QJsonDocument(replaced(root, path.split(u'/'), 0, list).toObject()).toJson();
}

QJsonArray texts(int count, int length)
{
    QJsonArray values;
    for (int i = 0; i < count; ++i)
        values.append(QString::number(i).leftJustified(length, u'x'));
    return values;
}

} // namespace

class ModelLimitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data();
    void limits();
    void numbersBeyondWholeIntegersNameTheLimit();
    void aFileBeyondTheLimitIsNotRead_data();
    void aFileBeyondTheLimitIsNotRead();
    void theDefaultModelIsWellWithin();
    void aVersionStoredEarlierStillReads_data();
    void aVersionStoredEarlierStillReads();
};

void ModelLimitsTest::limits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    const auto both = [](const char *what, const QString &path, const QJsonValue &within, const QJsonValue &beyond,
                         const QString &refusal) {
        QTest::addRow("%s at the limit", what) << exampleWith(path, within) << QString();
        QTest::addRow("%s past the limit", what) << exampleWith(path, beyond) << refusal;
    };
    const auto text = [](int length) { return QJsonValue(QString(length, u'x')); };

    // Texts.
    QTest::newRow("empty name") << exampleWith(u"name"_qs, u""_qs) << u"name: must not be empty"_qs;
    QTest::newRow("blank name") << exampleWith(u"name"_qs, u"   "_qs) << u"name: must not be empty"_qs;
    both("name", u"name"_qs, text(200), text(201), u"name: must be at most 200 characters long, not 201"_qs);
    QTest::newRow("a name of 1 MB") << exampleWith(u"name"_qs, text(1 << 20))
                                    << u"name: must be at most 200 characters long, not 1048576"_qs;
    both("rule id", u"rules/0/id"_qs, text(100), text(101),
         u"rules[0].id: must be at most 100 characters long, not 101"_qs);
    both("rule label", u"rules/0/label"_qs, text(200), text(201),
         u"rules[0].label: must be at most 200 characters long, not 201"_qs);
    both("rule category", u"rules/0/category"_qs, text(200), text(201),
         u"rules[0].category: must be at most 200 characters long, not 201"_qs);
    both("rule activity", u"rules/0/activity"_qs, text(100), text(101),
         u"rules[0].activity: must be at most 100 characters long, not 101"_qs);
    both("rule detail pattern", u"rules/0/detail"_qs, text(1000), text(1001),
         u"rules[0].detail: must be at most 1000 characters long, not 1001"_qs);
    both("trigger detail pattern", u"triggers/0/detail"_qs, text(1000), text(1001),
         u"triggers[0].detail: must be at most 1000 characters long, not 1001"_qs);
    both("field name", u"rules/2/field"_qs, text(100), text(101),
         u"rules[2].field: must be at most 100 characters long, not 101"_qs);
    both("condition value", u"fit/rules/0/value"_qs, texts(1, 500), texts(1, 501),
         u"fit.rules[0].value[0]: must be at most 500 characters long, not 501"_qs);
    both("condition values", u"fit/rules/0/value"_qs, texts(500, 3), texts(501, 3),
         u"fit.rules[0].value: may hold at most 500 values, not 501"_qs);
    both("track label", u"nurture/tracks/0/label"_qs, text(200), text(201),
         u"nurture.tracks[0].label: must be at most 200 characters long, not 201"_qs);
    both("step label", u"nurture/steps/0/label"_qs, text(200), text(201),
         u"nurture.steps[0].label: must be at most 200 characters long, not 201"_qs);

    // Numbers.
    both("points", u"rules/0/points"_qs, 100000, 100001, u"rules[0].points: must be at most 100000, not 100001"_qs);
    both("negative points", u"rules/0/points"_qs, -100000, -100001,
         u"rules[0].points: must be at least -100000, not -100001"_qs);
    both("cap", u"rules/0/cap"_qs, 1000000000, 1000000001,
         u"rules[0].cap: must be at most 1000000000, not 1000000001"_qs);
    both("atCount", u"rules/1/count"_qs, 1000000000, 1073741824,
         u"rules[1].count: must be at most 1000000000, not 1073741824"_qs);
    both("trigger count", u"triggers/0/count"_qs, 1000000000, 1073741824,
         u"triggers[0].count: must be at most 1000000000, not 1073741824"_qs);
    both("trigger window", u"triggers/0/withinDays"_qs, 36500, 36501,
         u"triggers[0].withinDays: must be at most 36500, not 36501"_qs);
    both("IQL threshold", u"thresholds/iql"_qs, 1000000000, 1000000001,
         u"thresholds.iql: must be at most 1000000000, not 1000000001"_qs);
    both("MQL threshold", u"thresholds/mql"_qs, 1000000000, 1000000001,
         u"thresholds.mql: must be at most 1000000000, not 1000000001"_qs);
    both("ICP MQL threshold", u"thresholds/mqlIcp"_qs, 1000000000, 1000000001,
         u"thresholds.mqlIcp: must be at most 1000000000, not 1000000001"_qs);
    both("PQL threshold", u"thresholds/pql"_qs, 1000000000, 1000000001,
         u"thresholds.pql: must be at most 1000000000, not 1000000001"_qs);
    both("fit points", u"fit/rules/0/points"_qs, -100000, -100001,
         u"fit.rules[0].points: must be at least -100000, not -100001"_qs);
    both("grade A", u"fit/grades/A"_qs, 100, 101, u"fit.grades.A: must be at most 100, not 101"_qs);
    both("grace", u"decay/graceMonths"_qs, 1200, 1201, u"decay.graceMonths: must be at most 1200, not 1201"_qs);
    both("decay points", u"decay/pointsPerMonth"_qs, 100000, 100001,
         u"decay.pointsPerMonth: must be at most 100000, not 100001"_qs);
    both("stagnant days", u"stagnantDays"_qs, 36500, 36501, u"stagnantDays: must be at most 36500, not 36501"_qs);
    both("nurture step week", u"nurture/steps/3/fromWeek"_qs, 5200, 5201,
         u"nurture.steps[3].fromWeek: must be at most 5200, not 5201"_qs);

    // Lists.
    const auto copies = [](const char *what, const QString &path, int limit, const QString &refusal) {
        QTest::addRow("%s at the limit", what) << exampleWithCopies(path, limit) << QString();
        QTest::addRow("%s past the limit", what) << exampleWithCopies(path, limit + 1) << refusal;
    };
    copies("rules", u"rules"_qs, 1000, u"rules: may hold at most 1000 rules, not 1001"_qs);
    copies("triggers", u"triggers"_qs, 100, u"triggers: may hold at most 100 triggers, not 101"_qs);
    copies("fit rules", u"fit/rules"_qs, 200, u"fit.rules: may hold at most 200 fit rules, not 201"_qs);
    copies("nurture tracks", u"nurture/tracks"_qs, 50, u"nurture.tracks: may hold at most 50 tracks, not 51"_qs);
    copies("nurture steps", u"nurture/steps"_qs, 100, u"nurture.steps: may hold at most 100 steps, not 101"_qs);
}

void ModelLimitsTest::limits()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, refusal);
    const auto model = ModelJson::read(json);
    if (refusal.isEmpty()) {
        QVERIFY2(model, model ? "" : qPrintable(model.error().toString()));
        QVERIFY(ModelLimits::check(*model).empty());
        return;
    }
    QVERIFY(!model);
    QVERIFY2(model.error().toString().startsWith(refusal), qPrintable(model.error().toString().left(300)));
    QVERIFY2(model.error().toString().size() < 300, "a refusal is one readable line");
}

void ModelLimitsTest::numbersBeyondWholeIntegersNameTheLimit()
{
    auto model = ModelJson::read(exampleWith(u"rules/0/points"_qs, 1e12));
    QVERIFY(!model);
    QCOMPARE(model.error().where, u"rules[0].points"_qs);
    QCOMPARE(model.error().what, u"must be at most 100000, not 1000000000000"_qs);
    model = ModelJson::read(exampleWith(u"triggers/0/count"_qs, -1e300));
    QVERIFY(!model);
    QCOMPARE(model.error().what, u"must be at least 1, not -1e+300"_qs);
}

void ModelLimitsTest::aFileBeyondTheLimitIsNotRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("a 5 MB model file") << u"big.json"_qs;
    QTest::newRow("a file that never ends") << u"/dev/zero"_qs;
}

void ModelLimitsTest::aFileBeyondTheLimitIsNotRead()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    if (!path.startsWith(u'/')) {
        path = dir.filePath(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Valid JSON: only its size is wrong.
        QByteArray json = QJsonDocument(example()).toJson();
        json.append(QByteArray(5 * 1024 * 1024, ' '));
        QCOMPARE(file.write(json), json.size());
    }
    const auto model = ModelJson::readFile(path);
    QVERIFY(!model);
    QCOMPARE(model.error().toString(), path
                                           + u": model: larger than the limit of 4194304 bytes for a model. "
                                             "Fix the model file and import it again."_qs);
    QVERIFY(!ModelJson::read(QByteArray(ModelLimits::maxFileBytes + 1, ' ')));
}

void ModelLimitsTest::theDefaultModelIsWellWithin()
{
    const auto model = ScoringModel::defaultModel();
    QVERIFY(model);
    QVERIFY(ModelLimits::check(*model).empty());
}

// An earlier release let these in: its stored versions must still load, score and
// export, while a file or a new version with them is refused.
void ModelLimitsTest::aVersionStoredEarlierStillReads_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("limit");
    QTest::newRow("a 250-character label")
        << exampleWith(u"rules/0/label"_qs, QString(250, u'x')) << u"rules[0].label"_qs;
    QTest::newRow("200,000 points") << exampleWith(u"rules/0/points"_qs, 200000) << u"rules[0].points"_qs;
    QTest::newRow("a window of 100,000 days")
        << exampleWith(u"triggers/0/withinDays"_qs, 100000) << u"triggers[0].withinDays"_qs;
    QTest::newRow("a 300-character name") << exampleWith(u"name"_qs, QString(300, u'n')) << u"name"_qs;
}

void ModelLimitsTest::aVersionStoredEarlierStillReads()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, limit);
    const auto refused = ModelJson::read(json);
    QVERIFY(!refused);
    QVERIFY2(refused.error().toString().contains(limit), qPrintable(refused.error().toString()));

    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(u"w.leadstage"_qs));
    QVERIFY(workspace);
    Database &database = (*workspace)->database();
    auto insert = database.prepare(
        "INSERT INTO models (name, version, json, created_at, active) VALUES ('Earlier', 1, ?1, 0, 1)");
    insert->bind(1, QString::fromUtf8(json));
    QVERIFY(insert->run());
    QVERIFY(database.exec("INSERT INTO leads (id, email, created_at) VALUES (1, 'a@example.com', 0)"));
    ModelStore store(database);
    const auto loaded = store.load(1);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    QCOMPARE(ModelJson::read(ModelJson::write(*loaded), ModelJson::Origin::StoredVersion).value(), *loaded);
    auto scored = WorkspaceScorer(**workspace).run({});
    QVERIFY2(scored, scored ? "" : qPrintable(scored.error().toString()));
    QCOMPARE(scored->model.id, 1);
    // Saving it as a new version applies today's limits, naming the one it breaks.
    const auto again = store.save(*loaded, u"again"_qs);
    QVERIFY(!again);
    QVERIFY2(again.error().toString().contains(limit), qPrintable(again.error().toString()));
}

QTEST_GUILESS_MAIN(ModelLimitsTest)
#include "tst_modellimits.moc"
