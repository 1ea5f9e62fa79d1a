// `leadstage import` mappings a user can write: --help lists every field of every kind,
// --write-mapping writes what the preset chose (then edited to take a headerless first
// column as #1 and given back with --mapping), a wrong mapping names its key, line and
// the valid choices, and placeholders (--missing-values) are read as missing, counted
// in the summary and never stored.

#include "LeadstageProcess.h"
#include "import/ImportKind.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every row's answer to `sql`, one per line; NULL reads as "NULL".
QString rows(const QString &workspace, const char *sql, int columns)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return opened.error().toString();
    auto query = (*opened)->database().prepare(sql);
    if (!query)
        return query.error().toString();
    QStringList lines;
    while (true) {
        auto row = query->step();
        if (!row || !*row)
            break;
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << (query->isNull(i) ? u"NULL"_qs : query->text(i));
        lines << cells.join(u'|');
    }
    return lines.join(u'\n');
}

// A HubSpot export whose first column, the CRM id, has no header; forms wrote Select,
// N/A, unknown and - for what was not answered.
const QByteArray leadsCsv = ",Email,First Name,Company Name,Number of Employees,Lead Status\n"
                            "CRM-1,ann@example.com,Ann,Acme,Select,Open\n"
                            "CRM-2,N/A,Bob,unknown,250,-\n"
                            "CRM-3,cy@example.com,Cy,-,n/a,Select\n";

} // namespace

class TestCliImportMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void helpListsEveryFieldAndAMappingFile()
    {
        const Run run = leadstage({u"import"_qs, u"--help"_qs});
        QCOMPARE(run.exitCode, 0);
        for (ImportKind kind : allImportKinds) {
            const QString line = u"  %1 "_qs.arg(importKindName(kind).leftJustified(9));
            QVERIFY2(run.out.contains(line), qPrintable(line));
            for (const QString &field : importFields(kind))
                QVERIFY2(run.out.contains(u"\"%1\": "_qs.arg(field)), qPrintable(field)); // in the example file
        }
        QVERIFY(run.out.contains(u"occurred_at (date, required)"_qs));
        QVERIFY(run.out.contains(u"\"external_id\": \"#1\""_qs));
        QVERIFY(run.out.contains(u"\"missingValues\""_qs));
        QVERIFY(run.out.contains(u"--write-mapping"_qs));
        QVERIFY(run.out.contains(u"--missing-values"_qs));
        // The example is a mapping file LeadStage reads: cut it out and give it back.
        const qsizetype start = run.out.indexOf(u"{\n"_qs);
        const qsizetype end = run.out.indexOf(u"\n}\n"_qs, start);
        QVERIFY(start > 0 && end > start);
        writeFile(path(u"example.json"_qs), run.out.mid(start, end - start + 2).toUtf8());
        // A file with a column for each field the example maps (external_id is the first, #1).
        QStringList header{QString()}, cells{u"X-1"_qs};
        const QMap<QString, QString> values = {{u"email"_qs, u"x@example.com"_qs},
                                               {u"first_name"_qs, u"X"_qs},
                                               {u"last_name"_qs, u"Y"_qs},
                                               {u"company"_qs, u"Z"_qs},
                                               {u"created_at"_qs, u"05.01.2025"_qs}};
        for (const QString &field : importFields(ImportKind::Leads)) {
            if (field == u"external_id")
                continue;
            header << field;
            cells << values.value(field);
        }
        writeFile(path(u"example.csv"_qs),
                  (header.join(u',') + u",Notes\n"_qs + cells.join(u',') + u",\n"_qs).toUtf8());
        const Run imported = leadstage({u"import"_qs, path(u"example.leadstage"_qs), u"--leads"_qs,
                                        path(u"example.csv"_qs), u"--mapping"_qs, path(u"example.json"_qs)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(rows(path(u"example.leadstage"_qs),
                      "SELECT external_id, email, date(created_at, 'unixepoch') "
                      "FROM leads",
                      3),
                 u"X-1|x@example.com|2025-01-05"_qs);
    }

    void writtenMappingEditedToTakeTheHeaderlessColumn()
    {
        writeFile(path(u"leads.csv"_qs), leadsCsv);
        const QString mapping = path(u"m.json"_qs);
        const Run written =
            leadstage({u"import"_qs, u"--leads"_qs, path(u"leads.csv"_qs), u"--write-mapping"_qs, mapping});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QCOMPARE(written.out, u"Wrote the leads mapping of %1 (preset hubspot) to %2\nNothing was imported. Edit "
                              "the file and import with --mapping %2.\n"_qs.arg(path(u"leads.csv"_qs), mapping));
        QJsonObject json = QJsonDocument::fromJson(readFile(mapping)).object();
        QJsonObject leads = json.value(u"leads"_qs).toObject();
        QJsonObject columns = leads.value(u"columns"_qs).toObject();
        QCOMPARE(columns.value(u"email"_qs).toString(), u"Email"_qs);
        QCOMPARE(columns.value(u"company"_qs).toString(), u"Company Name"_qs);
        QVERIFY(!columns.contains(u"external_id"_qs));
        QCOMPARE(leads.value(u"unmappedColumns"_qs).toArray(), (QJsonArray{u"#1"_qs, u"Lead Status"_qs}));
        QCOMPARE(json.value(u"missingValues"_qs).toArray(),
                 (QJsonArray{u"Select"_qs, u"unknown"_qs, u"N/A"_qs, u"-"_qs}));
        QVERIFY(!QFile::exists(path(u"never.leadstage"_qs)));

        // Edited as a user would: the headerless first column is the CRM id.
        columns.insert(u"external_id"_qs, u"#1"_qs);
        leads.insert(u"columns"_qs, columns);
        json.insert(u"leads"_qs, leads);
        writeFile(mapping, QJsonDocument(json).toJson());
        const QString workspace = path(u"edited.leadstage"_qs);
        const Run run = leadstage({u"import"_qs, workspace, u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                                   path(u"leads.csv"_qs), u"--mapping"_qs, mapping});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"  read 3, inserted 3, updated 0, unchanged 0, skipped 0, duplicates 0, "
                                  "rejected 0\n"_qs),
                 qPrintable(run.out));
        // Select twice (employees, attrs), N/A twice (e-mail, employees, any case), unknown once, - twice.
        QVERIFY2(run.out.contains(u"  read as missing: '-' 2 cells, 'N/A' 2 cells, 'Select' 2 cells, 'unknown' 1 "
                                  "cell\n"_qs),
                 qPrintable(run.out));
        QCOMPARE(rows(workspace, "SELECT external_id, email, company, employees, attrs FROM leads ORDER BY id", 5),
                 u"CRM-1|ann@example.com|Acme|NULL|{\"Lead Status\":\"Open\"}\n"
                 "CRM-2|NULL|NULL|250|{}\n"
                 "CRM-3|cy@example.com|NULL|NULL|{}"_qs);
    }

    // Written and given back unedited, the mapping imports what the preset would have.
    void writtenMappingGivesTheSameImport()
    {
        writeFile(path(u"same.csv"_qs), leadsCsv);
        const QString mapping = path(u"same.json"_qs);
        QCOMPARE(
            leadstage({u"import"_qs, u"--leads"_qs, path(u"same.csv"_qs), u"--write-mapping"_qs, mapping}).exitCode, 0);
        const Run preset = leadstage({u"import"_qs, path(u"preset.leadstage"_qs), u"--created-date"_qs, u"import"_qs,
                                      u"--leads"_qs, path(u"same.csv"_qs)});
        const Run mapped = leadstage({u"import"_qs, path(u"mapped.leadstage"_qs), u"--created-date"_qs, u"import"_qs,
                                      u"--leads"_qs, path(u"same.csv"_qs), u"--mapping"_qs, mapping});
        QCOMPARE(mapped.exitCode, preset.exitCode);
        const char *sql = "SELECT external_id, email, first_name, company, employees, attrs FROM leads ORDER BY id";
        QCOMPARE(rows(path(u"mapped.leadstage"_qs), sql, 6), rows(path(u"preset.leadstage"_qs), sql, 6));
        // CRM-2's only key is N/A: read as missing, it is no lead's e-mail.
        QVERIFY2(preset.out.contains(u"rejected 1\n"_qs), qPrintable(preset.out));
        QVERIFY(preset.out.contains(u"the row has neither a CRM id nor an e-mail"_qs));
        QCOMPARE(rows(path(u"preset.leadstage"_qs), "SELECT count(*) FROM leads WHERE email = 'n/a'", 1), u"0"_qs);
    }

    void wrongMappingIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString fields = importFields(ImportKind::Leads).join(u", "_qs);
        QTest::newRow("unknown field")
            << QByteArray("{\n  \"format\": \"leadstage-mapping\",\n  \"version\": 1,\n  \"leads\": {\n"
                          "    \"columns\": {\"mail\": \"Email\"}\n  }\n}\n")
            << u"%m:5: leads.columns.mail: 'mail' is not a field of leads files (fields: "_qs + fields
                   + u"). Fix the mapping file; `leadstage import --help` lists the fields.\n"_qs;
        QTest::newRow("unknown kind of file")
            << QByteArray("{\n  \"format\": \"leadstage-mapping\",\n  \"version\": 1,\n  \"contacts\": {}\n}\n")
            << u"%m:4: unknown key 'contacts' (keys: format, version, name, missingValues, activities, "
               "countsAsEvents, leads, events, outcomes). Save the mapping again from LeadStage, or fix the named key.\n"_qs;
        QTest::newRow("a column the file does not have")
            << QByteArray("{\"format\": \"leadstage-mapping\", \"version\": 1,\n"
                          "\"leads\": {\"columns\": {\"external_id\": \"#1\", \"email\": \"E-mail\"}}}\n")
            << u"%f:1: the leads mapping takes email from a column 'E-mail' this file does not have. Map email to "
               "one of the file's columns: #1, Email, First Name, Company Name, Number of Employees, Lead Status "
               "(`#N` is the Nth column).\n"_qs;
        QTest::newRow("a position past the last column")
            << QByteArray("{\"format\": \"leadstage-mapping\", \"version\": 1,\n"
                          "\"leads\": {\"columns\": {\"external_id\": \"#7\", \"email\": \"Email\"}}}\n")
            << u"%f:1: the leads mapping takes external_id from a column '#7' this file does not have. Map "
               "external_id to one of the file's columns: #1, Email, First Name, Company Name, Number of "
               "Employees, Lead Status (`#N` is the Nth column).\n"_qs;
    }

    void wrongMappingIsNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        writeFile(path(u"wrong.csv"_qs), leadsCsv);
        const QString mapping = path(u"wrong.json"_qs);
        writeFile(mapping, json);
        const QString workspace = path(u"wrong.leadstage"_qs);
        const Run run =
            leadstage({u"import"_qs, workspace, u"--leads"_qs, path(u"wrong.csv"_qs), u"--mapping"_qs, mapping});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"leadstage import: "_qs
                              + QString(message).replace(u"%m"_qs, mapping).replace(u"%f"_qs, path(u"wrong.csv"_qs)));
        QVERIFY(!QFile::exists(workspace)); // nothing was made
    }

    void missingValuesOptionReplacesTheList()
    {
        writeFile(path(u"list.csv"_qs), leadsCsv);
        const QString mapping = path(u"list.json"_qs);
        writeFile(mapping, "{\"format\": \"leadstage-mapping\", \"version\": 1, \"missingValues\": [\"-\"],\n"
                           "\"leads\": {\"columns\": {\"external_id\": \"#1\", \"email\": \"Email\", "
                           "\"employees\": \"Number of Employees\"}}}\n");
        // The mapping file's list alone: Select and n/a are no number. A rejected row's cells
        // after the one that rejects it are not read, so only CRM-2's dash counts.
        const Run fromFile = leadstage({u"import"_qs, path(u"file-list.leadstage"_qs), u"--created-date"_qs,
                                        u"import"_qs, u"--leads"_qs, path(u"list.csv"_qs), u"--mapping"_qs, mapping});
        QVERIFY2(fromFile.out.contains(u"inserted 1, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 2\n"_qs),
                 qPrintable(fromFile.out));
        QVERIFY(fromFile.out.contains(u"  read as missing: '-' 1 cell\n"_qs));
        QCOMPARE(rows(path(u"file-list.leadstage"_qs), "SELECT external_id, email, attrs FROM leads", 3),
                 u"CRM-2|n/a|{\"Company Name\":\"unknown\",\"First Name\":\"Bob\"}"_qs);
        // --missing-values wins over the file; "" reads nothing as missing.
        const Run none =
            leadstage({u"import"_qs, path(u"no-list.leadstage"_qs), u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                       path(u"list.csv"_qs), u"--mapping"_qs, mapping, u"--missing-values"_qs, QString()});
        QVERIFY2(none.out.contains(u"rejected 2\n"_qs), qPrintable(none.out));
        QVERIFY(!none.out.contains(u"read as missing"_qs));
        const Run json = leadstage({u"import"_qs, path(u"option.leadstage"_qs), u"--created-date"_qs, u"import"_qs,
                                    u"--leads"_qs, path(u"list.csv"_qs), u"--mapping"_qs, mapping,
                                    u"--missing-values"_qs, u"select, N/A"_qs, u"--json"_qs});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject file =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"files"_qs).toArray().first().toObject();
        QCOMPARE(file.value(u"missingPlaceholders"_qs).toObject(), (QJsonObject{{u"select"_qs, 2}, {u"N/A"_qs, 2}}));
        QCOMPARE(file.value(u"rejected"_qs).toInt(), 0);
        QCOMPARE(rows(path(u"option.leadstage"_qs), "SELECT employees FROM leads ORDER BY id", 1),
                 u"NULL\n250\nNULL"_qs);
    }

    // `--count-as-events` is written by --write-mapping as `countsAsEvents` and read back by
    // --mapping; a --count-as-events given with --mapping replaces the file's list.
    void countsAsEventsTravelInTheMappingFile()
    {
        writeFile(path(u"visits.csv"_qs), "lead_id,email,created_at,TotalVisits,Opens\n"
                                          "L1,a@x.example,2025-01-01,3,1\nL2,b@x.example,2025-01-02,2,4\n");
        const QString mapping = path(u"visits.json"_qs);
        const Run written = leadstage({u"import"_qs, u"--leads"_qs, path(u"visits.csv"_qs), u"--count-as-events"_qs,
                                       u"TotalVisits=resource_center_visit"_qs, u"--write-mapping"_qs, mapping});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const QJsonArray counts = QJsonDocument::fromJson(readFile(mapping)).object()[u"countsAsEvents"_qs].toArray();
        QCOMPARE(counts, (QJsonArray{QJsonObject{{u"column"_qs, u"TotalVisits"_qs},
                                                 {u"activity"_qs, u"resource_center_visit"_qs}}}));
        const Run fromFile = leadstage({u"import"_qs, path(u"visits.leadstage"_qs), u"--leads"_qs,
                                        path(u"visits.csv"_qs), u"--mapping"_qs, mapping});
        QVERIFY2(fromFile.out.contains(u"  TotalVisits: 5 events of resource_center_visit made at each lead's "
                                       "created date (--count-as-events), 0 there already\n"_qs),
                 qPrintable(fromFile.out));
        QCOMPARE(rows(path(u"visits.leadstage"_qs), "SELECT count(*) FROM events", 1), u"5"_qs);
        const Run replaced =
            leadstage({u"import"_qs, path(u"opens.leadstage"_qs), u"--leads"_qs, path(u"visits.csv"_qs),
                       u"--mapping"_qs, mapping, u"--count-as-events"_qs, u"Opens=email_open"_qs});
        QVERIFY2(replaced.out.contains(u"  Opens: 5 events of email_open"_qs), qPrintable(replaced.out));
        QVERIFY(!replaced.out.contains(u"TotalVisits:"_qs));
        // A list of the wrong shape is named with its line.
        writeFile(path(u"bad-counts.json"_qs),
                  "{\"format\": \"leadstage-mapping\", \"version\": 1,\n\"countsAsEvents\": {\"TotalVisits\": 3}}\n");
        const Run bad = leadstage({u"import"_qs, path(u"bad.leadstage"_qs), u"--leads"_qs, path(u"visits.csv"_qs),
                                   u"--mapping"_qs, path(u"bad-counts.json"_qs)});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"bad-counts.json:2: countsAsEvents is not a list like"_qs), qPrintable(bad.err));
    }

    // Events and outcomes: a placeholder lead key creates no lead (even when asked to
    // create missing ones), a placeholder date or revenue is missing, not an error.
    void placeholdersInEventsAndOutcomes()
    {
        writeFile(path(u"eo-leads.csv"_qs), "lead_id,email\nCRM-1,ann@example.com\n");
        writeFile(path(u"eo-events.csv"_qs), "lead_id,activity,occurred_at\n"
                                             "CRM-1,email_open,2025-01-05\n"
                                             "unknown,email_open,2025-01-06\n");
        writeFile(path(u"eo-outcomes.csv"_qs), "lead_id,sql_at,customer_at,revenue\n"
                                               "CRM-1,-,2025-02-01,N/A\n");
        const QString workspace = path(u"eo.leadstage"_qs);
        const Run run = leadstage({u"import"_qs, workspace, u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                                   path(u"eo-leads.csv"_qs), u"--events"_qs, path(u"eo-events.csv"_qs),
                                   u"--outcomes"_qs, path(u"eo-outcomes.csv"_qs), u"--create-missing-leads"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"  read 2, inserted 1, updated 0, unchanged 0, skipped 0, duplicates 0, "
                                  "rejected 1\n  read as missing: 'unknown' 1 cell\n"_qs),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"  read 1, inserted 1, updated 0, unchanged 0, skipped 0, duplicates 0, "
                                  "rejected 0\n  read as missing: '-' 1 cell, 'N/A' 1 cell\n"_qs),
                 qPrintable(run.out));
        QCOMPARE(rows(workspace, "SELECT count(*) FROM leads", 1), u"1"_qs);
        QCOMPARE(rows(workspace, "SELECT sql_at, date(customer_at, 'unixepoch'), revenue FROM outcomes", 3),
                 u"NULL|2025-02-01|NULL"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliImportMapping)
#include "tst_cli_import_mapping.moc"
