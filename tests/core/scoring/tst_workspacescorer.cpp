// Rescoring a workspace: load → score → write lead_state in one transaction, the
// default analysis date, rescoring only touched leads, and cancel writing nothing.

#include "WorkspaceFixture.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/FieldAddress.h"
#include "scoring/ModelStore.h"
#include "scoring/ScoringEngine.h"
#include "scoring/WorkspaceScorer.h"
#include "store/AnalysisDate.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

class WorkspaceScorerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesLeadState_data();
    void writesLeadState();
    void explicitAnalysisDate();
    void defaultDateCoversEveryMoment_data();
    void defaultDateCoversEveryMoment();
    void givenDateIsKeptUntilForgotten();
    void rescoresOnlyTouchedLeads();
    void manyTouchedLeadsRescoreAll();
    void movedAnalysisDateRescoresAll();
    void cancelWritesNothing();
    void loaderKeepsImportOrderWithinASecond();
    void eventsReadOnSeveralConnectionsAsOnOne();
    void fullRescoreWritesOnlyChangedRows_data();
    void fullRescoreWritesOnlyChangedRows();
    void fullRewriteInGroupsEqualsRowByRow_data();
    void fullRewriteInGroupsEqualsRowByRow();
    void loadKeepsTheFieldsTheModelNames_data();
    void loadKeepsTheFieldsTheModelNames();
    void engineRefusesALoadWithoutANamedField();
    void orphanEventsScoreNobody();

private:
    static void fill(WorkspaceFixture &fixture);
};

void WorkspaceScorerTest::fill(WorkspaceFixture &fixture)
{
    fixture.addLead(1, u"2025-01-01"_qs);
    fixture.addEvents(1, u"2025-01-01 whitepaper_download; 2025-01-10 ebook_download; "
                         "2025-02-01 roi_calculator; 2025-02-02 webinar_attended"_qs);
    fixture.addLead(2, u"2025-01-01"_qs);
    fixture.addEvents(2, u"2025-03-03 demo_request"_qs);
    fixture.addLead(3, u"2024-12-01"_qs);
    fixture.addLead(4, u"2025-01-01"_qs, u"Software"_qs);
    fixture.addEvents(4, u"2025-01-05T10:00:00Z ebook_download; 2025-01-05T10:00:00Z webinar_attended; "
                         "2025-01-05T10:00:00Z demo_request"_qs);
    fixture.addOutcome(4, u"2025-02-01"_qs);
}

void WorkspaceScorerTest::writesLeadState_data()
{
    QTest::addColumn<qint64>("lead");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("engagement");
    QTest::addColumn<QString>("iql");
    QTest::addColumn<QString>("mql");
    QTest::addColumn<QString>("health");
    QTest::addColumn<QString>("track");
    // Analysis date: the latest event, Mar 3.
    QTest::newRow("worked example 1") << qint64(1) << u"MQL"_qs << u"60"_qs << u"2025-01-10"_qs << u"2025-02-02"_qs
                                      << u"active"_qs << u"sales"_qs;
    QTest::newRow("worked example 2") << qint64(2) << u"MQL"_qs << u"0"_qs << QString() << u"2025-03-03"_qs
                                      << u"active"_qs << u"sales"_qs;
    QTest::newRow("no events, created 92 days before")
        << qint64(3) << u"Lead"_qs << u"0"_qs << QString() << QString() << u"stagnant"_qs << u"reengage"_qs;
    QTest::newRow("same second in import order, then SQL")
        << qint64(4) << u"SQL"_qs << u"30"_qs << u"2025-01-05T10:00:00Z"_qs << u"2025-01-05T10:00:00Z"_qs
        << u"active"_qs << QString();
}

void WorkspaceScorerTest::writesLeadState()
{
    WorkspaceFixture fixture;
    fill(fixture);
    // An index an analyst made by hand (schema version 14 keeps none of its own on stage).
    QVERIFY(fixture.database().exec("CREATE INDEX lead_state_by_hand ON lead_state(stage)"));
    auto report = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->asOf, at(u"2025-03-03"_qs));
    QCOMPARE(report->leads, std::size_t(4));
    QCOMPARE(report->events, std::size_t(8));
    QVERIFY(!report->partial);
    QCOMPARE(report->model.version, 1);
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM lead_state"), 4);
    // A full rewrite builds the table's indexes afterwards: the one made by hand is back,
    // and holds every row.
    if (fixture.onServer()) {
        QCOMPARE(fixture.count("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND tablename = "
                               "'lead_state' AND indexname = 'lead_state_by_hand'"),
                 1);
    } else {
        QCOMPARE(fixture.count("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'lead_state_by_hand'"), 1);
        QCOMPARE(fixture.count("SELECT COUNT(*) FROM lead_state INDEXED BY lead_state_by_hand WHERE stage > ''"), 4);
        QCOMPARE(fixture.count("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'lead_state_by_stage'"), 0);
    }

    QFETCH(qint64, lead);
    QFETCH(QString, iql);
    QFETCH(QString, mql);
    QTEST(fixture.state(lead, "stage"), "stage");
    QTEST(fixture.state(lead, "engagement"), "engagement");
    QCOMPARE(fixture.state(lead, "iql_at"), iql.isEmpty() ? QString() : QString::number(at(iql)));
    QCOMPARE(fixture.state(lead, "mql_at"), mql.isEmpty() ? QString() : QString::number(at(mql)));
    QTEST(fixture.state(lead, "health"), "health");
    QTEST(fixture.state(lead, "nurture_track"), "track");
    QCOMPARE(fixture.state(lead, "as_of"), QString::number(at(u"2025-03-03"_qs)));
    QCOMPARE(fixture.state(lead, "model_id"), QString::number(report->model.id));
}

// The default analysis date is the latest event, lead creation or outcome: an outcome
// after the last event moves it, on the full load and on a partial rescore alike.
void WorkspaceScorerTest::defaultDateCoversEveryMoment_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("moment");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("partial");
    QTest::newRow("the latest event") << QString() << QString() << u"2025-03-03"_qs << false;
    QTest::newRow("a lead created after it") << u"created_at"_qs << u"2025-04-01"_qs << u"2025-04-01"_qs << false;
    QTest::newRow("an SQL after it") << u"sql_at"_qs << u"2025-04-02"_qs << u"2025-04-02"_qs << false;
    QTest::newRow("an opportunity after it") << u"opportunity_at"_qs << u"2025-04-03"_qs << u"2025-04-03"_qs << false;
    QTest::newRow("a win after it") << u"customer_at"_qs << u"2025-04-04"_qs << u"2025-04-04"_qs << false;
    QTest::newRow("a loss after it") << u"lost_at"_qs << u"2025-04-05"_qs << u"2025-04-05"_qs << false;
    QTest::newRow("a win after it, partial rescore")
        << u"customer_at"_qs << u"2025-04-04"_qs << u"2025-04-04"_qs << true;
    QTest::newRow("a loss after it, partial rescore") << u"lost_at"_qs << u"2025-04-05"_qs << u"2025-04-05"_qs << true;
}

void WorkspaceScorerTest::defaultDateCoversEveryMoment()
{
    QFETCH(QString, column);
    QFETCH(QString, moment);
    QFETCH(QString, expected);
    QFETCH(bool, partial);
    WorkspaceFixture fixture;
    fill(fixture);
    if (column == u"created_at"_qs) {
        fixture.addLead(5, moment);
    } else if (!column.isEmpty()) {
        auto update = fixture.database().prepare(
            QString(u"UPDATE outcomes SET "_qs + column + u" = ?1 WHERE lead_id = 4"_qs).toStdString());
        QVERIFY(update);
        update->bind(1, at(moment));
        QVERIFY(update->run());
    }
    WorkspaceScorer::Options options;
    if (partial)
        options.onlyLeads = std::vector<std::int64_t>{4};
    auto report = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->asOf, at(expected));
    QCOMPARE(fixture.state(1, "as_of").toLongLong(), at(expected));
}

// A date given to a rescore with Remember stays the workspace's analysis date for the
// rescores that follow, until Forget goes back to the latest moment of the data.
void WorkspaceScorerTest::givenDateIsKeptUntilForgotten()
{
    WorkspaceFixture fixture;
    fill(fixture);
    using Choice = WorkspaceScorer::Options::DateChoice;
    WorkspaceScorer::Options remember;
    remember.asOf = at(u"2025-01-31"_qs);
    remember.dateChoice = Choice::Remember;
    QVERIFY(WorkspaceScorer(fixture.workspace()).run(remember));
    QCOMPARE(*AnalysisDate::chosen(fixture.database()), std::optional<std::int64_t>(at(u"2025-01-31"_qs)));

    auto again = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY(again);
    QCOMPARE(again->asOf, at(u"2025-01-31"_qs));
    QCOMPARE(fixture.state(1, "stage"), u"IQL"_qs);
    WorkspaceScorer::Options touched;
    touched.onlyLeads = std::vector<std::int64_t>{2};
    auto partial = WorkspaceScorer(fixture.workspace()).run(touched);
    QVERIFY(partial);
    QCOMPARE(partial->asOf, at(u"2025-01-31"_qs));
    QCOMPARE(EventColumnsLoader(fixture.database()).defaultAsOf().value(), at(u"2025-01-31"_qs));
    // An import touching enough leads rescores everybody from one load: the same date.
    WorkspaceScorer::Options many;
    many.onlyLeads = std::vector<std::int64_t>{1, 2, 3, 4};
    many.wholeWorkspaceFrom = 1;
    auto whole = WorkspaceScorer(fixture.workspace()).run(many);
    QVERIFY(whole);
    QVERIFY(!whole->partial);
    QCOMPARE(whole->asOf, at(u"2025-01-31"_qs));
    QCOMPARE(fixture.state(2, "as_of").toLongLong(), at(u"2025-01-31"_qs));

    WorkspaceScorer::Options forget;
    forget.dateChoice = Choice::Forget;
    auto latest = WorkspaceScorer(fixture.workspace()).run(forget);
    QVERIFY(latest);
    QCOMPARE(latest->asOf, at(u"2025-03-03"_qs));
    QVERIFY(!AnalysisDate::chosen(fixture.database())->has_value());
    QCOMPARE(fixture.state(1, "stage"), u"MQL"_qs);

    // A cancelled rescore keeps no date either.
    Progress cancelled;
    cancelled.cancel();
    QVERIFY(!WorkspaceScorer(fixture.workspace()).run(remember, &cancelled));
    QVERIFY(!AnalysisDate::chosen(fixture.database())->has_value());
}

void WorkspaceScorerTest::explicitAnalysisDate()
{
    WorkspaceFixture fixture;
    fill(fixture);
    WorkspaceScorer::Options options;
    options.asOf = at(u"2025-01-31"_qs);
    auto report = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY(report);
    QCOMPARE(fixture.state(1, "stage"), u"IQL"_qs);
    QCOMPARE(fixture.state(1, "engagement"), u"25"_qs);
    QCOMPARE(fixture.state(1, "mql_at"), QString());
    QCOMPARE(fixture.state(2, "stage"), u"Lead"_qs);
    QCOMPARE(report->perStage[std::size_t(Stage::IQL)], std::size_t(1));
}

void WorkspaceScorerTest::rescoresOnlyTouchedLeads()
{
    WorkspaceFixture fixture;
    fill(fixture);
    QVERIFY(WorkspaceScorer(fixture.workspace()).run({}));
    fixture.addEvents(3, u"2025-03-01 ebook_download; 2025-03-01 webinar_attended"_qs);
    fixture.addLead(5, u"2025-02-01"_qs); // imported, never scored: rescored with the touched ones
    WorkspaceScorer::Options options;
    options.onlyLeads = std::vector<std::int64_t>{3};
    auto report = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY(report->partial);
    QCOMPARE(report->leads, std::size_t(2));
    QCOMPARE(fixture.state(3, "stage"), u"IQL"_qs);
    QCOMPARE(fixture.state(3, "iql_at"), QString::number(at(u"2025-03-01"_qs)));
    QCOMPARE(fixture.state(5, "stage"), u"Lead"_qs);
    QCOMPARE(fixture.state(1, "stage"), u"MQL"_qs);
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM lead_state"), 5);
}

void WorkspaceScorerTest::manyTouchedLeadsRescoreAll()
{
    WorkspaceFixture fixture;
    fill(fixture);
    QVERIFY(WorkspaceScorer(fixture.workspace()).run({}));
    fixture.addEvents(3, u"2025-03-01 ebook_download; 2025-03-01 webinar_attended"_qs);
    fixture.addLead(5, u"2025-02-01"_qs);
    WorkspaceScorer::Options options;
    options.onlyLeads = std::vector<std::int64_t>{3, 3};
    options.wholeWorkspaceFrom = 2; // leads 3 and 5 of 5: more than a quarter
    auto report = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY(!report->partial);
    QCOMPARE(report->leads, std::size_t(5));
    // The same rows a partial rescore writes (rescoresOnlyTouchedLeads), for everyone.
    QCOMPARE(fixture.state(3, "stage"), u"IQL"_qs);
    QCOMPARE(fixture.state(3, "iql_at"), QString::number(at(u"2025-03-01"_qs)));
    QCOMPARE(fixture.state(5, "stage"), u"Lead"_qs);
    QCOMPARE(fixture.state(1, "stage"), u"MQL"_qs);
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM lead_state"), 5);
    QCOMPARE(fixture.count("SELECT COUNT(DISTINCT as_of) FROM lead_state"), 1);
    // The default date taken from the loaded events: the latest one, as a query would say.
    QCOMPARE(report->asOf, at(u"2025-03-03"_qs));
    QCOMPARE(fixture.state(1, "as_of"), QString::number(at(u"2025-03-03"_qs)));

    options.asOf = at(u"2025-01-31"_qs); // a date given is kept
    auto dated = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY(dated);
    QVERIFY(!dated->partial);
    QCOMPARE(dated->asOf, at(u"2025-01-31"_qs));
    QCOMPARE(fixture.state(1, "stage"), u"IQL"_qs);
}

void WorkspaceScorerTest::movedAnalysisDateRescoresAll()
{
    WorkspaceFixture fixture;
    fill(fixture);
    QVERIFY(WorkspaceScorer(fixture.workspace()).run({}));
    fixture.addEvents(3, u"2025-06-15 ebook_download"_qs); // a later event moves the default date
    WorkspaceScorer::Options options;
    options.onlyLeads = std::vector<std::int64_t>{3};
    auto report = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY(report);
    QVERIFY(!report->partial);
    QCOMPARE(report->leads, std::size_t(4));
    QCOMPARE(fixture.count("SELECT COUNT(DISTINCT as_of) FROM lead_state"), 1);
    QCOMPARE(fixture.state(1, "engagement"), u"55"_qs); // one decay step on Jun 2
}

void WorkspaceScorerTest::cancelWritesNothing()
{
    WorkspaceFixture fixture;
    fill(fixture);
    QVERIFY(WorkspaceScorer(fixture.workspace()).run({}));
    fixture.addEvents(3, u"2025-03-01 ebook_download; 2025-03-01 webinar_attended"_qs);
    Progress progress;
    progress.cancel();
    auto report = WorkspaceScorer(fixture.workspace()).run({}, &progress);
    QVERIFY(!report);
    QCOMPARE(fixture.state(3, "stage"), u"Lead"_qs);
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM lead_state"), 4);
}

void WorkspaceScorerTest::loaderKeepsImportOrderWithinASecond()
{
    WorkspaceFixture fixture;
    fill(fixture);
    auto input = EventColumnsLoader(fixture.database()).loadAll();
    QVERIFY(input);
    QCOMPARE(input->leads.size(), std::size_t(4));
    QCOMPARE(input->events.eventCount(), std::size_t(8));
    const EventColumns &events = input->events;
    QCOMPARE(events.end(2) - events.begin(2), std::size_t(0)); // lead 3 has none
    QStringList keys;
    for (std::size_t event = events.begin(3); event < events.end(3); ++event)
        keys << events.activityKeys()[events.activity(event)];
    QCOMPARE(keys, (QStringList{u"ebook_download"_qs, u"webinar_attended"_qs, u"demo_request"_qs}));
    QCOMPARE(input->leads.field(LeadField::Industry).at(3), u"Software"_qs);
    QCOMPARE(input->leads.sqlAt(3), at(u"2025-02-01"_qs));

    // Same second, activity ids falling in import order (demo_request is a later type
    // than ebook_download, blog_subscribe the first): both loads keep import order.
    fixture.addLead(5, u"2025-01-01"_qs);
    fixture.addEvents(5, u"2025-01-06 demo_request; 2025-01-06 ebook_download; 2025-01-06 blog_subscribe"_qs);
    const QStringList importOrder{u"demo_request"_qs, u"ebook_download"_qs, u"blog_subscribe"_qs};
    const auto keysOf = [](const ScoringInput &loaded, std::size_t lead) {
        QStringList found;
        for (std::size_t event = loaded.events.begin(lead); event < loaded.events.end(lead); ++event)
            found << loaded.events.activityKeys()[loaded.events.activity(event)];
        return found;
    };
    auto all = EventColumnsLoader(fixture.database()).loadAll();
    QVERIFY(all);
    QCOMPARE(keysOf(*all, 4), importOrder);
    auto one = EventColumnsLoader(fixture.database()).loadLeads({5});
    QVERIFY(one);
    QCOMPARE(keysOf(*one, 0), importOrder);
}

// Events read in ranges of leads on two more connections at once come out exactly as
// read on one: each lead's run, in time order and, within a second, in import order
// (here always against the key's activity order), leads without events included.
void WorkspaceScorerTest::eventsReadOnSeveralConnectionsAsOnOne()
{
    WorkspaceFixture fixture;
    if (fixture.onServer())
        QSKIP("The file's loader on several connections; a server's reads through binary COPY on two, "
              "compared with the file by tst_cli_serverreads");
    const QStringList activities{u"usage_limit_reached"_qs, u"webinar_attended"_qs, u"ebook_download"_qs,
                                 u"blog_subscribe"_qs};
    for (int lead = 1; lead <= 300; lead += (lead % 7 == 0 ? 5 : 1)) {
        fixture.addLead(lead, u"2025-01-01"_qs);
        QStringList events;
        for (int k = 0; k < lead % 6; ++k) {
            const QString day = u"2025-01-%1"_qs.arg(10 + (lead + k) % 3, 2, 10, QChar(u'0'));
            events << u"%1 %2 d%3"_qs.arg(day, activities[(k + lead) % 4]).arg(k % 2);
        }
        fixture.addEvents(lead, events.join(u';'));
    }
    // Field values repeated across both halves of the leads, some first met in the later half.
    QVERIFY(fixture.database().exec(
        "UPDATE leads SET industry = CASE WHEN id > 200 THEN 'Late ' || (id % 4) ELSE 'Early ' || (id % 3) END,"
        " country = char(65 + id % 5), company = 'Co ' || (id % 7), employees = 10 * (id % 9),"
        " attrs = json_object('TotalVisits', id % 6)"));
    for (int lead : {3, 152, 299})
        fixture.addOutcome(lead, u"2025-02-01"_qs);
    // A full load reads the outcomes apart and merges them by lead: an undated one too.
    QVERIFY(fixture.database().exec("UPDATE outcomes SET sql_at = NULL, sql_undated = 1, opportunity_at = 7"
                                    " WHERE lead_id = 152"));
    auto one = EventColumnsLoader(fixture.database()).loadAll();
    QVERIFY(one);
    auto second = fixture.workspace().openConnection();
    auto third = fixture.workspace().openConnection();
    QVERIFY(second && third);
    EventColumnsLoader loader(fixture.database());
    loader.readEventsOn((*second)->database());
    loader.readEventsOn((*third)->database());
    auto several = loader.loadAll();
    QVERIFY(several);
    QCOMPARE(several->leads.size(), one->leads.size());
    // The leads, read in two halves at once, as if read one by one: same ids for the same values.
    for (std::size_t lead = 0; lead < one->leads.size(); ++lead) {
        QCOMPARE(several->leads.id(lead), one->leads.id(lead));
        QCOMPARE(several->leads.createdAt(lead), one->leads.createdAt(lead));
        QCOMPARE(several->leads.sqlAt(lead), one->leads.sqlAt(lead));
        for (std::size_t field = 0; field < leadFieldCount; ++field) {
            const TextColumn &a = several->leads.field(LeadField(field)), &b = one->leads.field(LeadField(field));
            QCOMPARE(a.id(lead), b.id(lead));
            QCOMPARE(a.at(lead), b.at(lead));
        }
    }
    const TextColumn visits = several->leads.attributeColumn(u"TotalVisits"_qs);
    const TextColumn visitsOne = one->leads.attributeColumn(u"TotalVisits"_qs);
    for (std::size_t lead = 0; lead < one->leads.size(); ++lead)
        QCOMPARE(visits.at(lead), visitsOne.at(lead));
    QCOMPARE(several->leads.field(LeadField::Industry).distinctCount(),
             one->leads.field(LeadField::Industry).distinctCount());
    QCOMPARE(several->events.eventCount(), one->events.eventCount());
    QVERIFY(one->events.eventCount() > 300);
    const std::size_t lead152 = *one->leads.indexOf(152);
    QCOMPARE(several->leads.sqlAt(lead152), undatedTime);
    QCOMPARE(several->leads.opportunityAt(lead152), std::int64_t(7));
    QCOMPARE(several->leads.sqlAt(*one->leads.indexOf(299)), at(u"2025-02-01"_qs));
    QCOMPARE(several->leads.sqlAt(*one->leads.indexOf(2)), noTime);
    for (std::size_t lead = 0; lead < one->leads.size(); ++lead) {
        QCOMPARE(several->events.begin(lead), one->events.begin(lead));
        QCOMPARE(several->events.end(lead), one->events.end(lead));
        for (std::size_t event = one->events.begin(lead); event < one->events.end(lead); ++event) {
            QCOMPARE(several->events.time(event), one->events.time(event));
            QCOMPARE(several->events.activityKeys()[several->events.activity(event)],
                     one->events.activityKeys()[one->events.activity(event)]);
            QCOMPARE(several->events.details().at(several->events.detail(event)),
                     one->events.details().at(one->events.detail(event)));
            if (event > one->events.begin(lead))
                QVERIFY(one->events.time(event - 1) <= one->events.time(event));
        }
        // Each lead's run equals what a per-lead read in import order gives.
        auto alone = EventColumnsLoader(fixture.database()).loadLeads({one->leads.id(lead)});
        QVERIFY(alone);
        QCOMPARE(one->leads.sqlAt(lead), alone->leads.sqlAt(0));
        QCOMPARE(one->leads.opportunityAt(lead), alone->leads.opportunityAt(0));
        QCOMPARE(several->leads.opportunityAt(lead), alone->leads.opportunityAt(0));
        QCOMPARE(alone->events.eventCount(), one->events.end(lead) - one->events.begin(lead));
        for (std::size_t event = 0; event < alone->events.eventCount(); ++event)
            QCOMPARE(alone->events.activityKeys()[alone->events.activity(event)],
                     one->events.activityKeys()[one->events.activity(one->events.begin(lead) + event)]);
    }
}

void WorkspaceScorerTest::fullRescoreWritesOnlyChangedRows_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("leads");
    QTest::addColumn<int>("written");
    QTest::newRow("nothing changed") << QString() << u"2"_qs << 0;
    const QStringList changes{u"model_id = NULL"_qs,
                              u"as_of = as_of + 1"_qs,
                              u"info = info + 1"_qs,
                              u"intent = intent + 1"_qs,
                              u"product = product + 1"_qs,
                              u"engagement = engagement + 1"_qs,
                              u"fit = fit + 1"_qs,
                              u"grade = grade || 'x'"_qs,
                              u"stage = stage || 'x'"_qs,
                              u"iql_at = coalesce(iql_at + 1, 5)"_qs,
                              u"mql_at = coalesce(mql_at + 1, 5)"_qs,
                              u"pql_at = coalesce(pql_at + 1, 5)"_qs,
                              u"last_activity_at = coalesce(last_activity_at + 1, 5)"_qs,
                              u"nurture_track = coalesce(nurture_track || 'x', 'x')"_qs,
                              u"nurture_step = coalesce(nurture_step || 'x', 'x')"_qs,
                              u"health = health || 'x'"_qs};
    for (const QString &change : changes)
        QTest::newRow(qPrintable(change)) << change << u"2"_qs << 1;
    QTest::newRow("a row missing") << u"DELETE"_qs << u"3"_qs << 1;
    // More than one row in four differs: every row is written anew.
    QTest::newRow("two of four rows") << u"info = info + 1"_qs << u"2, 3"_qs << 4;
}

// A full rescore compares each row with lead_state and, when few differ, writes only
// those; whatever it writes, lead_state ends as a full rewrite leaves it.
void WorkspaceScorerTest::fullRescoreWritesOnlyChangedRows()
{
    QFETCH(QString, change);
    QFETCH(QString, leads);
    QFETCH(int, written);
    WorkspaceFixture fixture;
    if (fixture.onServer())
        QSKIP("A server workspace keeps no lead_state digests: its full rescore writes every row");
    fill(fixture);
    QVERIFY(fixture.database().exec("CREATE INDEX lead_state_by_hand ON lead_state(stage)"));
    auto first = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY(first);
    QCOMPARE(first->rowsWritten, std::size_t(4));
    const auto table = [&] {
        auto rows = fixture.database().prepare("SELECT * FROM lead_state ORDER BY lead_id");
        QStringList all;
        while (rows->step().value()) {
            QStringList cells;
            for (int column = 0; column < 17; ++column)
                cells << (rows->isNull(column) ? u"NULL"_qs : rows->text(column));
            all << cells.join(u'|');
        }
        return all;
    };
    const QStringList scored = table();
    if (!change.isEmpty()) {
        const QString sql = change == u"DELETE"_qs
                                ? u"DELETE FROM lead_state WHERE lead_id IN (%1)"_qs.arg(leads)
                                : u"UPDATE lead_state SET %1 WHERE lead_id IN (%2)"_qs.arg(change, leads);
        QVERIFY(fixture.database().exec(sql.toStdString()));
        QVERIFY(table() != scored);
    }
    auto again = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    QVERIFY(!again->partial);
    QCOMPARE(again->rowsWritten, std::size_t(written));
    QCOMPARE(table(), scored);
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM lead_state INDEXED BY lead_state_by_hand WHERE stage > ''"), 4);
}

void WorkspaceScorerTest::fullRewriteInGroupsEqualsRowByRow_data()
{
    QTest::addColumn<int>("leads");
    QTest::newRow("fewer than a group") << 5;
    QTest::newRow("exactly one group") << 32;
    QTest::newRow("groups and a rest") << 70;
}

// A full rescore writes lead_state 32 rows to a statement, a partial one row by row:
// every lead's row must come out the same either way.
void WorkspaceScorerTest::fullRewriteInGroupsEqualsRowByRow()
{
    QFETCH(int, leads);
    WorkspaceFixture fixture;
    const QStringList activities{u"whitepaper_download"_qs, u"webinar_attended"_qs, u"demo_request"_qs,
                                 u"roi_calculator"_qs};
    std::vector<std::int64_t> ids;
    for (int lead = 1; lead <= leads; ++lead) {
        fixture.addLead(lead, u"2025-01-01"_qs, lead % 2 ? u"Software"_qs : QString());
        QStringList events;
        for (int event = 0; event < lead % 5; ++event)
            events << u"2025-0%1-1%2 %3"_qs.arg(1 + event).arg(lead % 10).arg(activities[(lead + event) % 4]);
        fixture.addEvents(lead, events.join(u"; "_qs));
        ids.push_back(lead);
    }
    const auto rows = [&] {
        QStringList all;
        auto query = fixture.database().prepare("SELECT * FROM lead_state ORDER BY lead_id");
        while (query->step().value()) {
            QStringList cells;
            for (int column = 0; column < 17; ++column)
                cells << (query->isNull(column) ? u"NULL"_qs : query->text(column));
            all << cells.join(u'|');
        }
        return all;
    };
    auto full = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY2(full, full ? "" : qPrintable(full.error().toString()));
    QVERIFY(!full->partial);
    const QStringList grouped = rows();
    QCOMPARE(grouped.size(), leads);
    WorkspaceScorer::Options options;
    options.onlyLeads = ids;
    options.wholeWorkspaceFrom = std::size_t(leads) + 1; // every lead, yet row by row
    auto partial = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY(partial);
    QVERIFY(partial->partial);
    QCOMPARE(rows(), grouped);
    QVERIFY(grouped.join(u'\n').contains(u"|MQL|"_qs)); // the rows say something
}

void WorkspaceScorerTest::loadKeepsTheFieldsTheModelNames_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("cells");
    const auto row = [](const char *name, const QString &rule, const QString &cells) {
        QTest::newRow(name) << rule << cells;
    };
    row("industry", u"\"field\": \"industry\", \"op\": \"=\", \"value\": \"Software\""_qs, u"industry = 'Software'"_qs);
    row("employees", u"\"field\": \"employees\", \"op\": \"between\", \"value\": [50, 500]"_qs, u"employees = 500"_qs);
    row("country", u"\"field\": \"country\", \"op\": \"in\", \"value\": [\"US\", \"CA\"]"_qs, u"country = 'CA'"_qs);
    row("job title", u"\"field\": \"job_title\", \"op\": \"contains\", \"value\": \"head of\""_qs,
        u"job_title = 'Head of Growth'"_qs);
    row("e-mail", u"\"field\": \"email\", \"op\": \"contains\", \"value\": \"@acme.com\""_qs,
        u"email = 'Jo' || id || '@ACME.com'"_qs);
    row("e-mail domain", u"\"field\": \"email_domain\", \"op\": \"=\", \"value\": \"acme.com\""_qs,
        u"email = 'Jo' || id || '@ACME.com'"_qs);
    row("source", u"\"field\": \"source\", \"op\": \"=\", \"value\": \"Organic\""_qs, u"source = 'Organic'"_qs);
    row("campaign", u"\"field\": \"campaign\", \"op\": \"=\", \"value\": \"spring\""_qs, u"campaign = 'spring'"_qs);
    row("company", u"\"field\": \"company\", \"op\": \"contains\", \"value\": \"bank\""_qs,
        u"company = 'First Bank Ltd'"_qs);
    row("attrs key", u"\"field\": \"TotalVisits\", \"op\": \">=\", \"value\": 5"_qs,
        u"attrs = '{\"TotalVisits\": 12}'"_qs);
    row("attrs.KEY", u"\"field\": \"attrs.campaign\", \"op\": \"=\", \"value\": \"webinar-7\""_qs,
        u"attrs = '{\"campaign\": \"webinar-7\"}'"_qs);
}

// A rescore reads only the lead cells its model names (FieldAddress::namedBy), so a
// field rule on any of them must still see every lead's value: lead 1 has it, lead 2
// (in the later half of the leads, read on another connection) has it too, lead 3 not.
void WorkspaceScorerTest::loadKeepsTheFieldsTheModelNames()
{
    QFETCH(QString, rule);
    QFETCH(QString, cells);
    WorkspaceFixture fixture;
    for (int lead = 1; lead <= 200; ++lead)
        fixture.addLead(lead, u"2025-01-01"_qs);
    fixture.addEvents(1, u"2025-02-01 whitepaper_download"_qs);
    QVERIFY(fixture.database().exec(u"UPDATE leads SET %1 WHERE id IN (1, 150)"_qs.arg(cells).toStdString()));
    const QString patch = u"{\"rules\": [{\"id\": \"r\", \"track\": \"info\", \"points\": 10, "_qs + rule + u"}]}"_qs;
    auto saved = ModelStore(fixture.database()).save(modelWith(patch.toUtf8()), u"one field rule"_qs);
    QVERIFY(saved);
    WorkspaceScorer::Options options;
    options.modelId = saved->id;
    auto report = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(fixture.state(1, "info"), u"10"_qs);
    QCOMPARE(fixture.state(150, "info"), u"10"_qs);
    QCOMPARE(fixture.state(3, "info"), u"0"_qs);
}

// The engine refuses leads loaded without a cell its model names rather than score
// them as empty.
void WorkspaceScorerTest::engineRefusesALoadWithoutANamedField()
{
    WorkspaceFixture fixture;
    fixture.addLead(1, u"2025-01-01"_qs, u"Software"_qs);
    const ScoringModel model =
        modelWith(R"({"rules": [{"id": "r", "track": "info", "points": 10, "field": "company", "op": "empty"}]})");
    EventColumnsLoader loader(fixture.database());
    LeadFieldChoice others = FieldAddress::namedBy(model);
    QVERIFY(others.fields[std::size_t(LeadField::Company)]);
    others.fields.reset(std::size_t(LeadField::Company));
    loader.keepLeadFields(others);
    auto input = loader.loadAll();
    QVERIFY(input);
    auto scores = ScoringEngine(model).score(*input, at(u"2025-02-01"_qs));
    QVERIFY(!scores);
    QVERIFY(scores.error().what.contains(u"without a field"_qs));
    loader.keepLeadFields(FieldAddress::namedBy(model));
    auto named = loader.loadAll();
    QVERIFY(named);
    auto scored = ScoringEngine(model).score(*named, at(u"2025-02-01"_qs));
    QVERIFY(scored);
    QCOMPARE(int((*scored)[0].info), 10);
}

// Events of a lead that is not in the workspace (foreign keys prevent them; an older
// file might hold some) are dropped wherever they fall among the leads' own, and
// every lead keeps exactly its events.
void WorkspaceScorerTest::orphanEventsScoreNobody()
{
    WorkspaceFixture fixture;
    if (fixture.onServer())
        QSKIP("A server's references refuse an orphan event; only a file an old version wrote holds one");
    for (int lead : {10, 20, 25, 30})
        fixture.addLead(lead, u"2025-01-01"_qs);
    fixture.addEvents(10, u"2025-01-02 ebook_download; 2025-01-03 webinar_attended"_qs);
    fixture.addEvents(20, u"2025-01-04 demo_request"_qs);
    fixture.addEvents(30, u"2025-01-05 roi_calculator; 2025-01-05 ebook_download; 2025-01-06 blog_subscribe"_qs);
    QVERIFY(fixture.database().exec("PRAGMA foreign_keys = OFF"));
    for (int orphan : {5, 15, 27, 40})
        fixture.addEvents(orphan, u"2025-01-02 ebook_download; 2025-01-07 demo_request"_qs);
    QVERIFY(fixture.database().exec("PRAGMA foreign_keys = ON"));
    auto second = fixture.workspace().openConnection();
    auto third = fixture.workspace().openConnection();
    QVERIFY(second && third);
    for (const bool several : {false, true}) {
        EventColumnsLoader loader(fixture.database());
        if (several) {
            loader.readEventsOn((*second)->database());
            loader.readEventsOn((*third)->database());
        }
        auto input = loader.loadAll();
        QVERIFY(input);
        QCOMPARE(input->leads.size(), std::size_t(4));
        QCOMPARE(input->events.eventCount(), std::size_t(6));
        const std::vector<std::size_t> counts{2, 1, 0, 3};
        const QStringList firsts{u"ebook_download"_qs, u"demo_request"_qs, QString(), u"roi_calculator"_qs};
        for (std::size_t lead = 0; lead < 4; ++lead) {
            QCOMPARE(input->events.end(lead) - input->events.begin(lead), counts[lead]);
            if (counts[lead] > 0)
                QCOMPARE(input->events.activityKeys()[input->events.activity(input->events.begin(lead))],
                         firsts.at(qsizetype(lead)));
        }
        QCOMPARE(input->events.time(input->events.begin(3)), at(u"2025-01-05"_qs));
        QCOMPARE(input->events.time(input->events.end(3) - 1), at(u"2025-01-06"_qs));
    }
}

QTEST_GUILESS_MAIN(WorkspaceScorerTest)
#include "tst_workspacescorer.moc"
