// Models in a workspace: the default model becomes version 1 and active, saves add
// versions and keep the old ones, exactly one version is active.

#include "WorkspaceFixture.h"
#include "scoring/ModelStore.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <sqlite3.h>

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

class ModelStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultModelBecomesVersionOne();
    void savesKeepEveryVersion();
    void exactlyOneIsActive();
    void unknownIdIsRefused();
    void anOlderDefaultCommentReadsAsToday();
    void aFileRecordsTheAccountThatSaved();
    void anOlderFileSavesWithoutAuthor();
};

// Version 15: a file records the workstation's account as the author of what it saves.
void ModelStoreTest::aFileRecordsTheAccountThatSaved()
{
    const QByteArray account = qgetenv("USER");
    qputenv("USER", "ana");
    WorkspaceFixture fixture;
    if (fixture.onServer()) {
        qputenv("USER", account);
        QSKIP("A server records its session's role, whatever USER says (tst_cli_teamroles)");
    }
    ModelStore store(fixture.database());
    auto active = store.ensureActive();
    QVERIFY(active);
    QCOMPARE(active->author, u"ana"_qs);
    qputenv("USER", "bo");
    auto saved = store.save(*ScoringModel::defaultModel(), u"by bo"_qs);
    qputenv("USER", account);
    QVERIFY(saved);
    QCOMPARE(saved->author, u"bo"_qs);
    auto versions = store.history(u"Default"_qs);
    QVERIFY(versions && versions->size() == 2);
    QCOMPARE(versions->at(0).author, u"bo"_qs);
    QCOMPARE(versions->at(1).author, u"ana"_qs);
    auto read = store.version(active->id);
    QVERIFY(read);
    QCOMPARE(read->author, u"ana"_qs);
}

// A file of version 14 read without upgrading (read-only elsewhere) has no author column:
// its versions read, and save, with none.
void ModelStoreTest::anOlderFileSavesWithoutAuthor()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"v14.leadstage"_qs), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    QVERIFY(database);
    QVERIFY(Schema::migrate(*database, Schema::modelAuthorsVersion - 1));
    ModelStore store(*database);
    auto active = store.ensureActive();
    QVERIFY2(active, active ? "" : qPrintable(active.error().toString()));
    QVERIFY(active->author.isEmpty());
    auto versions = store.list();
    QVERIFY(versions && versions->size() == 1 && versions->front().author.isEmpty());
    QVERIFY(Schema::migrate(*database));
    auto after = store.list();
    QVERIFY(after && after->size() == 1 && after->front().author.isEmpty()); // not recorded then
}

void ModelStoreTest::anOlderDefaultCommentReadsAsToday()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    auto active = store.ensureActive();
    QVERIFY(active);
    auto old = fixture.database().prepare("UPDATE models SET comment = ?1 WHERE id = ?2");
    QVERIFY(old);
    old->bind(1, u"Default model (DESIGN §3)"_qs).bind(2, active->id);
    QVERIFY(old->run());
    auto versions = store.list();
    QVERIFY(versions && versions->size() == 1);
    QCOMPARE(versions->front().comment, u"The built-in default model"_qs);
}

void ModelStoreTest::defaultModelBecomesVersionOne()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    auto none = store.active();
    QVERIFY(none && !none->has_value());
    auto active = store.ensureActive();
    QVERIFY2(active, active ? "" : qPrintable(active.error().toString()));
    QCOMPARE(active->name, u"Default"_qs);
    QCOMPARE(active->version, 1);
    QVERIFY(active->active);
    auto again = store.ensureActive();
    QCOMPARE(again->id, active->id); // no second default
    auto loaded = store.load(active->id);
    QVERIFY(loaded);
    QVERIFY(*loaded == *ScoringModel::defaultModel());
}

void ModelStoreTest::savesKeepEveryVersion()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    auto first = store.ensureActive();
    ScoringModel raised = *ScoringModel::defaultModel();
    raised.thresholds.iql = 30;
    auto second = store.save(raised, u"raise IQL to 30"_qs);
    QVERIFY(second);
    QCOMPARE(second->version, 2);
    QVERIFY(!second->active);
    ScoringModel other = raised;
    other.name = u"Experiment"_qs;
    auto experiment = store.save(other, QString());
    QVERIFY2(experiment, experiment ? "" : qPrintable(experiment.error().toString()));
    QCOMPARE(experiment->version, 1);

    auto versions = store.list();
    QVERIFY(versions);
    QCOMPARE(versions->size(), std::size_t(3));
    QCOMPARE((*versions)[0].version, 1);
    QCOMPARE((*versions)[1].comment, u"raise IQL to 30"_qs);
    QCOMPARE(store.load(first->id)->thresholds.iql, 25);
    QCOMPARE(store.load(second->id)->thresholds.iql, 30);
}

void ModelStoreTest::exactlyOneIsActive()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    auto first = store.ensureActive();
    auto second = store.save(*ScoringModel::defaultModel(), u"copy"_qs);
    QVERIFY(store.activate(second->id));
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM models WHERE active = 1"), 1);
    QCOMPARE((*store.active())->id, second->id);
    QVERIFY(store.activate(first->id));
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM models WHERE active = 1"), 1);
    QCOMPARE((*store.active())->id, first->id);
}

void ModelStoreTest::unknownIdIsRefused()
{
    WorkspaceFixture fixture;
    ModelStore store(fixture.database());
    auto first = store.ensureActive();
    const Status status = store.activate(999);
    QVERIFY(!status);
    QVERIFY(status.error().what.contains(u"999"_qs));
    QCOMPARE((*store.active())->id, first->id); // rolled back: still active
    QVERIFY(!store.load(999));
}

QTEST_GUILESS_MAIN(ModelStoreTest)
#include "tst_modelstore.moc"
