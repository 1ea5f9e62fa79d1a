// Each built-in preset against a real-looking header of its system (tests/data/import/presets):
// recognised from the header alone, with the fields mapped and the rest left for attrs.

#include "import/ImportPreset.h"
#include "import/ImportScan.h"
#include "import/MappingFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

class TestImportPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisedFromHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("keyColumn");  // what `external_id` / `lead` maps to
        QTest::addColumn<QString>("dateColumn"); // created_at / occurred_at / sql_at
        QTest::addColumn<QString>("attribute");  // a column left for attrs ("" for none)
        const int leads = int(ImportKind::Leads), events = int(ImportKind::Events),
                  outcomes = int(ImportKind::Outcomes);
        QTest::newRow("HubSpot contacts export") << "hubspot-contacts.csv" << leads << "hubspot"
                                                 << "Record ID"
                                                 << "Create Date"
                                                 << "Number of Sessions";
        QTest::newRow("Salesforce lead report") << "salesforce-leads.csv" << leads << "salesforce"
                                                << "Lead ID"
                                                << "Create Date"
                                                << "Lead Status";
        QTest::newRow("Marketo lead export") << "marketo-leads.csv" << leads << "marketo"
                                             << "Id"
                                             << "Created At"
                                             << "Lead Score";
        QTest::newRow("Mautic contacts export") << "mautic-contacts.csv" << leads << "mautic"
                                                << "id"
                                                << "date_added"
                                                << "points";
        QTest::newRow("generic leads") << "generic-leads.csv" << leads << "generic"
                                       << "lead_id"
                                       << "created_at"
                                       << "TotalVisits";
        QTest::newRow("HubSpot activities") << "hubspot-activities.csv" << events << "hubspot"
                                            << "Contact ID"
                                            << "Activity Date"
                                            << "";
        QTest::newRow("Salesforce activities") << "salesforce-activities.csv" << events << "salesforce"
                                               << "Lead ID"
                                               << "Date"
                                               << "";
        QTest::newRow("Marketo activity log") << "marketo-activities.csv" << events << "marketo"
                                              << "Lead ID"
                                              << "Activity Date"
                                              << "";
        QTest::newRow("Mautic timeline") << "mautic-timeline.csv" << events << "mautic"
                                         << "contact_id"
                                         << "timestamp"
                                         << "";
        QTest::newRow("generic events") << "generic-events.csv" << events << "generic"
                                        << "lead_id"
                                        << "occurred_at"
                                        << "";
        QTest::newRow("HubSpot lifecycle dates") << "hubspot-outcomes.csv" << outcomes << "hubspot"
                                                 << "Record ID"
                                                 << "Became a Sales Qualified Lead Date"
                                                 << "";
        QTest::newRow("Salesforce converted leads") << "salesforce-outcomes.csv" << outcomes << "salesforce"
                                                    << "Lead ID"
                                                    << "Converted Date"
                                                    << "";
        QTest::newRow("generic outcomes") << "generic-outcomes.csv" << outcomes << "generic"
                                          << "lead_id"
                                          << "sql_at"
                                          << "";
    }

    void recognisedFromHeader()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, preset);
        QFETCH(QString, keyColumn);
        QFETCH(QString, dateColumn);
        QFETCH(QString, attribute);
        const auto importKind = ImportKind(kind);
        auto scan = ImportScan::scan(importKind, QStringLiteral(LEADSTAGE_IMPORT_DATA "/presets/") + file, std::nullopt,
                                     ActivityMap::defaults());
        QVERIFY2(scan.ok(), qPrintable(scan ? QString() : scan.error().toString()));
        QVERIFY(scan->preset);
        QCOMPARE(scan->preset->preset->name, preset);
        const QString keyField = importKind == ImportKind::Leads ? u"external_id"_qs : u"lead"_qs;
        QCOMPARE(scan->mapping.columnOf(keyField), keyColumn);
        const QString dateField = importKind == ImportKind::Leads    ? u"created_at"_qs
                                  : importKind == ImportKind::Events ? u"occurred_at"_qs
                                                                     : u"sql_at"_qs;
        QCOMPARE(scan->mapping.columnOf(dateField), dateColumn);
        QVERIFY(scan->mapping.validate(scan->preview.header, file).ok());
        if (!attribute.isEmpty())
            QVERIFY(scan->mapping.attributeColumns(scan->preview.header).contains(attribute));
        QVERIFY(!scan->column(dateColumn)->samples.isEmpty());
        QVERIFY(scan->resolveDateFormats(DateFormat::MonthDayYear).ok());
        // Salesforce's "Converted" (IsConverted) is the CRM's recorded SQL, not an attribute.
        if (preset == u"salesforce" && importKind == ImportKind::Leads)
            QCOMPARE(scan->mapping.columnOf(u"recorded_sql_flag"_qs), u"Converted"_qs);
    }

    // HubSpot's, Salesforce's and Marketo's lifecycle columns map to recorded stages.
    void recordedStageColumnsRecognised_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("fields"); // field=column
        const int leads = int(ImportKind::Leads), outcomes = int(ImportKind::Outcomes);
        QTest::newRow("HubSpot contacts") << leads << "hubspot"
                                          << QStringList{u"Record ID"_qs,
                                                         u"Email"_qs,
                                                         u"Became a Marketing Qualified Lead Date"_qs,
                                                         u"Became a Sales Qualified Lead Date"_qs,
                                                         u"Became an Opportunity Date"_qs,
                                                         u"Became a Customer Date"_qs}
                                          << QStringList{u"recorded_mql_at=Became a Marketing Qualified Lead Date"_qs,
                                                         u"recorded_sql_at=Became a Sales Qualified Lead Date"_qs,
                                                         u"recorded_opportunity_at=Became an Opportunity Date"_qs,
                                                         u"recorded_customer_at=Became a Customer Date"_qs};
        QTest::newRow("HubSpot outcomes keep SQL as the outcome")
            << outcomes << "hubspot"
            << QStringList{u"Record ID"_qs, u"Became a Marketing Qualified Lead Date"_qs,
                           u"Became a Sales Qualified Lead Date"_qs}
            << QStringList{u"recorded_mql_at=Became a Marketing Qualified Lead Date"_qs,
                           u"sql_at=Became a Sales Qualified Lead Date"_qs};
        QTest::newRow("Salesforce API names")
            << leads << "salesforce" << QStringList{u"Lead ID"_qs, u"Email"_qs, u"ConvertedDate"_qs, u"IsConverted"_qs}
            << QStringList{u"recorded_sql_at=ConvertedDate"_qs, u"recorded_sql_flag=IsConverted"_qs};
        QTest::newRow("Salesforce won flag") << outcomes << "salesforce" << QStringList{u"Lead ID"_qs, u"Won"_qs}
                                             << QStringList{u"customer_flag=Won"_qs};
        QTest::newRow("Marketo revenue stages")
            << leads << "marketo" << QStringList{u"Id"_qs,       u"Email Address"_qs,    u"MQL Date"_qs,
                                                 u"SQL Date"_qs, u"Opportunity Date"_qs, u"Customer Date"_qs}
            << QStringList{u"recorded_mql_at=MQL Date"_qs, u"recorded_sql_at=SQL Date"_qs,
                           u"recorded_opportunity_at=Opportunity Date"_qs, u"recorded_customer_at=Customer Date"_qs};
    }

    void recordedStageColumnsRecognised()
    {
        QFETCH(int, kind);
        QFETCH(QString, preset);
        QFETCH(QStringList, header);
        QFETCH(QStringList, fields);
        const ImportPreset *found = findPreset(ImportKind(kind), preset);
        QVERIFY(found);
        const ColumnMapping mapping = found->apply(header);
        for (const QString &pair : fields)
            QCOMPARE(pair.section(u'=', 0, 0) + u'=' + mapping.columnOf(pair.section(u'=', 0, 0)), pair);
    }

    void savedMappingRoundTrips()
    {
        QTemporaryDir dir;
        MappingFile file;
        file.name = u"Our HubSpot"_qs;
        ColumnMapping leads = findPreset(ImportKind::Leads, u"hubspot")->apply({u"Record ID"_qs, u"E-mail"_qs});
        leads.map(u"email"_qs, u"E-mail"_qs);
        leads.dateFormats.insert(u"created_at"_qs, DateFormat::DayMonthYear);
        file.mappings.emplace(ImportKind::Leads, leads);
        file.activities = QJsonObject{{u"Webinar: live"_qs, u"webinar_attended"_qs}};
        const QString path = dir.filePath(u"m.json"_qs);
        QVERIFY(file.save(path).ok());
        auto loaded = MappingFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->name, file.name);
        const ColumnMapping &back = loaded->mappings.at(ImportKind::Leads);
        QCOMPARE(back.columns, leads.columns);
        QCOMPARE(back.dateFormats.value(u"created_at"_qs), DateFormat::DayMonthYear);
        ActivityMap activities = ActivityMap::defaults();
        QVERIFY(activities.merge(loaded->activities, path).ok());
        QCOMPARE(activities.keyFor(u"webinar: LIVE"), u"webinar_attended"_qs);
    }

    void unknownKeysInMappingFileAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown kind") << QByteArray(R"({"format":"leadstage-mapping","version":1,"lead":{}})")
                                      << "'lead'";
        QTest::newRow("unknown field") << QByteArray(
            R"({"format":"leadstage-mapping","version":1,"leads":{"columns":{"mail":"E"}}})")
                                       << "'mail'";
        QTest::newRow("newer version") << QByteArray(R"({"format":"leadstage-mapping","version":9})") << "version 9";
        QTest::newRow("bad date format") << QByteArray(
            R"({"format":"leadstage-mapping","version":1,"leads":{"dateFormats":{"created_at":"ymd"}}})")
                                         << "'ymd'";
    }

    void unknownKeysInMappingFileAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        auto file = MappingFile::fromJson(json, u"m.json"_qs);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().what.contains(named), qPrintable(file.error().toString()));
    }

    void activityNamesMapThroughTheTable_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("key");
        QTest::newRow("HubSpot webinar") << "Webinar Attended"
                                         << "webinar_attended";
        QTest::newRow("Salesforce pricing form") << "Form fill: Pricing"
                                                 << "pricing_page_visit";
        QTest::newRow("Marketo open") << "Open Email"
                                      << "email_open";
        QTest::newRow("a key itself") << "ebook_download"
                                      << "ebook_download";
        QTest::newRow("a label, other case") << "ROI CALCULATOR"
                                             << "roi_calculator";
        QTest::newRow("unknown") << "Visited Booth"
                                 << "";
    }

    void activityNamesMapThroughTheTable()
    {
        QFETCH(QString, source);
        QFETCH(QString, key);
        QCOMPARE(ActivityMap::defaults().keyFor(source).value_or(QString()), key);
    }
};

QTEST_GUILESS_MAIN(TestImportPresets)
#include "tst_import_presets.moc"
