#include "demo/DemoGenerator.h"
#include "demo/DemoSinks.h"
#include "report/ReportBuilder.h"
#include "report/XlsxReport.h"
#include "report/XlsxSheetNames.h"
#include "report/ZipArchive.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Workspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace LeadStage;

// The XLSX of a real report, built from a small demo workspace: every table a sheet whose
// numbers are the document's, a chart per chart, the manifest back, sealed, and the same
// bytes twice.
class TestXlsxBuiltReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTableIsASheetOfItsNumbers();
    void everyChartIsThere();
    void theManifestComesBackSealed();
    void theSameDocumentGivesTheSameBytes();

private:
    QByteArray part(const QString &name) const;

    QTemporaryDir m_dir;
    std::optional<ReportDocument> m_document;
    QString m_path;
    std::vector<ReportPart> m_parts;
};

void TestXlsxBuiltReport::initTestCase()
{
    auto workspace = Workspace::create(m_dir.filePath(u"demo.leadstage"_qs));
    QVERIFY(workspace);
    auto sink = WorkspaceDemoSink::create(**workspace);
    QVERIFY(sink);
    DemoOptions options;
    options.leads = 2000;
    QVERIFY(DemoGenerator(options).run(**sink));
    QVERIFY(WorkspaceScorer(**workspace).run({}));
    ReportRequest request;
    request.quarter = *ReportRequest::quarterNamed(u"2025Q4"_qs);
    auto document = ReportBuilder::build(**workspace, request);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    m_document = std::move(document.value());
    m_path = m_dir.filePath(u"report.xlsx"_qs);
    const Status written = XlsxReport::write(*m_document, m_path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    auto parts = ZipArchive::read(m_path);
    QVERIFY(parts);
    m_parts = std::move(parts.value());
}

QByteArray TestXlsxBuiltReport::part(const QString &name) const
{
    for (const ReportPart &p : m_parts)
        if (p.name == name)
            return p.bytes;
    return {};
}

void TestXlsxBuiltReport::everyTableIsASheetOfItsNumbers()
{
    QStringList titles;
    for (const ReportTable &table : m_document->tables)
        titles.append(table.title);
    const QStringList names = XlsxSheetNames::make(titles, {XlsxReport::reportSheet, XlsxReport::manifestSheet});
    const QString workbook = QString::fromUtf8(part(u"xl/workbook.xml"_qs));
    int checked = 0;
    for (int t = 0; t < int(m_document->tables.size()); ++t) {
        const ReportTable &table = m_document->tables[std::size_t(t)];
        // libxlsxwriter numbers sheets in order: Report is 1, table t is t + 2.
        QString escaped = names[t];
        escaped.replace(u"&"_qs, u"&amp;"_qs);
        QVERIFY2(workbook.contains(u"<sheet name=\"%1\" sheetId=\"%2\""_qs.arg(escaped).arg(t + 2)),
                 qPrintable(escaped));
        QMap<QString, QString> values; // "B3" → <v>
        QXmlStreamReader reader(part(u"xl/worksheets/sheet%1.xml"_qs.arg(t + 2)));
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"c")
                continue;
            const QString ref = reader.attributes().value(QLatin1String("r")).toString();
            const bool number = reader.attributes().value(QLatin1String("t")).isEmpty();
            while (reader.readNextStartElement()) {
                if (reader.name() == u"v" && number)
                    values.insert(ref, reader.readElementText());
                else
                    reader.skipCurrentElement();
            }
        }
        for (int r = 0; r < int(table.rows.size()); ++r)
            for (int c = 0; c < int(table.columns.size()) && c < 26; ++c) {
                const ReportCell &cell = table.rows[std::size_t(r)][std::size_t(c)];
                if (table.columns[std::size_t(c)].kind == ValueKind::Text || !cell.value.isDouble())
                    continue;
                const QString ref = QString(QChar(u'A' + c)) + QString::number(r + 3);
                QVERIFY2(values.contains(ref), qPrintable(table.key + u' ' + ref));
                const double expected = cell.value.toDouble();
                QVERIFY2(qAbs(values.value(ref).toDouble() - expected) <= 1e-15 * qAbs(expected),
                         qPrintable(table.key + u' ' + ref + u' ' + values.value(ref)));
                ++checked;
            }
    }
    QVERIFY(checked > 100);
}

void TestXlsxBuiltReport::everyChartIsThere()
{
    int charts = 0;
    for (const ReportPart &p : m_parts)
        charts += QRegularExpression(u"^xl/charts/chart\\d+\\.xml$"_qs).match(p.name).hasMatch() ? 1 : 0;
    QVERIFY(!m_document->charts.empty());
    QCOMPARE(charts, int(m_document->charts.size()));
}

void TestXlsxBuiltReport::theManifestComesBackSealed()
{
    const auto manifest = XlsxReport::readManifest(m_path);
    QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().toString()));
    QJsonObject read = *manifest;
    QJsonObject expected = m_document->manifest;
    QVERIFY(read.value(u"seal"_qs) != expected.value(u"seal"_qs));
    read.remove(u"seal"_qs);
    expected.remove(u"seal"_qs);
    QCOMPARE(read, expected);
    const auto parts = XlsxReport::readParts(m_path);
    QVERIFY(parts);
    QCOMPARE(ReportSeal::check(*parts), ReportSeal::State::Intact);
}

void TestXlsxBuiltReport::theSameDocumentGivesTheSameBytes()
{
    const QString again = m_dir.filePath(u"again.xlsx"_qs);
    QVERIFY(XlsxReport::write(*m_document, again));
    QFile a(m_path);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

QTEST_MAIN(TestXlsxBuiltReport)
#include "tst_xlsxbuiltreport.moc"
