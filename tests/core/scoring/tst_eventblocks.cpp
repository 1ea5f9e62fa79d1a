// The events' packed copy (EventBlocks): exact packing, damage refused, written by a full
// rescore, read by the next full load, and gone as soon as any event changes.

#include "WorkspaceFixture.h"
#include "scoring/EventBlocks.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Transaction.h"

#include <QTest>

#include <limits>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

using Rows = EventRanges::Rows;

Rows rowsOf(std::vector<std::pair<std::int64_t, std::uint32_t>> leads, std::vector<std::int64_t> times,
            std::vector<std::uint16_t> activities, std::vector<std::uint32_t> details)
{
    Rows rows;
    rows.leads = std::move(leads);
    rows.times = std::move(times);
    rows.activities = std::move(activities);
    rows.details = std::move(details);
    return rows;
}

QByteArray bytesOf(const std::vector<std::byte> &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

std::vector<std::byte> blobOf(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const std::byte *>(bytes.constData());
    return std::vector<std::byte>(data, data + bytes.size());
}

// Every lead's events as "lead: time activity detail; …", the columns as scoring sees them.
QStringList eventsAsText(const ScoringInput &input)
{
    QStringList leads;
    for (std::size_t lead = 0; lead < input.leads.size(); ++lead) {
        QStringList events;
        for (std::size_t event = input.events.begin(lead); event < input.events.end(lead); ++event)
            events << u"%1 %2 %3"_qs.arg(input.events.time(event))
                          .arg(input.events.activityKeys()[input.events.activity(event)])
                          .arg(input.events.details().at(input.events.detail(event)));
        leads << u"%1: %2"_qs.arg(input.leads.id(lead)).arg(events.join(u"; "_qs));
    }
    return leads;
}

QStringList loadAll(Database &database)
{
    auto loaded = EventColumnsLoader(database).loadAll();
    if (!loaded)
        qFatal("load: %s", qPrintable(loaded.error().toString()));
    return eventsAsText(*loaded);
}

// Five leads; lead 2 has two events in one second whose ids run against the key's order
// (activity, then detail), lead 4 none, lead 5 details.
void fill(WorkspaceFixture &fixture)
{
    for (std::int64_t id = 1; id <= 5; ++id)
        fixture.addLead(id, u"2025-01-01"_qs);
    fixture.addEvents(1, u"2025-01-05T10:00:00Z email_open; 2025-01-06T10:00:00Z email_click"_qs);
    fixture.addEvents(2, u"2025-02-01T09:00:00Z webinar_attended; 2025-02-01T09:00:00Z blog_read"_qs);
    fixture.addEvents(3, u"2024-12-31T23:59:59Z ebook_download"_qs);
    fixture.addEvents(5, u"2025-03-01T08:00:00Z blog_read /pricing; 2025-03-02T08:00:00Z blog_read /blog/a"_qs);
}

// Moves the first event of the first stored block a second later, behind the triggers'
// back (they watch the events only); returns that event's lead, or -1 when it cannot.
std::int64_t delayFirstBlocksFirstEvent(Database &database)
{
    auto first = database.prepare("SELECT first_lead, data FROM event_blocks ORDER BY first_lead LIMIT 1");
    if (!first || !first->step().value())
        return -1;
    const std::int64_t firstLead = first->int64(0);
    Rows rows;
    const auto data = first->optionalBlob(1);
    if (!data || !EventBlocks::unpack(*data, rows).ok() || rows.times.empty())
        return -1;
    first->reset();
    rows.times.front() += 1;
    auto change = database.prepare("UPDATE event_blocks SET data = ?1 WHERE first_lead = ?2");
    change->bindBlob(1, EventBlocks::pack(rows)).bind(2, firstLead);
    return change && change->run().ok() ? rows.leads.front().first : -1;
}

bool rescore(WorkspaceFixture &fixture)
{
    auto report = WorkspaceScorer(fixture.workspace()).run({});
    if (!report)
        qWarning("rescore: %s", qPrintable(report.error().toString()));
    return bool(report);
}

} // namespace

class EventBlocksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packsExactly_data();
    void packsExactly();
    void refusesDamage_data();
    void refusesDamage();
    void aFullRescoreWritesThemAndTheNextLoadReadsThem();
    void theyHoldWhatTheRowsHold();
    void anyChangeToTheEventsDropsThem_data();
    void anyChangeToTheEventsDropsThem();
    void forgetDropsTheTriggersToo();
    void aDamagedBlockIsReadFromTheRows();
    void blocksNothingVouchesForAreLeftAside_data();
    void blocksNothingVouchesForAreLeftAside();
    void aRescoreRepairsADamagedCopy();
    void aFileWithoutTheTableStillScores();
};

void EventBlocksTest::packsExactly_data()
{
    // Worked out by hand: LEB128, signed numbers as zigzag; spaces between the parts.
    QTest::addColumn<QByteArray>("packed");
    QTest::addColumn<int>("leads");
    QTest::addColumn<int>("events");

    // Layout 1, 1 lead, 2 events; lead 5 (zigzag 10), 2 events; times 100 (zigzag 200 =
    // C8 01) then +30 (60); activities 3, 3; details 0, 7.
    QTest::newRow("one lead") << QByteArray::fromHex("010102 0a02 c8013c 0303 0007") << 1 << 2;
    // Lead 9 after lead 5 (+4: 8); times 100, then 40 for the next lead (-60: 119 = 77),
    // activity 0xFFFF (FF FF 03), detail 0xFFFFFFFE (FE FF FF FF 0F).
    QTest::newRow("time back, largest ids")
        << QByteArray::fromHex("010202 0a01 0801 c80177 01ffff03 00feffffff0f") << 2 << 2;
    QTest::newRow("no events") << QByteArray::fromHex("010000") << 0 << 0;
}

void EventBlocksTest::packsExactly()
{
    QFETCH(QByteArray, packed);
    QFETCH(int, leads);
    QFETCH(int, events);
    Rows rows;
    QVERIFY(EventBlocks::unpack(blobOf(packed), rows).ok());
    QCOMPARE(int(rows.leads.size()), leads);
    QCOMPARE(int(rows.times.size()), events);
    QCOMPARE(bytesOf(EventBlocks::pack(rows)), packed);
    if (QByteArray(QTest::currentDataTag()) == "one lead") {
        const Rows expected = rowsOf({{5, 2}}, {100, 130}, {3, 3}, {0, 7});
        QCOMPARE(rows.leads, expected.leads);
        QCOMPARE(rows.times, expected.times);
        QCOMPARE(rows.activities, expected.activities);
        QCOMPARE(rows.details, expected.details);
    }
    if (QByteArray(QTest::currentDataTag()) == "time back, largest ids") {
        QCOMPARE(rows.times, (std::vector<std::int64_t>{100, 40}));
        QCOMPARE(rows.activities, (std::vector<std::uint16_t>{1, 0xFFFF}));
        QCOMPARE(rows.details, (std::vector<std::uint32_t>{0, 0xFFFFFFFE}));
    }
    // Times far apart and before 1970 come back exactly too.
    const std::int64_t least = std::numeric_limits<std::int64_t>::min(),
                       most = std::numeric_limits<std::int64_t>::max();
    const Rows far = rowsOf({{least, 1}, {-3, 1}, {most, 2}}, {most, least, 1LL << 41, -5}, {0, 1, 2, 3}, {1, 2, 3, 4});
    Rows back;
    QVERIFY(EventBlocks::unpack(EventBlocks::pack(far), back).ok());
    QCOMPARE(back.leads, far.leads);
    QCOMPARE(back.times, far.times);
}

void EventBlocksTest::refusesDamage_data()
{
    QTest::addColumn<QByteArray>("packed");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unknown layout") << QByteArray::fromHex("020102 0a02 c8013c 0303 0007");
    QTest::newRow("cut short") << QByteArray::fromHex("010102 0a02 c8013c 0303 00");
    QTest::newRow("bytes left over") << QByteArray::fromHex("010102 0a02 c8013c 0303 000700");
    QTest::newRow("counts disagree") << QByteArray::fromHex("010102 0a01 c8013c 0303 0007");
    QTest::newRow("activity too large") << QByteArray::fromHex("010101 0a01 c801 808004 00");
    QTest::newRow("unfinished number") << QByteArray::fromHex("0101ff");
    // Two leads, one event: counts 2^64 - 1 and 2 would add up to 1 when wrapped around.
    QTest::newRow("counts wrap around") << QByteArray::fromHex("010201 0affffffffffffffffff01 0202 c801 03 00");
    QTest::newRow("lead ids not ascending") << QByteArray::fromHex("010202 0a01 0001 c8013c 0303 0000");
}

void EventBlocksTest::refusesDamage()
{
    QFETCH(QByteArray, packed);
    Rows rows;
    const Status status = EventBlocks::unpack(blobOf(packed), rows);
    QVERIFY(!status);
    QVERIFY2(status.error().what.contains(u"damaged"_qs), qPrintable(status.error().toString()));
    QVERIFY(rows.times.empty() && rows.leads.empty());
}

void EventBlocksTest::aFullRescoreWritesThemAndTheNextLoadReadsThem()
{
    WorkspaceFixture fixture;
    fill(fixture);
    QCOMPARE(fixture.count("SELECT count(*) FROM event_blocks"), 0);
    QVERIFY(rescore(fixture));
    QVERIFY(fixture.count("SELECT count(*) FROM event_blocks") > 0);
    QCOMPARE(fixture.count("SELECT sum(events) FROM event_blocks"), 7);
    QCOMPARE(fixture.triggers("event_blocks%"), 3);

    // A block changed behind the triggers' back (they watch the events only) shows in the
    // next load: it reads the blocks, not the rows.
    QCOMPARE(delayFirstBlocksFirstEvent(fixture.database()), 1);
    QCOMPARE(loadAll(fixture.database()).first(),
             u"1: %1 email_open ; %2 email_click "_qs.arg(at(u"2025-01-05T10:00:00Z"_qs) + 1)
                 .arg(at(u"2025-01-06T10:00:00Z"_qs)));
}

void EventBlocksTest::theyHoldWhatTheRowsHold()
{
    WorkspaceFixture fixture;
    fill(fixture);
    const QStringList fromRows = loadAll(fixture.database());
    // Import order within the second: blog_read was inserted after webinar_attended.
    QVERIFY2(fromRows[1].endsWith(u"webinar_attended ; %1 blog_read "_qs.arg(at(u"2025-02-01T09:00:00Z"_qs))),
             qPrintable(fromRows[1]));
    QCOMPARE(fromRows[3], u"4: "_qs);
    QVERIFY(rescore(fixture));
    QVERIFY(fixture.count("SELECT count(*) FROM event_blocks") > 0);
    QCOMPARE(loadAll(fixture.database()), fromRows);
    // A lead added since, with no events, is placed among them all the same.
    fixture.addLead(6, u"2025-01-02"_qs);
    QVERIFY(fixture.count("SELECT count(*) FROM event_blocks") > 0);
    QCOMPARE(loadAll(fixture.database()), QStringList(fromRows) << u"6: "_qs);
}

void EventBlocksTest::anyChangeToTheEventsDropsThem_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("insert") << u"INSERT INTO events (id, lead_id, occurred_at, activity_id, detail_id) "
                               "VALUES (100, 4, 1735689600, 1, 0)"_qs;
    QTest::newRow("update") << u"UPDATE events SET occurred_at = occurred_at + 1 WHERE lead_id = 3"_qs;
    QTest::newRow("delete") << u"DELETE FROM events WHERE lead_id = 1"_qs;
    QTest::newRow("a lead's delete cascades") << u"DELETE FROM leads WHERE id = 5"_qs;
}

void EventBlocksTest::anyChangeToTheEventsDropsThem()
{
    QFETCH(QString, sql);
    WorkspaceFixture fixture;
    fill(fixture);
    QVERIFY(rescore(fixture));
    QVERIFY(fixture.count("SELECT count(*) FROM event_blocks") > 0);
    // As the sqlite3 shell would: plain SQL, no LeadStage code.
    QVERIFY(fixture.exec(sql));
    QCOMPARE(fixture.count("SELECT count(*) FROM event_blocks"), 0);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(rescore(fixture));
    QCOMPARE(fixture.count("SELECT sum(events) FROM event_blocks"), fixture.count("SELECT count(*) FROM events"));
    QCOMPARE(loadAll(fixture.database()), fromRows);
}

void EventBlocksTest::forgetDropsTheTriggersToo()
{
    WorkspaceFixture fixture;
    fill(fixture);
    QVERIFY(rescore(fixture));
    {
        // In a transaction that rolls back, as an import that fails: the blocks come back.
        Transaction transaction(fixture.database());
        QVERIFY(EventBlocks::forget(fixture.database()).ok());
        QCOMPARE(fixture.count("SELECT count(*) FROM event_blocks"), 0);
        QCOMPARE(fixture.triggers("event_blocks%"), 0);
    }
    QVERIFY(fixture.count("SELECT count(*) FROM event_blocks") > 0);
    QCOMPARE(fixture.triggers("event_blocks%"), 3);
    QVERIFY(EventBlocks::forget(fixture.database()).ok());
    QCOMPARE(fixture.count("SELECT count(*) FROM event_blocks"), 0);
    QCOMPARE(fixture.triggers("event_blocks%"), 0);
}

void EventBlocksTest::aDamagedBlockIsReadFromTheRows()
{
    WorkspaceFixture fixture;
    fill(fixture);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(rescore(fixture));
    QVERIFY(fixture.exec(u"UPDATE event_blocks SET data = x'01ff'"_qs));
    QCOMPARE(loadAll(fixture.database()), fromRows);
}

void EventBlocksTest::blocksNothingVouchesForAreLeftAside_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("a trigger dropped") << u"DROP TRIGGER event_blocks_after_update"_qs;
    QTest::newRow("a block deleted") << u"DELETE FROM event_blocks WHERE first_lead = 3"_qs;
    QTest::newRow("the last block closed") << u"UPDATE event_blocks SET last_lead = 1000 WHERE first_lead = 5"_qs;
    QTest::newRow("a count that disagrees") << u"UPDATE event_blocks SET events = 3 WHERE first_lead = 1"_qs;
    QTest::newRow("events beyond the block") << u"UPDATE event_blocks SET last_lead = 0 WHERE first_lead = 1"_qs;
}

// By hand, as the sqlite3 shell could: the triggers watch the events only, so the blocks
// are checked as they are read, and any doubt sends the load to the rows.
void EventBlocksTest::blocksNothingVouchesForAreLeftAside()
{
    QFETCH(QString, sql);
    WorkspaceFixture fixture;
    fill(fixture);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(rescore(fixture));
    QCOMPARE(fixture.count("SELECT count(*) FROM event_blocks"), 5); // one range a lead id here
    // Lead 1's first event a second later in its block: a load that used the blocks shows it.
    QCOMPARE(delayFirstBlocksFirstEvent(fixture.database()), 1);
    QVERIFY(loadAll(fixture.database()) != fromRows);
    QVERIFY(fixture.exec(sql));
    QCOMPARE(loadAll(fixture.database()), fromRows);
}

void EventBlocksTest::aRescoreRepairsADamagedCopy()
{
    WorkspaceFixture fixture;
    fill(fixture);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(rescore(fixture));
    auto first = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY(first);
    QVERIFY(!first->packedEventsWritten && !first->packedEventsRepaired); // read, not written again
    // The blocks, on two connections, score as the rows did; a server writes every row
    // again (it keeps no digests of them).
    QCOMPARE(first->rowsWritten, std::size_t(fixture.onServer() ? 5 : 0));
    QVERIFY(fixture.exec(u"UPDATE event_blocks SET data = x'01ff' WHERE first_lead = 2"_qs));
    auto repaired = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY2(repaired, repaired ? "" : qPrintable(repaired.error().toString()));
    QVERIFY(repaired->packedEventsRepaired);
    QVERIFY(repaired->packedEventsWritten);
    QCOMPARE(repaired->rowsWritten, std::size_t(fixture.onServer() ? 5 : 0));
    Rows rows;
    auto blocks = fixture.database().prepare("SELECT data FROM event_blocks");
    while (blocks->step().value())
        QVERIFY(EventBlocks::unpack(*blocks->optionalBlob(0), rows).ok());
    QCOMPARE(loadAll(fixture.database()), fromRows);
}

// A v12 file whose derived table was dropped by hand: nothing packed, nothing refused.
void EventBlocksTest::aFileWithoutTheTableStillScores()
{
    WorkspaceFixture fixture;
    fill(fixture);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(fixture.database().exec("DROP TABLE event_blocks").ok());
    auto report = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY(!report->packedEventsWritten);
    QCOMPARE(loadAll(fixture.database()), fromRows);
    QVERIFY(EventBlocks::forget(fixture.database()).ok());
}

QTEST_GUILESS_MAIN(EventBlocksTest)
#include "tst_eventblocks.moc"
