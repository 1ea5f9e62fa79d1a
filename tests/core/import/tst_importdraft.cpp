// The import wizard's decisions without its widgets: the kind of a file from its
// header, remapping columns, saved presets, the date choice the request needs.

#include "import/ImportDraft.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

QStringList headerOf(const QString &path)
{
    auto preview = CsvReader::preview(path, {}, 1);
    if (!preview)
        qFatal("%s", qPrintable(preview.error().toString()));
    return preview->header;
}

CsvPreview previewOf(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.csv"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write");
    file.close();
    return *CsvReader::preview(path, {}, 100);
}

} // namespace

class TestImportDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesTheKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        const QString presets = QStringLiteral(LEADSTAGE_IMPORT_DATA) + u"/presets/"_qs;
        const std::pair<const char *, ImportKind> files[] = {
            {"generic-leads.csv", ImportKind::Leads},          {"generic-events.csv", ImportKind::Events},
            {"generic-outcomes.csv", ImportKind::Outcomes},    {"hubspot-contacts.csv", ImportKind::Leads},
            {"hubspot-activities.csv", ImportKind::Events},    {"hubspot-outcomes.csv", ImportKind::Outcomes},
            {"salesforce-leads.csv", ImportKind::Leads},       {"salesforce-activities.csv", ImportKind::Events},
            {"salesforce-outcomes.csv", ImportKind::Outcomes}, {"marketo-leads.csv", ImportKind::Leads},
            {"marketo-activities.csv", ImportKind::Events},    {"mautic-contacts.csv", ImportKind::Leads},
            {"mautic-timeline.csv", ImportKind::Events}};
        for (const auto &[file, kind] : files)
            QTest::newRow(file) << presets + QString::fromLatin1(file) << int(kind);
    }

    void guessesTheKind()
    {
        QFETCH(QString, file);
        QTEST(int(ImportDraft::guessKind(headerOf(file))), "kind");
    }

    void aHeaderNoPresetKnowsIsLeads()
    {
        QCOMPARE(ImportDraft::guessKind({u"Spalte A"_qs, u"Spalte B"_qs}), ImportKind::Leads);
    }

    void remapsAColumnAndTheOldOneGoesToAttrs()
    {
        ImportDraft draft;
        draft.addFile(u"/tmp/leads.csv"_qs);
        draft.setPreview(0, previewOf("lead_id,email,Org,company\nL1,a@x.com,Acme,Other\n"), std::nullopt);
        QCOMPARE(draft.file(0).kind, ImportKind::Leads);
        QCOMPARE(draft.fieldOf(0, u"company"_qs), u"company"_qs);
        QCOMPARE(draft.fieldOf(0, u"Org"_qs), QString());
        draft.mapColumn(0, u"Org"_qs, u"company"_qs);
        QCOMPARE(draft.file(0).mapping.columnOf(u"company"_qs), u"Org"_qs);
        QCOMPARE(draft.file(0).mapping.attributeColumns(draft.file(0).header()), QStringList{u"company"_qs});
        draft.mapColumn(0, u"company"_qs, ImportDraft::ignoredField);
        QVERIFY(draft.file(0).mapping.attributeColumns(draft.file(0).header()).isEmpty());
        QCOMPARE(draft.samples(0, u"Org"_qs), QStringList{u"Acme"_qs});
    }

    void aChosenKindKeepsAcrossPreviews()
    {
        ImportDraft draft;
        draft.addFile(u"/tmp/e.csv"_qs);
        const CsvPreview preview = previewOf("lead_id,activity,occurred_at\nL1,email_open,2025-01-01\n");
        draft.setPreview(0, preview, std::nullopt);
        QCOMPARE(draft.file(0).kind, ImportKind::Events);
        draft.setKind(0, ImportKind::Outcomes);
        draft.setPreview(0, preview, std::nullopt);
        QCOMPARE(draft.file(0).kind, ImportKind::Outcomes);
        QCOMPARE(draft.file(0).mapping.kind, ImportKind::Outcomes);
    }

    void anAmbiguousDateNeedsAChoiceBeforeTheRequest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"events.csv"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("lead_id,activity,occurred_at\nL1,email_open,03/04/2025\nL1,email_open,05/06/2025\n");
        file.close();
        ImportDraft draft;
        draft.addFile(path);
        draft.setPreview(0, *CsvReader::preview(path, {}, 100), std::nullopt);
        auto scan = ImportScan::scan(ImportKind::Events, path, draft.file(0).mapping, draft.activities);
        QVERIFY(scan.ok());
        draft.file(0).scan = *scan;
        QVERIFY(!draft.datesResolved());
        QCOMPARE(draft.dateColumns().size(), 1);
        QVERIFY(draft.dateColumns().front().needsChoice());
        QVERIFY(!draft.request(true).ok());
        draft.chooseDateFormat(0, u"occurred_at"_qs, DateFormat::DayMonthYear);
        QVERIFY(draft.datesResolved());
        auto request = draft.request(true);
        QVERIFY(request.ok());
        QVERIFY(request->options.dryRun);
        QCOMPARE(request->sources.front().mapping.dateFormats.value(u"occurred_at"_qs), DateFormat::DayMonthYear);
    }

    // The mapping page goes on only with columns that have one name each.
    void aHeaderNamingAColumnTwiceCannotBeMapped()
    {
        ImportDraft draft;
        draft.addFile(u"/tmp/leads.csv"_qs);
        draft.setPreview(0, previewOf("lead_id,email,Notes,Notes\nL1,a@x.com,n1,n2\n"), std::nullopt);
        const Status checked = draft.checkMappings();
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().where, u"leads.csv"_qs);
        QVERIFY2(checked.error().what.contains(u"'Notes': column 3 and column 4"_qs), qPrintable(checked.error().what));
    }

    void savedPresetFitsOnlyFilesWithItsColumns()
    {
        ImportDraft draft;
        draft.addFile(u"/tmp/a.csv"_qs);
        draft.addFile(u"/tmp/b.csv"_qs);
        QVERIFY(!draft.addFile(u"/tmp/a.csv"_qs));
        draft.setPreview(0, previewOf("lead_id,E-Mail-Adresse\nL1,a@x.com\n"), std::nullopt);
        draft.setPreview(1, previewOf("lead_id,Mail\nL2,b@x.com\n"), std::nullopt);
        MappingFile saved;
        saved.name = u"Ours"_qs;
        ColumnMapping mapping;
        mapping.map(u"external_id"_qs, u"lead_id"_qs);
        mapping.map(u"email"_qs, u"E-Mail-Adresse"_qs);
        saved.mappings[ImportKind::Leads] = mapping;
        saved.activities = QJsonObject{{u"Booth Visit"_qs, u"contact_sales"_qs}};
        auto applied = draft.applyMappingFile(saved);
        QVERIFY(applied.ok());
        QCOMPARE(*applied, QStringList{u"b.csv"_qs});
        QCOMPARE(draft.file(0).mapping.columnOf(u"email"_qs), u"E-Mail-Adresse"_qs);
        QCOMPARE(draft.activities.keyFor(u"booth visit"), u"contact_sales"_qs);
        saved.activities = QJsonObject{{u"Booth Visit"_qs, u"no_such_key"_qs}};
        QVERIFY(!draft.applyMappingFile(saved).ok());
    }
};

QTEST_GUILESS_MAIN(TestImportDraft)
#include "tst_importdraft.moc"
