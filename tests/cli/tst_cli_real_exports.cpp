// Issue 16's measurement: the four shapes of public lead files nobody on the project
// wrote (tests/data/exports), imported as a new user would — a mapping written with
// --write-mapping, edited where the file needs it, then imported — with the exact
// summary lines, the refusals and a few stored values.

#include "LeadstageProcess.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using LeadstageProcess::leadstage;
using LeadstageProcess::Run;

namespace {

const QString exports = QStringLiteral(LEADSTAGE_EXPORT_FIXTURES);

QString fixture(const char *name)
{
    return exports + u'/' + QString::fromLatin1(name);
}

QString scalar(const QString &workspace, const QString &sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return u"(cannot open)"_qs;
    auto query = (*opened)->database().prepare(sql.toStdString());
    if (!query || !query->step())
        return u"(no row)"_qs;
    return query->isNull(0) ? u"NULL"_qs : query->text(0);
}

std::int64_t at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

// --write-mapping, then the edit a user makes: `columns` of each kind replaced.
QString writeAndEdit(const QString &dir, const QStringList &files, const QMap<QString, QJsonObject> &columns)
{
    const QString path = dir + u"/mapping.json"_qs;
    const Run written = leadstage(QStringList{u"import"_qs, u"--preset"_qs, u"generic"_qs} + files
                                  + QStringList{u"--write-mapping"_qs, path});
    if (written.exitCode != 0)
        qFatal("--write-mapping failed: %s", qPrintable(written.err));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no mapping written");
    QJsonObject mapping = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QJsonObject kind = mapping.value(it.key()).toObject();
        kind.insert(u"columns"_qs, it.value());
        kind.remove(u"unmappedColumns"_qs);
        mapping.insert(it.key(), kind);
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot edit the mapping");
    file.write(QJsonDocument(mapping).toJson());
    return path;
}

// Every expected line, in the order given, is a line of the output.
void verifyLines(const QString &output, const QStringList &lines)
{
    const QStringList got = output.split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(got.contains(line), qPrintable(u"missing line:\n"_qs + line + u"\nin:\n"_qs + output));
}

// The import's time printed in the summary (the date every dateless lead got).
QString importTime(const QString &output)
{
    const auto match = QRegularExpression(u"the import's time (\\S+Z)"_qs).match(output);
    return match.captured(1);
}

} // namespace

class TestCliRealExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The 0/1 Converted lead table: Prospect ID is the key, Converted an undated
    // customer, "Select" a placeholder; no dates at all.
    void xeducationConvertedIsAnUndatedCustomer()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        const QString leads = fixture("xeducation-leads.csv");
        const QString mapping = writeAndEdit(dir.path(), {u"--leads"_qs, leads},
                                             {{u"leads"_qs, QJsonObject{{u"external_id"_qs, u"Prospect ID"_qs},
                                                                        {u"customer_flag"_qs, u"Converted"_qs},
                                                                        {u"source"_qs, u"Lead Source"_qs},
                                                                        {u"country"_qs, u"Country"_qs}}}});
        // No date column: refused until told which date the leads get.
        const Run refused = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--mapping"_qs, mapping});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"no column is mapped to created_at"_qs), qPrintable(refused.err));
        const Run run = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--mapping"_qs, mapping,
                                   u"--created-date"_qs, u"import"_qs});
        QCOMPARE(run.exitCode, 0);
        verifyLines(run.out,
                    {u"  read 12, inserted 12, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 0"_qs,
                     u"  created dates of new leads: 12 dated at the import's time %1 (--created-date import)"_qs.arg(
                         importTime(run.out)),
                     u"  read as missing: 'Select' 11 cells"_qs});
        QCOMPARE(
            scalar(workspace, u"SELECT count(*) FROM outcomes WHERE customer_undated = 1 AND customer_at IS NULL"_qs),
            u"5"_qs);
        QCOMPARE(scalar(workspace, u"SELECT o.customer_undated FROM outcomes o JOIN leads l ON l.id = o.lead_id "
                                   "WHERE l.external_id = '8cc8c611-a219-4f35-ad23-fdfd2656bd8a'"_qs),
                 u"1"_qs);
        QCOMPARE(scalar(workspace, u"SELECT json_extract(attrs, '$.\"Lead Quality\"') FROM leads "
                                   "WHERE external_id = '7927b2df-8bba-4d29-b9a2-b6e0beafe620'"_qs),
                 u"Low in Relevance"_qs);
        // Specialization "Select" is missing, not kept.
        QCOMPARE(scalar(workspace, u"SELECT json_type(attrs, '$.Specialization') FROM leads "
                                   "WHERE external_id = '7927b2df-8bba-4d29-b9a2-b6e0beafe620'"_qs),
                 u"NULL"_qs);
        // Metrics count the five customers and say they are left out of time figures.
        const Run metrics = leadstage({u"metrics"_qs, workspace});
        QCOMPARE(metrics.exitCode, 0);
        verifyLines(metrics.out, {u"Note: 5 leads with undated outcomes (a yes/no column, no date): counted in the "
                                  "stage counts and IQL → customer, left out of every figure that needs an outcome's "
                                  "date."_qs});
        const Run json = leadstage({u"metrics"_qs, workspace, u"--format"_qs, u"json"_qs});
        const QJsonObject undated =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"undatedOutcomes"_qs).toObject();
        QCOMPARE(undated.value(u"counted"_qs).toInt(-1), 5);
        QCOMPARE(undated.value(u"leftOut"_qs).toInt(-1), 0);
        // Importing the same file again changes nothing (exit 0: every row was read and found stored).
        const Run again = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--mapping"_qs, mapping,
                                     u"--created-date"_qs, u"import"_qs});
        QCOMPARE(again.exitCode, 0);
        verifyLines(again.out,
                    {u"  read 12, inserted 0, updated 0, unchanged 12, skipped 0, duplicates 0, rejected 0"_qs});
    }

    // MQLs plus won deals joined by mql_id: the won deals are customers dated by won_date.
    void olistWonDealsAreDatedCustomers()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        const QString leads = fixture("olist-mqls.csv"), outcomes = fixture("olist-closed-deals.csv");
        const QString mapping = writeAndEdit(
            dir.path(), {u"--leads"_qs, leads, u"--outcomes"_qs, outcomes},
            {{u"leads"_qs, QJsonObject{{u"external_id"_qs, u"mql_id"_qs},
                                       {u"created_at"_qs, u"first_contact_date"_qs},
                                       {u"source"_qs, u"origin"_qs}}},
             {u"outcomes"_qs, QJsonObject{{u"lead"_qs, u"mql_id"_qs}, {u"customer_at"_qs, u"won_date"_qs}}}});
        const Run run = leadstage(
            {u"import"_qs, workspace, u"--leads"_qs, leads, u"--outcomes"_qs, outcomes, u"--mapping"_qs, mapping});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        verifyLines(run.out, {u"  read 10, inserted 10, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 0"_qs,
                              u"  created dates of new leads: 10 from column 'first_contact_date'"_qs,
                              u"  read as missing: 'unknown' 1 cell"_qs,
                              u"  read 4, inserted 4, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 0"_qs});
        QCOMPARE(scalar(workspace, u"SELECT count(*) FROM outcomes WHERE customer_at IS NOT NULL"_qs), u"4"_qs);
        QCOMPARE(scalar(workspace, u"SELECT o.customer_at FROM outcomes o JOIN leads l ON l.id = o.lead_id WHERE "
                                   "l.external_id = '5420aad7fec3549a85876ba1c529bd84'"_qs),
                 QString::number(at("2018-02-26T19:58:54Z")));
        QCOMPARE(scalar(workspace, u"SELECT created_at FROM leads WHERE external_id = "
                                   "'5420aad7fec3549a85876ba1c529bd84'"_qs),
                 QString::number(at("2018-02-21T00:00:00Z")));
    }

    // No id, no e-mail, `;`-separated, y yes/no: refused until --ids-from-lines; `age`
    // as the id is refused as repeated.
    void bankMarketingLeadsNamedByFileAndLine()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        const QString leads = fixture("bank-marketing.csv");
        const QString refusedNoKey =
            u"leadstage import: %1:1: no column identifies the lead (a CRM id or an e-mail) in this leads file. Map "
            "the lead id or e-mail column with a mapping file (--mapping; `#N` is the Nth column), or give each "
            "row's lead the CRM id FILENAME:LINE with --ids-from-lines.\n"_qs.arg(leads);
        // Nothing recognised: the message names the option.
        const Run unrecognised =
            leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--created-date"_qs, u"import"_qs});
        QCOMPARE(unrecognised.exitCode, 1);
        QVERIFY2(unrecognised.err.contains(u"(--ids-from-lines)"_qs), qPrintable(unrecognised.err));
        const QString mapping = writeAndEdit(dir.path(), {u"--leads"_qs, leads},
                                             {{u"leads"_qs, QJsonObject{{u"customer_flag"_qs, u"y"_qs}}}});
        const Run refused = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--mapping"_qs, mapping,
                                       u"--created-date"_qs, u"import"_qs});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, refusedNoKey);
        QVERIFY(!QFile::exists(workspace));

        const QStringList importIt{u"import"_qs,          workspace, u"--leads"_qs,        leads,
                                   u"--mapping"_qs,       mapping,   u"--created-date"_qs, u"import"_qs,
                                   u"--ids-from-lines"_qs};
        const Run run = leadstage(importIt);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        verifyLines(run.out,
                    {u"  read 12, inserted 12, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 0"_qs,
                     u"  created dates of new leads: 12 dated at the import's time %1 (--created-date import)"_qs.arg(
                         importTime(run.out)),
                     u"  CRM ids made from file and line (--ids-from-lines): bank-marketing.csv:2 is the row on "
                     "line 2, and so on; importing this file again updates the same leads"_qs,
                     u"  read as missing: 'unknown' 11 cells"_qs});
        QCOMPARE(scalar(workspace, u"SELECT count(*) FROM leads WHERE external_id LIKE 'bank-marketing.csv:%'"_qs),
                 u"12"_qs);
        QCOMPARE(scalar(workspace, u"SELECT json_extract(attrs, '$.age') FROM leads WHERE external_id = "
                                   "'bank-marketing.csv:13'"_qs),
                 u"43"_qs);
        // The numeric `campaign` column is no campaign name: left out of the mapping, it is kept in attrs.
        QCOMPARE(scalar(workspace, u"SELECT campaign FROM leads WHERE external_id = 'bank-marketing.csv:2'"_qs),
                 u"NULL"_qs);
        // y = yes (line 13 only) is a customer, at no known time.
        QCOMPARE(scalar(workspace, u"SELECT group_concat(l.external_id) FROM outcomes o JOIN leads l ON l.id = "
                                   "o.lead_id WHERE o.customer_undated = 1"_qs),
                 u"bank-marketing.csv:13"_qs);
        const QJsonObject json =
            QJsonDocument::fromJson(leadstage(QStringList(importIt) << u"--json"_qs).out.toUtf8()).object();
        const QJsonObject file = json.value(u"files"_qs).toArray().at(0).toObject();
        QCOMPARE(file.value(u"idsFromLines"_qs).toBool(), true);
        QCOMPARE(file.value(u"unchanged"_qs).toInt(), 12);
        QCOMPARE(scalar(workspace, u"SELECT count(*) FROM leads"_qs), u"12"_qs);

        // `age` as the id: refused as repeated, with the top values; with --ids-from-lines too: which is it?
        const QString ageMapping =
            writeAndEdit(dir.path(), {u"--leads"_qs, leads},
                         {{u"leads"_qs, QJsonObject{{u"external_id"_qs, u"age"_qs}, {u"customer_flag"_qs, u"y"_qs}}}});
        const QString other = dir.filePath(u"age.leadstage"_qs);
        const Run repeated = leadstage({u"import"_qs, other, u"--leads"_qs, leads, u"--mapping"_qs, ageMapping,
                                        u"--created-date"_qs, u"import"_qs});
        QCOMPARE(repeated.exitCode, 1);
        verifyLines(repeated.out,
                    {u"  4 rows repeat the CRM id or e-mail of an earlier row of this file; most repeated: "
                     "external_id '30' (1 more row), external_id '35' (1 more row), external_id '39' (1 more row), "
                     "external_id '43' (1 more row)"_qs});
        const Run both = leadstage({u"import"_qs, other, u"--leads"_qs, leads, u"--mapping"_qs, ageMapping,
                                    u"--created-date"_qs, u"import"_qs, u"--ids-from-lines"_qs});
        QCOMPARE(both.exitCode, 1);
        QCOMPARE(both.err,
                 u"leadstage import: %1:1: --ids-from-lines names the leads of a file with no CRM id or e-mail "
                 "column, and this file maps external_id to its column 'age'. Leave out --ids-from-lines, or leave "
                 "external_id unmapped.\n"_qs.arg(leads));
    }

    // The first column has no header: it is `#1`.
    void indexedExportFirstColumnIsHashOne()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        const QString leads = fixture("indexed-export.csv");
        const Run written =
            leadstage({u"import"_qs, u"--leads"_qs, leads, u"--write-mapping"_qs, dir.filePath(u"m.json"_qs)});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(LeadstageProcess::readAll(dir.filePath(u"m.json"_qs)).contains("\"#1\""));
        const QString mapping = writeAndEdit(dir.path(), {u"--leads"_qs, leads},
                                             {{u"leads"_qs, QJsonObject{{u"external_id"_qs, u"#1"_qs},
                                                                        {u"email"_qs, u"email"_qs},
                                                                        {u"first_name"_qs, u"first_name"_qs},
                                                                        {u"company"_qs, u"company"_qs},
                                                                        {u"created_at"_qs, u"created"_qs},
                                                                        {u"source"_qs, u"source"_qs}}}});
        const Run run = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--mapping"_qs, mapping});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        verifyLines(run.out, {u"  read 4, inserted 4, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 0"_qs,
                              u"  created dates of new leads: 4 from column 'created'"_qs});
        QCOMPARE(scalar(workspace, u"SELECT external_id FROM leads WHERE email = 'ana@northwind.example'"_qs), u"0"_qs);
        QCOMPARE(scalar(workspace, u"SELECT created_at FROM leads WHERE external_id = '3'"_qs),
                 QString::number(at("2025-03-11T00:00:00Z")));
    }
};

QTEST_MAIN(TestCliRealExports)
#include "tst_cli_real_exports.moc"
