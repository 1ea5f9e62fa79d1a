// The leads' packed copy (LeadBlocks): exact packing, damage refused, written by a full
// rescore, read by the next full load exactly as the rows read, and gone as soon as any
// lead or outcome changes.

#include "WorkspaceFixture.h"
#include "metrics/SnapshotLoader.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/LeadBlocks.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Transaction.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

QByteArray bytesOf(const std::vector<std::byte> &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

std::vector<std::byte> blobOf(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const std::byte *>(bytes.constData());
    return std::vector<std::byte>(data, data + bytes.size());
}

// Two leads worked out by hand in packsExactly().
LeadColumns twoLeads()
{
    LeadColumns leads;
    LeadColumns::Cells first;
    first.id = 5;
    first.createdAt = 100;
    first.industry = "IT";
    first.employees = 50;
    first.email = "a@X.io";
    first.attrs = R"({"k":1})";
    first.sqlAt = 160;
    leads.append(first);
    LeadColumns::Cells second;
    second.id = 7;
    second.createdAt = 90;
    second.industry = "IT";
    second.archived = true;
    leads.append(second);
    return leads;
}

// Every cell of every lead a load kept, one line a lead, as scoring sees them.
QStringList leadsAsText(const LeadColumns &leads)
{
    QStringList lines;
    for (std::size_t lead = 0; lead < leads.size(); ++lead) {
        QStringList cells{QString::number(leads.id(lead)),         QString::number(leads.createdAt(lead)),
                          QString::number(leads.sqlAt(lead)),      QString::number(leads.opportunityAt(lead)),
                          QString::number(leads.customerAt(lead)), leads.archived(lead) ? u"archived"_qs : u"-"_qs};
        for (std::size_t field = 0; field < leadFieldCount; ++field)
            if (leads.kept().fields[field])
                cells << leads.field(LeadField(field)).at(lead);
        if (leads.kept().attrs)
            cells << QString::fromUtf8(leads.attrs(lead).data(), qsizetype(leads.attrs(lead).size()));
        lines << cells.join(u'|');
    }
    return lines;
}

LeadColumns load(Database &database, const LeadFieldChoice &kept = LeadFieldChoice::all())
{
    EventColumnsLoader loader(database);
    loader.keepLeadFields(kept);
    auto loaded = loader.loadAll();
    if (!loaded)
        qFatal("load: %s", qPrintable(loaded.error().toString()));
    return std::move(loaded->leads);
}

QStringList loadAll(Database &database, const LeadFieldChoice &kept = LeadFieldChoice::all())
{
    return leadsAsText(load(database, kept));
}

// Each kept field's values in the order their ids number them, and every lead's id: a
// load from the blocks must number them as the rows' load does.
QStringList idsAsText(const LeadColumns &leads)
{
    QStringList fields;
    for (std::size_t field = 0; field < leadFieldCount; ++field) {
        if (!leads.kept().fields[field])
            continue;
        const TextColumn &column = leads.field(LeadField(field));
        QStringList values, ids;
        for (std::uint32_t id = 0; id < column.distinctCount(); ++id)
            values << column.value(id);
        for (const std::uint32_t id : column.ids())
            ids << QString::number(id);
        fields << values.join(u'|') + u" / "_qs + ids.join(u' ');
    }
    return fields;
}

// `count` leads with every kind of cell: repeated and distinct texts, no employees or
// many, an e-mail's domain in capitals, attrs, archived leads, dated and undated outcomes.
void fill(WorkspaceFixture &fixture, int count)
{
    const std::string sql =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(count)
        + ") INSERT INTO leads (id, email, industry, employees, country, job_title, source, campaign, company, "
          "created_at, attrs, archived_at) SELECT i * 3, 'lead' || i || '@Example' || (i % 7) || '.COM', "
          "CASE i % 4 WHEN 0 THEN 'Software' WHEN 1 THEN 'Retail' WHEN 2 THEN '' ELSE 'Über Lösungen' END, "
          "CASE WHEN i % 5 = 0 THEN NULL ELSE i * 10 END, 'C' || (i % 11), 'Title ' || (i % 13), 'src' || (i % 3), "
          "'camp' || (i % 17), 'Company ' || (i % 101), 1735689600 + i * 60, "
          "CASE WHEN i % 3 = 0 THEN '{\"tier\":\"' || (i % 4) || '\",\"score\":' || i || '}' ELSE '{}' END, "
          "CASE WHEN i % 19 = 0 THEN 1736000000 END FROM n";
    QVERIFY2(fixture.database().exec(sql).ok(), "leads");
    // A domain beyond ASCII, which scoring lowers as text, and, in a file, a company's
    // bytes that are not UTF-8, which read as the text they decode to (a server's
    // database is UTF-8 and refuses them).
    QVERIFY2(fixture.exec(u"UPDATE leads SET email = 'x' || id || '@BÜCHER.De' WHERE id % 5 = 4"_qs), "domains");
    if (!fixture.onServer())
        QVERIFY2(fixture.exec(u"UPDATE leads SET company = CAST(x'41ff42' AS TEXT) WHERE id % 7 = 0"_qs), "bytes");
    QVERIFY(fixture.database()
                .exec("INSERT INTO outcomes (lead_id, sql_at, opportunity_at, customer_at, sql_undated) "
                      "SELECT id, CASE WHEN id % 2 = 0 THEN created_at + 86400 END, "
                      "CASE WHEN id % 4 = 0 THEN created_at - 5 END, CASE WHEN id % 8 = 0 THEN 1740000000 END, "
                      "CASE WHEN id % 2 = 1 THEN 1 ELSE 0 END FROM leads WHERE id % 5 < 3")
                .ok());
}

// Every row of the dashboard's snapshot, one line each: the leads' cells, scores,
// outcomes, months with events and the filter fields' shown values and dictionaries.
// Read as the dashboard reads it: two halves of the leads, on two connections.
QStringList snapshotAsText(Workspace &workspace)
{
    auto other = workspace.openConnection();
    if (!other)
        qFatal("connection: %s", qPrintable(other.error().toString()));
    auto snapshot = SnapshotLoader(workspace.database()).load({&(*other)->database()});
    if (!snapshot)
        qFatal("snapshot: %s", qPrintable(snapshot.error().toString()));
    QStringList lines;
    for (std::size_t row = 0; row < snapshot->size(); ++row) {
        QStringList cells;
        for (const std::int64_t value :
             {snapshot->leadId(row), snapshot->createdAt(row), std::int64_t(snapshot->grade(row)), snapshot->iqlAt(row),
              snapshot->mqlAt(row), snapshot->pqlAt(row), snapshot->sqlAt(row), snapshot->opportunityAt(row),
              snapshot->customerAt(row), std::int64_t(snapshot->eventMonths(row).size())})
            cells << QString::number(value);
        for (int dimension = 0; dimension < dimensionCount; ++dimension)
            cells << QString::number(snapshot->field(Dimension(dimension), row));
        lines << cells.join(u'|');
    }
    for (int dimension = 0; dimension < dimensionCount; ++dimension) {
        QStringList values;
        const ValueDictionary &dictionary = snapshot->dictionary(Dimension(dimension));
        for (std::uint32_t id = 0; id < dictionary.size(); ++id)
            values << dictionary.at(id);
        lines << values.join(u'|');
    }
    return lines;
}

bool rescore(WorkspaceFixture &fixture)
{
    auto report = WorkspaceScorer(fixture.workspace()).run({});
    if (!report)
        qWarning("rescore: %s", qPrintable(report.error().toString()));
    return bool(report);
}

// Changes a lead behind the triggers' back, as nothing but a hand-edited workspace could.
bool changeBehindTheTriggers(WorkspaceFixture &fixture, const char *change)
{
    return fixture.changeBehindTrigger(u"lead_blocks_after_leads_update"_qs, QString::fromUtf8(change));
}

} // namespace

class LeadBlocksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packsExactly();
    void unpacksWhatWasPacked_data();
    void unpacksWhatWasPacked();
    void refusesDamage_data();
    void refusesDamage();
    void aFullRescoreWritesThemAndTheNextLoadReadsThem();
    void theyHoldWhatTheRowsHold_data();
    void theyHoldWhatTheRowsHold();
    void anEmptyWorkspacePacksOneEmptyBlock();
    void theDashboardReadsThemAsTheRows_data();
    void theDashboardReadsThemAsTheRows();
    void anyChangeToLeadsOrOutcomesDropsThem_data();
    void anyChangeToLeadsOrOutcomesDropsThem();
    void forgetDropsTheTriggersToo();
    void blocksNothingVouchesForAreLeftAside_data();
    void blocksNothingVouchesForAreLeftAside();
    void aRescoreRepairsADamagedCopy();
    void aFileWithoutTheTableStillScores();
};

void LeadBlocksTest::packsExactly()
{
    // Worked out by hand: LEB128, signed numbers as zigzag; spaces between the parts.
    const QByteArray expected = QByteArray::fromHex(
        // layout 1, two leads
        "01 02"
        // lead 5 (+5: 0a), created 100 (+100: c8 01), an SQL date (flag 2) 60 after creation (78)
        " 0a c801 02 78"
        // lead 7 (+2: 04), created 90 (-10: 13), archived (flag 1)
        " 04 13 01"
        // industry: 6 bytes, one value "IT", both leads code 1
        " 06 01 02 4954 01 01"
        // employees: "50" for the first, nothing for the second
        " 06 01 02 3530 01 00"
        // country, job title: no value, both leads code 0
        " 03 00 00 00 03 00 00 00"
        // e-mail "a@X.io", then its domain lowered, "x.io"
        " 0a 01 06 6140582e696f 01 00 08 01 04 782e696f 01 00"
        // source, campaign, company
        " 03 00 00 00 03 00 00 00 03 00 00 00"
        // attrs: 9 bytes, {"k":1} and nothing
        " 09 07 7b226b223a317d 00");
    QCOMPARE(bytesOf(LeadBlocks::pack(twoLeads())).toHex(' '), expected.toHex(' '));
}

void LeadBlocksTest::unpacksWhatWasPacked_data()
{
    QTest::addColumn<bool>("everything");
    QTest::newRow("every cell") << true;
    QTest::newRow("the industry only") << false;
}

void LeadBlocksTest::unpacksWhatWasPacked()
{
    QFETCH(bool, everything);
    LeadFieldChoice kept = LeadFieldChoice::all();
    if (!everything) {
        kept = LeadFieldChoice();
        kept.fields.set(std::size_t(LeadField::Industry));
    }
    const LeadColumns original = twoLeads();
    const std::vector<std::byte> packed = LeadBlocks::pack(original);
    LeadColumns::Coded coded;
    QVERIFY(LeadBlocks::unpack(packed, kept, coded).ok());
    LeadColumns back;
    back.keepOnly(kept);
    back.appendCoded(coded);
    LeadColumns expected;
    expected.keepOnly(kept);
    expected.appendColumns(original);
    QCOMPARE(leadsAsText(back), leadsAsText(expected));
    if (everything)
        QCOMPARE(back.field(LeadField::EmailDomain).at(0), u"x.io"_qs);
    else
        QCOMPARE(back.field(LeadField::EmailDomain).size(), std::size_t(0)); // left out, not read
    QCOMPARE(back.sqlAt(0), 160);
    QCOMPARE(back.opportunityAt(0), noTime);
    QVERIFY(back.archived(1));
}

void LeadBlocksTest::refusesDamage_data()
{
    QTest::addColumn<QByteArray>("packed");
    const QByteArray good = bytesOf(LeadBlocks::pack(twoLeads()));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("another layout") << QByteArray(good).replace(0, 1, "\x02");
    QTest::newRow("cut short") << good.left(good.size() - 1);
    QTest::newRow("a byte too many") << good + '\0';
    QTest::newRow("more leads than bytes") << QByteArray::fromHex("01 7f 02");
    // The second lead's id step 0: lead 5 twice.
    QTest::newRow("ids that do not ascend") << QByteArray(good).replace(7, 1, QByteArray::fromHex("00"));
    QTest::newRow("an unknown flag") << QByteArray(good).replace(9, 1, QByteArray::fromHex("11"));
    // The industry's first code 2, beyond its one value.
    QTest::newRow("a code beyond the values") << QByteArray(good).replace(15, 1, QByteArray::fromHex("02"));
    // The industry's section a byte longer, that byte left over after its codes.
    QTest::newRow("a byte left in a section")
        << QByteArray(good).replace(10, 7, QByteArray::fromHex("07 01 02 4954 01 01 00"));
    // 2^63 leads: refused before any room is made for them.
    QTest::newRow("a count beyond any block") << QByteArray::fromHex("01 80808080808080808001 00");
    QTest::newRow("more leads than a block holds") << QByteArray::fromHex("01 818001") + QByteArray(100000, '\0');
    QTest::newRow("a section beyond the blob") << QByteArray(good).replace(10, 1, QByteArray::fromHex("7f"));
}

void LeadBlocksTest::refusesDamage()
{
    QFETCH(QByteArray, packed);
    LeadColumns::Coded coded;
    const Status status = LeadBlocks::unpack(blobOf(packed), LeadFieldChoice::all(), coded);
    QVERIFY(!status);
    QVERIFY(status.error().what.contains(u"lead_blocks"_qs));
    QVERIFY(coded.ids.empty());
}

void LeadBlocksTest::aFullRescoreWritesThemAndTheNextLoadReadsThem()
{
    WorkspaceFixture fixture;
    fill(fixture, 10);
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), 0);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(rescore(fixture));
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), 1);
    QCOMPARE(fixture.count("SELECT sum(leads) FROM lead_blocks"), 10);
    QCOMPARE(fixture.triggers("lead_blocks%"), 6);
    QCOMPARE(loadAll(fixture.database()), fromRows);
    // A lead changed behind the triggers' back shows not in the next load: it reads the blocks.
    QVERIFY(changeBehindTheTriggers(fixture, "UPDATE leads SET industry = 'Mining' WHERE id = 3"));
    QCOMPARE(loadAll(fixture.database()), fromRows);
    QVERIFY(fixture.database().exec("UPDATE leads SET industry = 'Mining' WHERE id = 3"));
    QVERIFY(loadAll(fixture.database()).first().contains(u"|Mining|"_qs));
}

void LeadBlocksTest::theyHoldWhatTheRowsHold_data()
{
    QTest::addColumn<int>("leads");
    QTest::addColumn<int>("blocks");
    // Ids 3 to 60: fewer than 64 apart, not worth a second reader.
    QTest::newRow("one reader, one block") << 20 << 1;
    QTest::newRow("two halves, a block each") << 300 << 2;
    // 16 384 leads a block: each half of 20 000 leads in two.
    QTest::newRow("two halves, two blocks each") << 40000 << 4;
}

// Every cell, from the rows and from the blocks, for every lead; also for a model that
// names few fields, which reads only those from the blocks.
void LeadBlocksTest::theyHoldWhatTheRowsHold()
{
    QFETCH(int, leads);
    QFETCH(int, blocks);
    WorkspaceFixture fixture;
    fill(fixture, leads);
    LeadFieldChoice few;
    few.fields.set(std::size_t(LeadField::EmailDomain)).set(std::size_t(LeadField::Employees));
    const QStringList fromRows = loadAll(fixture.database());
    const QStringList fewFromRows = loadAll(fixture.database(), few);
    QCOMPARE(fromRows.size(), leads);
    // Worked out from fill(): lead 6 an SQL date, lead 12 an opportunity before its
    // creation too, lead 15 an undated SQL, lead 57 one too and archived, lead 72 all three outcomes.
    const auto startsWith = [&](int line, const QString &start) {
        return fromRows.value(line).startsWith(start) || (qWarning() << fromRows.value(line), false);
    };
    QVERIFY(startsWith(1, u"6|1735689720|1735776120|-9223372036854775808|-9223372036854775808|-||20|C2|"_qs));
    QVERIFY(startsWith(3, u"12|1735689840|1735776240|1735689835|-9223372036854775808|-|Software|40|"_qs));
    QVERIFY(startsWith(4, u"15|1735689900|-9223372036854775807|-9223372036854775808|-9223372036854775808|-|"
                          "Retail||C5|Title 5|lead5@Example5.COM|example5.com|"_qs));
    QVERIFY(
        startsWith(18, u"57|1735690740|-9223372036854775807|-9223372036854775808|-9223372036854775808|archived|"_qs));
    if (leads > 23)
        QVERIFY(startsWith(23, u"72|1735691040|1735777440|1735691035|1740000000|-|Software|240|"_qs));
    QVERIFY(fromRows[2].endsWith(u"|{\"tier\":\"3\",\"score\":3}"_qs));
    QVERIFY(!fromRows.filter(u"|bücher.de|"_qs).isEmpty());
    QVERIFY(fixture.onServer() || !fromRows.filter(u"|A\uFFFDB|"_qs).isEmpty());
    const QStringList idsFromRows = idsAsText(load(fixture.database()));
    QVERIFY(rescore(fixture));
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), blocks);
    QCOMPARE(fixture.count("SELECT sum(leads) FROM lead_blocks"), leads);
    auto ranges = LeadBlocks::ranges(fixture.database());
    QVERIFY(ranges);
    QCOMPARE(int(ranges->size()), blocks); // all trusted: the loads below read them
    // Read from the blocks: a change made behind the triggers' back does not show.
    QVERIFY(changeBehindTheTriggers(fixture, "UPDATE leads SET industry = 'Mining'"));
    QCOMPARE(loadAll(fixture.database()), fromRows);
    QCOMPARE(loadAll(fixture.database(), few), fewFromRows);
    QCOMPARE(idsAsText(load(fixture.database())), idsFromRows);
}

void LeadBlocksTest::theDashboardReadsThemAsTheRows_data()
{
    QTest::addColumn<int>("leads");
    QTest::newRow("one connection's leads") << 20;
    // Two halves on two connections, each beginning or ending inside a block.
    QTest::newRow("two halves") << 40000;
}

// The dashboard's snapshot (SnapshotLeads) takes the leads from the blocks and their
// scores from lead_state: the same rows, values and dictionaries as from the rows, also
// for a lead without scores.
void LeadBlocksTest::theDashboardReadsThemAsTheRows()
{
    QFETCH(int, leads);
    WorkspaceFixture fixture;
    fill(fixture, leads);
    for (std::int64_t lead : {3, 6, 9, 12})
        fixture.addEvents(lead, u"2025-01-05T10:00:00Z webinar_attended; 2025-01-06T10:00:00Z comparison_download; "
                                "2025-02-06T10:00:00Z pricing_page_visit"_qs);
    QVERIFY(rescore(fixture));
    // Lead 9 unscored: no lead_state row (the copy watches leads and outcomes only).
    QVERIFY(fixture.database().exec("DELETE FROM lead_state WHERE lead_id = 9").ok());
    QVERIFY(!LeadBlocks::ranges(fixture.database())->empty());
    const QStringList fromBlocks = snapshotAsText(fixture.workspace());
    QCOMPARE(fromBlocks.size(), leads + dimensionCount);
    QVERIFY2(fromBlocks[2].startsWith(u"9|1735689780|3|-9223372036854775808|"_qs), qPrintable(fromBlocks[2]));
    QVERIFY2(fromBlocks[0].endsWith(u"|2|1|1|1|1"_qs), qPrintable(fromBlocks[0])); // months with events, fields
    // Read from the blocks: a change behind the triggers' back does not show.
    QVERIFY(changeBehindTheTriggers(fixture, "UPDATE leads SET source = 'Changed'"));
    QCOMPARE(snapshotAsText(fixture.workspace()), fromBlocks);
    QVERIFY(fixture.database().exec("UPDATE leads SET source = 'Changed'").ok()); // now through the trigger
    // Dropped by hand, as the sqlite3 shell could: its triggers on leads and outcomes
    // stay and name it, so writes to leads fail until they go, as an import's first step
    // (LeadBlocks::forget) takes them.
    QVERIFY(fixture.database().exec("DROP TABLE lead_blocks").ok());
    QVERIFY(!fixture.database().exec("UPDATE leads SET source = 'src' || (id / 3 % 3)").ok());
    QVERIFY(LeadBlocks::forget(fixture.database()).ok());
    QCOMPARE(fixture.triggers("lead_blocks%"), 0);
    QVERIFY(fixture.database().exec("UPDATE leads SET source = 'src' || (id / 3 % 3)").ok());
    QCOMPARE(snapshotAsText(fixture.workspace()), fromBlocks);
}

// No lead at all: one empty block, read as no lead.
void LeadBlocksTest::anEmptyWorkspacePacksOneEmptyBlock()
{
    WorkspaceFixture fixture;
    QVERIFY(rescore(fixture));
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks WHERE leads = 0"), 1);
    QCOMPARE(LeadBlocks::ranges(fixture.database())->size(), std::size_t(1));
    QCOMPARE(load(fixture.database()).size(), std::size_t(0));
}

void LeadBlocksTest::anyChangeToLeadsOrOutcomesDropsThem_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("insert a lead")
        << u"INSERT INTO leads (id, email, created_at) VALUES (1000, 'n@x.io', 1735689600)"_qs;
    QTest::newRow("update a lead") << u"UPDATE leads SET country = 'FR' WHERE id = 6"_qs;
    QTest::newRow("archive a lead") << u"UPDATE leads SET archived_at = 1736000000 WHERE id = 9"_qs;
    QTest::newRow("delete a lead") << u"DELETE FROM leads WHERE id = 12"_qs;
    QTest::newRow("insert an outcome") << u"INSERT INTO outcomes (lead_id, customer_at) VALUES (9, 1740000000)"_qs;
    QTest::newRow("update an outcome") << u"UPDATE outcomes SET sql_at = 1737000000 WHERE lead_id = 6"_qs;
    QTest::newRow("delete an outcome") << u"DELETE FROM outcomes WHERE lead_id = 6"_qs;
}

void LeadBlocksTest::anyChangeToLeadsOrOutcomesDropsThem()
{
    QFETCH(QString, sql);
    WorkspaceFixture fixture;
    fill(fixture, 10);
    QVERIFY(rescore(fixture));
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), 1);
    // As the sqlite3 shell would: plain SQL, no LeadStage code.
    QVERIFY(fixture.exec(sql));
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), 0);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(rescore(fixture));
    QCOMPARE(fixture.count("SELECT sum(leads) FROM lead_blocks"), fixture.count("SELECT count(*) FROM leads"));
    QCOMPARE(loadAll(fixture.database()), fromRows);
}

void LeadBlocksTest::forgetDropsTheTriggersToo()
{
    WorkspaceFixture fixture;
    fill(fixture, 10);
    QVERIFY(rescore(fixture));
    {
        // In a transaction that rolls back, as an import that fails: the blocks come back.
        Transaction transaction(fixture.database());
        QVERIFY(LeadBlocks::forget(fixture.database()).ok());
        QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), 0);
        QCOMPARE(fixture.triggers("lead_blocks%"), 0);
    }
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), 1);
    QCOMPARE(fixture.triggers("lead_blocks%"), 6);
    QVERIFY(LeadBlocks::forget(fixture.database()).ok());
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), 0);
    QCOMPARE(fixture.triggers("lead_blocks%"), 0);
}

void LeadBlocksTest::blocksNothingVouchesForAreLeftAside_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("a trigger on outcomes dropped") << u"DROP TRIGGER lead_blocks_after_outcomes_delete"_qs;
    QTest::newRow("a block deleted") << u"DELETE FROM lead_blocks WHERE last_lead = 9223372036854775807"_qs;
    QTest::newRow("the first block closed below")
        << u"UPDATE lead_blocks SET first_lead = 0 WHERE first_lead = -9223372036854775808"_qs;
    QTest::newRow("a gap between blocks") << u"UPDATE lead_blocks SET first_lead = first_lead + 1 "
                                             "WHERE first_lead > -9223372036854775808"_qs;
    QTest::newRow("a count that disagrees") << u"UPDATE lead_blocks SET leads = leads + 1"_qs;
    // The ranges still follow one another, but the first block's leads lie beyond it.
    QTest::newRow("leads beyond the block")
        << u"UPDATE lead_blocks SET last_lead = 3 WHERE first_lead = -9223372036854775808; "
           "UPDATE lead_blocks SET first_lead = 4 WHERE first_lead > -9223372036854775808"_qs;
    QTest::newRow("a block that says it holds too many") << u"UPDATE lead_blocks SET leads = 16385"_qs;
    QTest::newRow("a damaged blob") << u"UPDATE lead_blocks SET data = x'01ff'"_qs;
}

// By hand, as the sqlite3 shell could: the blocks are checked as they are read, and any
// doubt sends the load to the rows.
void LeadBlocksTest::blocksNothingVouchesForAreLeftAside()
{
    QFETCH(QString, sql);
    WorkspaceFixture fixture;
    fill(fixture, 300); // two halves: two blocks
    QVERIFY(rescore(fixture));
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_blocks"), 2);
    QVERIFY(changeBehindTheTriggers(fixture, "UPDATE leads SET industry = 'Mining'"));
    // The load reads the blocks: the change behind their back does not show.
    QVERIFY(!loadAll(fixture.database()).first().contains(u"|Mining|"_qs));
    QVERIFY(fixture.exec(sql));
    const QStringList loaded = loadAll(fixture.database());
    QCOMPARE(loaded.size(), 300);
    QVERIFY2(loaded.first().contains(u"|Mining|"_qs), qPrintable(loaded.first()));
    QVERIFY(loaded.last().contains(u"|Mining|"_qs));
}

void LeadBlocksTest::aRescoreRepairsADamagedCopy()
{
    WorkspaceFixture fixture;
    fill(fixture, 300);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(rescore(fixture));
    auto first = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY(first);
    QVERIFY(!first->packedLeadsWritten && !first->packedLeadsRepaired); // read, not written again
    // The blocks score as the rows did; a server writes every row again (no digests there).
    QCOMPARE(first->rowsWritten, std::size_t(fixture.onServer() ? 300 : 0));
    QVERIFY(fixture.exec(u"UPDATE lead_blocks SET data = x'01ff' WHERE last_lead = 9223372036854775807"_qs));
    auto repaired = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY2(repaired, repaired ? "" : qPrintable(repaired.error().toString()));
    QVERIFY(repaired->packedLeadsRepaired);
    QVERIFY(repaired->packedLeadsWritten);
    QVERIFY(!repaired->packedEventsRepaired);
    QCOMPARE(repaired->rowsWritten, std::size_t(fixture.onServer() ? 300 : 0));
    auto blocks = fixture.database().prepare("SELECT data FROM lead_blocks");
    LeadColumns::Coded coded;
    while (blocks->step().value())
        QVERIFY(LeadBlocks::unpack(*blocks->optionalBlob(0), LeadFieldChoice::all(), coded).ok());
    QCOMPARE(loadAll(fixture.database()), fromRows);
}

// A file whose derived table was dropped by hand: nothing packed, nothing refused.
void LeadBlocksTest::aFileWithoutTheTableStillScores()
{
    WorkspaceFixture fixture;
    fill(fixture, 10);
    const QStringList fromRows = loadAll(fixture.database());
    QVERIFY(fixture.database().exec("DROP TABLE lead_blocks").ok());
    auto report = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY(!report->packedLeadsWritten);
    QCOMPARE(loadAll(fixture.database()), fromRows);
    QVERIFY(LeadBlocks::forget(fixture.database()).ok());
}

QTEST_GUILESS_MAIN(LeadBlocksTest)
#include "tst_leadblocks.moc"
