// Mapping files written and read back (every kind, positional columns, missing values,
// the columns left unmapped), columns named by position (#N) where a header is empty,
// the placeholder list's matching rule, and the errors a wrong mapping file gets: the
// bad key, its line and the valid choices.

#include "import/ColumnMapping.h"
#include "import/MappingFile.h"
#include "import/MissingValues.h"

#include <QTest>

using namespace LeadStage;

class TestMappingFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        MappingFile file;
        file.name = u"Our CRM"_qs;
        for (ImportKind kind : allImportKinds) {
            ColumnMapping mapping;
            mapping.kind = kind;
            mapping.preset = u"hubspot"_qs;
            for (const QString &field : importFields(kind))
                mapping.map(field, field == u"email" ? u"#2"_qs : u"Column "_qs + field);
            for (const QString &field : importFields(kind))
                if (isDateField(kind, field))
                    mapping.dateFormats.insert(field, DateFormat::DayMonthYear);
            mapping.ignored = QStringList{u"Notes"_qs};
            file.mappings.emplace(kind, mapping);
        }
        file.unmappedColumns[ImportKind::Leads] = QStringList{u"#1"_qs, u"Lead Status"_qs};
        file.missingValues = MissingValues({u"Select"_qs, u"n.a."_qs});
        file.activities = QJsonObject{{u"Webinar Attended"_qs, u"webinar_attended"_qs}};
        file.countsAsEvents = {{u"TotalVisits"_qs, u"resource_center_visit"_qs}, {u"Opens"_qs, u"email_open"_qs}};

        auto read = MappingFile::fromJson(file.toJson(), u"m.json"_qs);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read->name, file.name);
        QCOMPARE(read->mappings.size(), std::size_t(3));
        for (ImportKind kind : allImportKinds) {
            const ColumnMapping &before = file.mappings.at(kind);
            const ColumnMapping &after = read->mappings.at(kind);
            QCOMPARE(after.kind, kind);
            QCOMPARE(after.preset, before.preset);
            QCOMPARE(after.columns, before.columns);
            QCOMPARE(after.dateFormats, before.dateFormats);
            QCOMPARE(after.ignored, before.ignored);
        }
        QCOMPARE(read->unmappedColumns, file.unmappedColumns);
        QVERIFY(read->missingValues.has_value());
        QCOMPARE(read->missingValues->texts(), (QStringList{u"Select"_qs, u"n.a."_qs}));
        QCOMPARE(read->activities, file.activities);
        QCOMPARE(int(read->countsAsEvents.size()), 2);
        QCOMPARE(read->countsAsEvents[1].column, u"Opens"_qs);
        QCOMPARE(read->countsAsEvents[1].activity, u"email_open"_qs);
        QCOMPARE(read->toJson(), file.toJson()); // written again, byte for byte
    }

    void missingValuesAbsentOrEmpty()
    {
        const QByteArray none = R"({"format": "leadstage-mapping", "version": 1, "leads": {"columns": {}}})";
        auto absent = MappingFile::fromJson(none, u"m.json"_qs);
        QVERIFY(absent.ok());
        QVERIFY(!absent->missingValues.has_value()); // the import's default applies
        QVERIFY(absent->countsAsEvents.empty());     // a file from before the key: no count columns
        const QByteArray empty =
            R"({"format": "leadstage-mapping", "version": 1, "missingValues": [], "leads": {"columns": {}}})";
        auto given = MappingFile::fromJson(empty, u"m.json"_qs);
        QVERIFY(given.ok());
        QVERIFY(given->missingValues.has_value());
        QVERIFY(given->missingValues->isEmpty()); // none: only empty cells are missing
    }

    void findColumn_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("index");
        const QStringList header{QString(), u"Email"_qs, u"#1"_qs, QString()};
        QTest::newRow("by header") << header << u"Email"_qs << 1;
        QTest::newRow("an empty header by position") << header << u"#4"_qs << 3;
        QTest::newRow("a header that reads #1 wins over position") << header << u"#1"_qs << 2;
        QTest::newRow("a named column by position") << header << u"#2"_qs << 1;
        QTest::newRow("position 0 is no column") << header << u"#0"_qs << -1;
        QTest::newRow("past the last column") << header << u"#5"_qs << -1;
        QTest::newRow("not a number") << header << u"#x"_qs << -1;
        QTest::newRow("an unknown header") << header << u"E-mail"_qs << -1;
        QTest::newRow("empty names nothing") << header << QString() << -1;
    }

    void findColumn()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, name);
        QFETCH(int, index);
        QCOMPARE(LeadStage::findColumn(header, name), index);
    }

    void positionalColumnsResolve()
    {
        const QStringList header{QString(), u"Email"_qs, u"Notes"_qs, u"Lead Status"_qs, QString()};
        QCOMPARE(columnLabels(header), (QStringList{u"#1"_qs, u"Email"_qs, u"Notes"_qs, u"Lead Status"_qs, u"#5"_qs}));
        ColumnMapping mapping;
        mapping.kind = ImportKind::Leads;
        mapping.map(u"external_id"_qs, u"#1"_qs);
        mapping.map(u"email"_qs, u"Email"_qs);
        mapping.map(u"company"_qs, u"#3"_qs); // a named column by position: not kept in attrs as well
        QVERIFY(mapping.validate(header, u"leads.csv"_qs).ok());
        QVERIFY(mapping.missingColumns(header).isEmpty());
        QCOMPARE(mapping.attributeColumns(header), QStringList{u"Lead Status"_qs});
        QCOMPARE(mapping.unmappedColumns(header), (QStringList{u"Lead Status"_qs, u"#5"_qs}));
        const ResolvedColumns resolved = ResolvedColumns::resolve(mapping, header);
        QCOMPARE(resolved.column(ImportKind::Leads, u"external_id"), 0);
        QCOMPARE(resolved.column(ImportKind::Leads, u"email"), 1);
        QCOMPARE(resolved.column(ImportKind::Leads, u"company"), 2);
        QCOMPARE(resolved.column(ImportKind::Leads, u"country"), -1);
        QCOMPARE(resolved.attributeColumns, std::vector<int>{3});

        mapping.map(u"country"_qs, u"#6"_qs);
        const Status missing = mapping.validate(header, u"leads.csv"_qs);
        QVERIFY(!missing.ok());
        QCOMPARE(
            missing.error().toString(),
            u"leads.csv:1: the leads mapping takes country from a column '#6' this file does not have. Map "
            "country to one of the file's columns: #1, Email, Notes, Lead Status, #5 (`#N` is the Nth column)."_qs);
    }

    void missingValuesMatch_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("placeholder");
        QTest::newRow("as listed") << u"N/A"_qs << 2;
        QTest::newRow("any case") << u"n/a"_qs << 2;
        QTest::newRow("trimmed") << u"  Select "_qs << 0;
        QTest::newRow("upper case") << u"UNKNOWN"_qs << 1;
        QTest::newRow("a dash") << u"-"_qs << 3;
        QTest::newRow("two dashes are a value") << u"--"_qs << -1;
        QTest::newRow("a word containing one is a value") << u"Selected"_qs << -1;
        QTest::newRow("empty is missing anyway, not a placeholder") << QString() << -1;
        QTest::newRow("a value") << u"Acme"_qs << -1;
    }

    void missingValuesMatch()
    {
        QFETCH(QString, cell);
        QFETCH(int, placeholder);
        QCOMPARE(MissingValues::standard().match(cell), placeholder);
    }

    void missingValuesFromList()
    {
        QCOMPARE(MissingValues::standard().toList(), u"Select,unknown,N/A,-"_qs);
        QCOMPARE(MissingValues::fromList(u" tbd , none,,TBD"_qs).texts(), (QStringList{u"tbd"_qs, u"none"_qs}));
        QVERIFY(MissingValues::fromList(QString()).isEmpty());
        QCOMPARE(MissingValues::fromList(QString()).match(u"N/A"), -1);
    }

    void wrongMappingNamesKeyLineAndChoices_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString fields = importFields(ImportKind::Leads).join(u", "_qs);
        QTest::newRow("unknown field") << QByteArray("{\n  \"format\": \"leadstage-mapping\",\n  \"version\": 1,\n"
                                                     "  \"leads\": {\n    \"columns\": {\n      \"e-mail\": \"Email\"\n"
                                                     "    }\n  }\n}\n")
                                       << u"m.json:6: leads.columns.e-mail: 'e-mail' is not a field of leads files "
                                          "(fields: %1). Fix the mapping file; `leadstage import --help` lists the "
                                          "fields."_qs.arg(fields);
        QTest::newRow("unknown kind") << QByteArray("{\n  \"format\": \"leadstage-mapping\",\n  \"version\": 1,\n"
                                                    "  \"lead\": {\"columns\": {}}\n}\n")
                                      << u"m.json:4: unknown key 'lead' (keys: format, version, name, missingValues, "
                                         "activities, countsAsEvents, leads, events, outcomes). Save the mapping "
                                         "again from "
                                         "LeadStage, or fix the named key."_qs;
        QTest::newRow("unknown key in a kind")
            << QByteArray("{\"format\": \"leadstage-mapping\", \"version\": 1,\n\"events\": {\"colums\": {}}}")
            << u"m.json:2: events.colums: unknown key 'colums' (keys: columns, preset, dateFormats, ignored). Fix "
               "the mapping file; `leadstage import --help` lists the fields."_qs;
        QTest::newRow("a column that is no text")
            << QByteArray("{\"format\": \"leadstage-mapping\", \"version\": 1,\n\"leads\": {\"columns\": {\n"
                          "\"email\": 2}}}")
            << u"m.json:3: leads.columns.email: the column is not a string: give the column's header, or `#N` for "
               "the Nth column. Fix the mapping file; `leadstage import --help` lists the fields."_qs;
    }

    void wrongMappingNamesKeyLineAndChoices()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto read = MappingFile::fromJson(json, u"m.json"_qs);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestMappingFile)
#include "tst_import_mappingfile.moc"
