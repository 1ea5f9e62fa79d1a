// The version side of tuning on ModelStore: save a draft with a
// comment, history with date and comment, find by name, duplicate, revert (a new
// version that is the old model, made active), export and import through JSON.

#include "WorkspaceFixture.h"
#include "scoring/ModelJson.h"
#include "scoring/ModelStore.h"

#include <QDateTime>
#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

ScoringModel defaultWithIql(int iql)
{
    ScoringModel model = *ScoringModel::defaultModel();
    model.thresholds.iql = iql;
    return model;
}

template <typename T>
T checked(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return std::move(*result);
}

} // namespace

class ModelVersionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyIsNewestFirstWithDateAndComment();
    void findByNameAndNumber_data();
    void findByNameAndNumber();
    void versionOfAnId();
    void duplicateMakesACopyUnderAnotherName();
    void duplicateIntoAnExistingNameAddsAVersion();
    void duplicateNeedsAName();
    void revertSavesTheOldModelAsTheNextVersionAndActivatesIt();
    void unknownIdsAreRefused_data();
    void unknownIdsAreRefused();
    void exportAndImportKeepTheModel();
};

void ModelVersionsTest::historyIsNewestFirstWithDateAndComment()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    const std::int64_t before = QDateTime::currentSecsSinceEpoch();
    checked(store.ensureActive());
    checked(store.save(defaultWithIql(30), u"IQL at 30: too many tyre-kickers"_qs));
    ScoringModel other = defaultWithIql(20);
    other.name = u"Experiment"_qs;
    checked(store.save(other, u"not in the history of Default"_qs));
    const auto history = checked(store.history(u"Default"_qs));
    QCOMPARE(history.size(), std::size_t(2));
    QCOMPARE(history[0].version, 2);
    QCOMPARE(history[0].comment, u"IQL at 30: too many tyre-kickers"_qs);
    QVERIFY(!history[0].active);
    QCOMPARE(history[1].version, 1);
    QCOMPARE(history[1].comment, u"The built-in default model"_qs);
    QVERIFY(history[1].active);
    for (const ModelVersion &version : history)
        QVERIFY(version.createdAt >= before && version.createdAt <= QDateTime::currentSecsSinceEpoch());
    QVERIFY(checked(store.history(u"Nobody"_qs)).empty());
}

void ModelVersionsTest::findByNameAndNumber_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("number");      // 0: the latest
    QTest::addColumn<int>("expectedIql"); // 0: none found
    QTest::newRow("latest of Default") << u"Default"_qs << 0 << 35;
    QTest::newRow("Default v2") << u"Default"_qs << 2 << 30;
    QTest::newRow("Default v1") << u"Default"_qs << 1 << 25;
    QTest::newRow("Default v9 does not exist") << u"Default"_qs << 9 << 0;
    QTest::newRow("unknown name") << u"default"_qs << 0 << 0;
}

void ModelVersionsTest::findByNameAndNumber()
{
    QFETCH(QString, name);
    QFETCH(int, number);
    QFETCH(int, expectedIql);
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    checked(store.ensureActive());
    checked(store.save(defaultWithIql(30), {}));
    checked(store.save(defaultWithIql(35), {}));
    const auto found = checked(store.find(name, number ? std::optional<int>(number) : std::nullopt));
    QCOMPARE(found.has_value(), expectedIql != 0);
    if (found)
        QCOMPARE(checked(store.load(found->id)).thresholds.iql, expectedIql);
}

void ModelVersionsTest::versionOfAnId()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    checked(store.ensureActive());
    const ModelVersion saved = checked(store.save(defaultWithIql(30), u"why"_qs));
    const ModelVersion read = checked(store.version(saved.id));
    QCOMPARE(read.id, saved.id);
    QCOMPARE(read.name, u"Default"_qs);
    QCOMPARE(read.version, 2);
    QCOMPARE(read.comment, u"why"_qs);
    QCOMPARE(read.createdAt, saved.createdAt);
    QVERIFY(!read.active);
}

void ModelVersionsTest::duplicateMakesACopyUnderAnotherName()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    const ModelVersion original = checked(store.ensureActive());
    const ModelVersion copy = checked(store.duplicate(original.id, u"Strict"_qs, u"Copy of Default v1"_qs));
    QCOMPARE(copy.name, u"Strict"_qs);
    QCOMPARE(copy.version, 1);
    QCOMPARE(copy.comment, u"Copy of Default v1"_qs);
    QVERIFY(!copy.active);
    ScoringModel expected = checked(store.load(original.id));
    expected.name = u"Strict"_qs;
    QVERIFY(checked(store.load(copy.id)) == expected);
    QCOMPARE(checked(store.active())->id, original.id);
}

void ModelVersionsTest::duplicateIntoAnExistingNameAddsAVersion()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    const ModelVersion first = checked(store.ensureActive());
    checked(store.save(defaultWithIql(30), {}));
    const ModelVersion copy = checked(store.duplicate(first.id, u"Default"_qs, u"v1 again"_qs));
    QCOMPARE(copy.version, 3);
    QCOMPARE(checked(store.load(copy.id)).thresholds.iql, 25);
}

void ModelVersionsTest::duplicateNeedsAName()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    const ModelVersion first = checked(store.ensureActive());
    auto refused = store.duplicate(first.id, u"  "_qs, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().what, u"a duplicate needs a name"_qs);
    QCOMPARE(checked(store.list()).size(), std::size_t(1));
    // A name the model reader would refuse is not stored either: every version reads back.
    refused = store.duplicate(first.id, QString(201, u'n'), {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().toString(), u"model: name: must be at most 200 characters long, not 201. "
                                         "See the limits in docs/scoring.md."_qs);
    QCOMPARE(checked(store.list()).size(), std::size_t(1));
}

void ModelVersionsTest::revertSavesTheOldModelAsTheNextVersionAndActivatesIt()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    const ModelVersion first = checked(store.ensureActive());
    const ModelVersion second = checked(store.save(defaultWithIql(30), u"IQL 30"_qs));
    QVERIFY(store.activate(second.id));
    const ModelVersion reverted = checked(store.revertTo(first.id, u"back to v1: IQL 30 starved the funnel"_qs));
    QCOMPARE(reverted.version, 3);
    QVERIFY(reverted.active);
    QCOMPARE(reverted.comment, u"back to v1: IQL 30 starved the funnel"_qs);
    QCOMPARE(checked(store.active())->id, reverted.id);
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM models WHERE active = 1"), 1);
    QVERIFY(checked(store.load(reverted.id)) == checked(store.load(first.id)));
    QCOMPARE(checked(store.load(second.id)).thresholds.iql, 30); // kept
    const auto history = checked(store.history(u"Default"_qs));
    QCOMPARE(history.size(), std::size_t(3));
    QCOMPARE(history[0].id, reverted.id);
}

void ModelVersionsTest::unknownIdsAreRefused_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("version") << 0;
    QTest::newRow("duplicate") << 1;
    QTest::newRow("revert") << 2;
    QTest::newRow("activate") << 3;
}

void ModelVersionsTest::unknownIdsAreRefused()
{
    QFETCH(int, operation);
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    const ModelVersion active = checked(store.ensureActive());
    QString what;
    switch (operation) {
    case 0:
        what = store.version(99).error().what;
        break;
    case 1:
        what = store.duplicate(99, u"Copy"_qs, {}).error().what;
        break;
    case 2:
        what = store.revertTo(99, {}).error().what;
        break;
    default:
        what = store.activate(99).error().what;
    }
    QCOMPARE(what, u"no model with id 99"_qs);
    QCOMPARE(checked(store.list()).size(), std::size_t(1));
    QCOMPARE(checked(store.active())->id, active.id); // nothing changed
}

void ModelVersionsTest::exportAndImportKeepTheModel()
{
    WorkspaceFixture one, two;
    ModelStore from(one.database()), to(two.database());
    checked(from.ensureActive());
    ScoringModel tuned = defaultWithIql(30);
    tuned.decay = {2, 10};
    const ModelVersion saved = checked(from.save(tuned, u"tuned"_qs));
    const QByteArray file = ModelJson::write(checked(from.load(saved.id)));
    const ModelVersion imported = checked(to.save(checked(ModelJson::read(file)), u"Imported from tuned.json"_qs));
    QVERIFY(checked(to.load(imported.id)) == tuned);
    QCOMPARE(checked(to.version(imported.id)).comment, u"Imported from tuned.json"_qs);
}

QTEST_GUILESS_MAIN(ModelVersionsTest)
#include "tst_modelversions.moc"
