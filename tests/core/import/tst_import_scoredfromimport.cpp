// A first import scores the rows it wrote without reading them back
// (ImportedScoringInput): lead_state must equal, row for row, a full rescore read from
// the store, with a model whose fit rules name every field; and each field alone reaches
// the scoring from the right cell (fitsSeeEveryField). Imports the in-memory columns cannot follow exactly (a lead
// updated or skipped, a lead made for an event, a group of events with a duplicate, a workspace with leads already)
// must read the store instead, with the same result.

#include "import/ImportJob.h"
#include "import/ImportScan.h"
#include "import/ImportedScoringInput.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelStore.h"
#include "scoring/ScoredAhead.h"
#include "scoring/ScoringEngine.h"
#include "scoring/ScoringModel.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

const QByteArray header = "lead_id,email,first_name,last_name,company,job_title,industry,employees,country,source,"
                          "campaign,created_at,TotalVisits\n";
const QByteArray leadRows = "L1, Ann@Example.COM ,Ann,Lee,Acme,VP Sales,Software,50,Germany,Webinar,Q1,"
                            "2025-01-01T00:00:00Z,7\n"
                            "L2,bob@example.com,Bob,,Beta,,Retail,,France,,,2025-01-02T00:00:00Z,\n"
                            "L3,,Cy,,Acme,Director,,5000,,Webinar,Q2,,3\n"
                            "L4,dee@OTHER.org,Dee,,Gamma,VP,Software,20,Germany,Ads,Q1,2025-01-04,7\n"
                            ",eve@example.com,Eve,,,,,,,,,2025-01-05T00:00:00Z,1\n"
                            ",,Nobody,,,,,,,,,2025-01-06T00:00:00Z,\n"; // rejected while reading
const QByteArray eventRows = "lead_id,activity,occurred_at,detail\n"
                             "L1,Webinar Attended,2025-02-01T10:00:00Z,Q1 webinar\n"
                             "L1,pricing_page_view,2025-02-01T10:00:00Z,/pricing\n"
                             "L1,demo_request,2025-02-03T09:00:00Z,\n"
                             "L2,ebook_download,2025-02-02T10:00:00Z,Guide\n"
                             "L2,ebook_download,2025-02-02T10:00:00Z,Guide\n" // a duplicate, row by row
                             "eve@example.com,webinar_attended,2025-02-05T10:00:00Z,Q1 webinar\n"
                             "L4,pricing_page_view,2025-02-06T10:00:00Z,/pricing\n"
                             "L9,ebook_download,2025-02-03T10:00:00Z,Guide\n"; // no such lead

FitRule fitRule(const char *field, const char *op, QJsonValue value, int points)
{
    const QString name = QString::fromLatin1(field);
    return FitRule{name, FieldCondition{name, *fieldOpFromName(QString::fromLatin1(op)), std::move(value)}, points};
}

// Every field a fit rule can name, each rule paying its own points (the fit is capped at
// 100, so together they tell less than one at a time: see fitsSeeEveryField).
std::vector<FitRule> everyFieldRules()
{
    return {fitRule("industry", "=", u"Software"_qs, 1),
            fitRule("employees", "between", QJsonArray{10, 100}, 2),
            fitRule("job_title", "contains", u"VP"_qs, 4),
            fitRule("country", "=", u"Germany"_qs, 8),
            fitRule("email_domain", "=", u"example.com"_qs, 16),
            fitRule("source", "=", u"Webinar"_qs, 32),
            fitRule("campaign", "=", u"Q1"_qs, 3),
            fitRule("company", "=", u"Acme"_qs, 5),
            fitRule("TotalVisits", "=", u"7"_qs, 6),
            fitRule("email", "empty", true, 9)};
}

class Fixture
{
public:
    explicit Fixture(std::vector<FitRule> fitRules = everyFieldRules(), std::vector<ScoringRule> eventRules = {})
    {
        workspace = std::move(*Workspace::create(dir.filePath(u"w.leadstage"_qs)));
        auto model = ScoringModel::defaultModel();
        if (!model)
            qFatal("no default model");
        model->fit.rules = std::move(fitRules);
        if (!eventRules.empty())
            model->rules = std::move(eventRules);
        ModelStore store(workspace->database());
        auto saved = store.save(*model, u"test fit"_qs);
        if (!saved || !store.activate(saved->id))
            qFatal("cannot activate the test model");
    }

    ImportSource source(ImportKind kind, const QByteArray &bytes)
    {
        const QString path = dir.filePath(kind == ImportKind::Leads ? u"leads.csv"_qs : u"events.csv"_qs);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        auto scan = ImportScan::scan(kind, path, std::nullopt, ActivityMap::defaults());
        if (!scan || !scan->resolveDateFormats(std::nullopt))
            qFatal("cannot scan %s", qPrintable(path));
        return ImportSource{kind, path, scan->mapping, {}};
    }

    int leadCount()
    {
        auto query = workspace->database().prepare("SELECT count(*) FROM leads");
        return query && *query->step() ? int(query->int64(0)) : -1;
    }

    // Every lead_state row, every column, in lead order.
    QStringList leadState()
    {
        auto query = workspace->database().prepare("SELECT * FROM lead_state ORDER BY lead_id");
        QStringList rows;
        while (query && *query->step()) {
            QStringList cells;
            for (int column = 0; column < 17; ++column)
                cells << (query->isNull(column) ? u"NULL"_qs : query->text(column));
            rows << cells.join(u'|');
        }
        return rows;
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
};

} // namespace

class TestScoredFromImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsAFullRescoreFromTheStore_data()
    {
        QTest::addColumn<QByteArray>("leads");
        QTest::addColumn<QByteArray>("events");
        QTest::addColumn<int>("onMatch");
        QTest::addColumn<bool>("createMissing");
        QTest::addColumn<bool>("leadBefore");
        QTest::addColumn<bool>("fromImport");

        const int update = int(OnMatch::Update);
        QByteArray manyEvents = "lead_id,activity,occurred_at,detail\n";
        for (int i = 0; i < 70; ++i) // more than a group of 64, the second row a duplicate of the first
            manyEvents += "L1,email_open,2025-02-" + QByteArray::number(10 + std::max(0, i - 1) % 18)
                          + "T10:00:" + QByteArray::number(10 + std::max(0, i - 1) / 18) + "Z,News "
                          + QByteArray::number(std::max(0, i - 1)) + "\n";

        QTest::newRow("first import") << header + leadRows << eventRows << update << false << false << true;
        // Grouped by lead in the leads' order: the columns are filled without sorting.
        const QByteArray sortedEvents = "lead_id,activity,occurred_at,detail\n"
                                        "L1,pricing_page_view,2025-02-01T10:00:00Z,/pricing\n"
                                        "L1,Webinar Attended,2025-02-01T10:00:00Z,Q1 webinar\n"
                                        "L1,demo_request,2025-02-03T09:00:00Z,\n"
                                        "L2,ebook_download,2025-02-02T10:00:00Z,Guide\n"
                                        "L4,pricing_page_view,2025-02-06T10:00:00Z,/pricing\n"
                                        "L4,webinar_attended,2025-02-01T10:00:00Z,Q1 webinar\n"
                                        "eve@example.com,webinar_attended,2025-02-05T10:00:00Z,Q1 webinar\n";
        QTest::newRow("events grouped by lead")
            << header + leadRows << sortedEvents << update << false << false << true;
        QTest::newRow("leads only") << header + leadRows << QByteArray() << update << false << false << true;
        QTest::newRow("a lead twice, updated") << header + leadRows + "L2,bob@example.com,Bobby,,Acme,VP,,,,,,,7\n"
                                               << eventRows << update << false << false << false;
        QTest::newRow("a lead twice, skipped") << header + leadRows + "L2,bob@example.com,Bobby,,Acme,VP,,,,,,,7\n"
                                               << eventRows << int(OnMatch::Skip) << false << false << false;
        QTest::newRow("an e-mail of another CRM id") << header + leadRows + "L7,bob@example.com,B,,,,,,,,,,\n"
                                                     << eventRows << update << false << false << false;
        QTest::newRow("a lead made for an event") << header + leadRows << eventRows << update << true << false << false;
        QTest::newRow("a duplicate inside a group")
            << header + leadRows << manyEvents << update << false << false << false;
        QTest::newRow("leads stored before") << header + leadRows << eventRows << update << false << true << false;
        // Times beyond the 32 bits the kept rows hold: the rescore reads the store.
        const QByteArray farEvents = "lead_id,activity,occurred_at,detail\n"
                                     "L1,pricing_page_view,2025-02-01T10:00:00Z,/pricing\n"
                                     "L2,ebook_download,1969-12-31T23:59:59Z,Guide\n";
        QTest::newRow("an event before 1970") << header + leadRows << farEvents << update << false << false << false;
        QByteArray laterEvents = farEvents;
        laterEvents.replace("1969-12-31T23:59:59Z", "2106-02-07T06:28:16Z");
        QTest::newRow("an event after 2106") << header + leadRows << laterEvents << update << false << false << false;
    }

    void equalsAFullRescoreFromTheStore()
    {
        QFETCH(QByteArray, leads);
        QFETCH(QByteArray, events);
        QFETCH(int, onMatch);
        QFETCH(bool, createMissing);
        QFETCH(bool, leadBefore);
        Fixture fixture;
        if (leadBefore)
            QVERIFY(fixture.workspace->database().exec(
                "INSERT INTO leads (external_id, email, created_at) VALUES ('L0', 'zed@example.com', 0)"));
        ImportRequest request;
        request.sources.push_back(fixture.source(ImportKind::Leads, leads));
        if (!events.isEmpty())
            request.sources.push_back(fixture.source(ImportKind::Events, events));
        request.options.onMatch = OnMatch(onMatch);
        request.options.createMissingLeads = createMissing;
        request.options.allowRepeatedKeys = true; // "a lead twice" repeats a CRM id on purpose
        auto report = ImportJob(*fixture.workspace, request).run();
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QVERIFY2(report->rescored, qPrintable(report->rescoreError));
        QTEST(report->rescoredFromImport, "fromImport");
        // Scored while the import committed (RescoreAhead), with the active model.
        QTEST(report->rescoreUsedScoresAhead, "fromImport");

        const QStringList scored = fixture.leadState();
        QCOMPARE(scored.size(), fixture.leadCount());
        QVERIFY(scored.size() >= 5);
        auto reread = WorkspaceScorer(*fixture.workspace).run({});
        QVERIFY2(reread.ok(), qPrintable(reread ? QString() : reread.error().toString()));
        QVERIFY(!reread->partial);
        QCOMPARE(fixture.leadState(), scored);
    }

    // A new workspace has no model until its first rescore saves the default one: the
    // scores worked out during the commit, with the default, are the ones written.
    void aNewWorkspaceScoresAheadWithTheDefaultModel()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(u"new.leadstage"_qs));
        QVERIFY(workspace.ok());
        auto before = ModelStore((*workspace)->database()).active();
        QVERIFY(before && !before->has_value());
        Fixture files; // for its CSV files only
        ImportRequest request;
        request.sources.push_back(files.source(ImportKind::Leads, header + leadRows));
        request.sources.push_back(files.source(ImportKind::Events, eventRows));
        auto report = ImportJob(**workspace, request).run();
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QVERIFY2(report->rescored, qPrintable(report->rescoreError));
        QVERIFY(report->rescoredFromImport);
        QVERIFY(report->rescoreUsedScoresAhead);
        auto after = ModelStore((*workspace)->database()).active();
        QVERIFY(after && after->has_value());
    }

    // Scores worked out ahead (Options::scoredAhead) are written only when they were
    // scored with the model and date the rescore itself chooses; else it scores again.
    void scoresAheadOfAnotherModelOrDateAreScoredAgain_data()
    {
        QTest::addColumn<bool>("otherModel");
        QTest::addColumn<qint64>("dateShift");
        QTest::addColumn<bool>("used");
        QTest::newRow("the same model and date") << false << qint64(0) << true;
        QTest::newRow("another model") << true << qint64(0) << false;
        QTest::newRow("another date") << false << qint64(86400) << false;
    }

    void scoresAheadOfAnotherModelOrDateAreScoredAgain()
    {
        QFETCH(bool, otherModel);
        QFETCH(qint64, dateShift);
        Fixture fixture;
        ImportRequest request;
        request.sources.push_back(fixture.source(ImportKind::Leads, header + leadRows));
        request.sources.push_back(fixture.source(ImportKind::Events, eventRows));
        QVERIFY(ImportJob(*fixture.workspace, request).run().ok());
        const QStringList expected = fixture.leadState();

        Database &database = fixture.workspace->database();
        auto active = ModelStore(database).active();
        QVERIFY(active && active->has_value());
        auto model = ModelStore(database).load((*active)->id);
        QVERIFY(model.ok());
        if (otherModel)
            model->fit.rules = {fitRule("country", "=", u"Germany"_qs, 100)}; // other fits, other grades
        auto input = EventColumnsLoader(database).loadAll();
        QVERIFY(input.ok());
        const std::int64_t asOf = EventColumnsLoader::latestMoment(*input) + dateShift;
        auto scores = ScoringEngine(*model).score(*input, asOf);
        QVERIFY(scores.ok());
        QVERIFY(database.exec("DELETE FROM lead_state"));

        WorkspaceScorer::Options options;
        options.scoredAhead = [&]() -> Result<ScoredAhead> {
            return ScoredAhead{std::move(*input), *model, asOf, std::move(*scores)};
        };
        auto report = WorkspaceScorer(*fixture.workspace).run(options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QTEST(report->usedScoresAhead, "used");
        QCOMPARE(fixture.leadState(), expected);
    }

    // The events kept for the rescore, row for row, through reservations too small and
    // the vector's moves while its pages are faulted in ahead (PagesAhead).
    void keptEventsSurviveEveryMove_data()
    {
        QTest::addColumn<int>("reserved");
        QTest::addColumn<int>("events");
        QTest::newRow("none reserved") << 0 << 300000;
        QTest::newRow("too few reserved") << 1000 << 300000;
        QTest::newRow("enough reserved") << 300000 << 300000;
    }

    void keptEventsSurviveEveryMove()
    {
        QFETCH(int, reserved);
        QFETCH(int, events);
        ImportedScoringInput input(1);
        if (reserved > 0)
            input.reserveEvents(std::size_t(reserved));
        for (int i = 0; i < events; ++i)
            input.addEvent(1 + i / 10, 1700000000 + i, 1 + i % 7, i % 1000);
        const auto kept = input.takeEvents();
        QCOMPARE(kept.size(), std::size_t(events));
        for (int i = 0; i < events; ++i) {
            const auto &row = kept[std::size_t(i)];
            if (row.leadId != std::uint32_t(1 + i / 10) || row.time != std::uint32_t(1700000000 + i)
                || row.activity != 1 + i % 7 || row.detail != std::uint32_t(i % 1000))
                QFAIL(qPrintable(u"row %1 differs"_qs.arg(i)));
        }
    }

    // The kept rows hold lead ids and times in 32 bits (EventRow): one value beyond them
    // gives the whole input up; the largest that fit are kept as they are.
    void valuesBeyondTheKeptWidthsGiveUp_data()
    {
        QTest::addColumn<qint64>("leadId");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("activity");
        QTest::addColumn<qint64>("detail");
        QTest::addColumn<bool>("kept");
        const qint64 most32 = 4294967295;
        QTest::newRow("the largest that fit") << most32 << most32 << qint64(65534) << most32 << true;
        QTest::newRow("a lead id of 2^32") << most32 + 1 << qint64(0) << qint64(1) << qint64(0) << false;
        QTest::newRow("a time before 1970") << qint64(1) << qint64(-1) << qint64(1) << qint64(0) << false;
        QTest::newRow("a time of 2^32 seconds") << qint64(1) << most32 + 1 << qint64(1) << qint64(0) << false;
        QTest::newRow("an activity id of 65535") << qint64(1) << qint64(0) << qint64(65535) << qint64(0) << false;
        QTest::newRow("a detail id of 2^32") << qint64(1) << qint64(0) << qint64(1) << most32 + 1 << false;
    }

    void valuesBeyondTheKeptWidthsGiveUp()
    {
        QFETCH(qint64, leadId);
        QFETCH(qint64, time);
        QFETCH(qint64, activity);
        QFETCH(qint64, detail);
        QFETCH(bool, kept);
        ImportedScoringInput input(1);
        input.addEvent(1, 1700000000, 1, 0);
        input.addEvent(leadId, time, activity, detail);
        const auto rows = input.takeEvents();
        QCOMPARE(rows.size(), kept ? std::size_t(2) : std::size_t(0));
        QCOMPARE(input.complete(0), kept);
        if (kept) {
            QCOMPARE(qint64(rows[1].leadId), leadId);
            QCOMPARE(qint64(rows[1].time), time);
            QCOMPARE(qint64(rows[1].activity), activity);
            QCOMPARE(qint64(rows[1].detail), detail);
        }
    }

    // Events of one second replay in import order on both paths: with a negative rule the
    // order decides the stage. email_open (+30, activity id 10) comes before
    // blog_subscribe (-30, id 1) in the file; the events_unique index would put it after.
    void sameSecondEventsKeepImportOrder()
    {
        ScoringRule plus;
        plus.id = plus.label = u"opened"_qs;
        plus.activity = u"email_open"_qs;
        plus.points = 30;
        ScoringRule minus;
        minus.id = minus.label = u"unsubscribed"_qs;
        minus.activity = u"blog_subscribe"_qs;
        minus.points = -30;
        Fixture fixture(everyFieldRules(), {plus, minus});
        ImportRequest request;
        request.sources.push_back(fixture.source(ImportKind::Leads, header + leadRows));
        request.sources.push_back(fixture.source(ImportKind::Events, "lead_id,activity,occurred_at,detail\n"
                                                                     "L1,email_open,2025-02-01T10:00:00Z,\n"
                                                                     "L1,blog_subscribe,2025-02-01T10:00:00Z,\n"));
        auto report = ImportJob(*fixture.workspace, request).run();
        QVERIFY(report.ok());
        QVERIFY(report->rescoredFromImport);
        const QStringList scored = fixture.leadState();
        QVERIFY2(scored.value(0).contains(u"|IQL|1738404000|"_qs), qPrintable(scored.value(0))); // IQL at 10:00
        auto reread = WorkspaceScorer(*fixture.workspace).run({});
        QVERIFY(reread.ok());
        QCOMPARE(fixture.leadState(), scored);
    }

    // Each field alone, as a first import hands it to the scoring: the leads whose fit is
    // the rule's 50 points, worked out by hand from the rows above.
    void fitsSeeEveryField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("matching");
        QTest::newRow("industry") << u"industry"_qs << u"="_qs << QJsonValue(u"Software"_qs)
                                  << QStringList{u"L1"_qs, u"L4"_qs};
        QTest::newRow("employees") << u"employees"_qs << u">="_qs << QJsonValue(50) << QStringList{u"L1"_qs, u"L3"_qs};
        QTest::newRow("job title") << u"job_title"_qs << u"contains"_qs << QJsonValue(u"VP"_qs)
                                   << QStringList{u"L1"_qs, u"L4"_qs};
        QTest::newRow("country") << u"country"_qs << u"="_qs << QJsonValue(u"France"_qs) << QStringList{u"L2"_qs};
        QTest::newRow("e-mail, normalised")
            << u"email"_qs << u"="_qs << QJsonValue(u"ann@example.com"_qs) << QStringList{u"L1"_qs};
        QTest::newRow("e-mail domain") << u"email_domain"_qs << u"="_qs << QJsonValue(u"other.org"_qs)
                                       << QStringList{u"L4"_qs};
        QTest::newRow("no e-mail") << u"email"_qs << u"empty"_qs << QJsonValue(true) << QStringList{u"L3"_qs};
        QTest::newRow("source") << u"source"_qs << u"="_qs << QJsonValue(u"Ads"_qs) << QStringList{u"L4"_qs};
        QTest::newRow("campaign") << u"campaign"_qs << u"="_qs << QJsonValue(u"Q2"_qs) << QStringList{u"L3"_qs};
        QTest::newRow("company") << u"company"_qs << u"="_qs << QJsonValue(u"Acme"_qs)
                                 << QStringList{u"L1"_qs, u"L3"_qs};
        QTest::newRow("an attrs key") << u"TotalVisits"_qs << u"="_qs << QJsonValue(u"7"_qs)
                                      << QStringList{u"L1"_qs, u"L4"_qs};
        QTest::newRow("no attrs value") << u"TotalVisits"_qs << u"empty"_qs << QJsonValue(true)
                                        << QStringList{u"L2"_qs};
    }

    void fitsSeeEveryField()
    {
        QFETCH(QString, field);
        QFETCH(QString, op);
        QFETCH(QJsonValue, value);
        Fixture fixture({FitRule{field, FieldCondition{field, *fieldOpFromName(op), value}, 50}});
        ImportRequest request;
        request.sources.push_back(fixture.source(ImportKind::Leads, header + leadRows));
        request.sources.push_back(fixture.source(ImportKind::Events, eventRows));
        auto report = ImportJob(*fixture.workspace, request).run();
        QVERIFY(report.ok());
        QVERIFY(report->rescoredFromImport);
        auto query = fixture.workspace->database().prepare(
            "SELECT coalesce(l.external_id, l.email) FROM lead_state s JOIN leads l ON l.id = s.lead_id "
            "WHERE s.fit = 50 ORDER BY s.lead_id");
        QStringList matching;
        while (query && *query->step())
            matching << query->text(0);
        QTEST(matching, "matching");
        QCOMPARE(fixture.leadState().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestScoredFromImport)
#include "tst_import_scoredfromimport.moc"
