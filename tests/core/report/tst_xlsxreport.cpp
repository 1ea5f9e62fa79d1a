#include "SampleReport.h"
#include "report/ReportManifest.h"
#include "report/XlsxReport.h"
#include "report/XlsxSheetNames.h"
#include "report/ZipArchive.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace LeadStage;

class TestXlsxReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSheetPerTableBesideReportAndHiddenManifest();
    void numbersAreTheDocumentsExactValues();
    void numbersCarryTheirKindsFormat();
    void textIsTextNeverAFormula();
    void headersAreFrozenAndFiltered();
    void everyChartIsANativeChartOfItsTablesCells();
    void reportSheetHoldsTheSummary();
    void rerunsAreByteIdentical();
    void theManifestReadsBackSealed();
    void editingOneCellBreaksTheSeal();
    void sheetNamesAreWhatExcelAccepts_data();
    void sheetNamesAreWhatExcelAccepts();
    void aLongManifestSpansCellsAndStillSeals();
    void anUnwritableFolderIsAReadableError();

private:
    struct Cell
    {
        QString type;
        int style = 0;
        QString value;
        bool formula = false;
    };
    using Sheet = QMap<QString, Cell>; // by reference: "B3"

    QString partText(const QString &name) const;
    QString sheetPart(const QString &name) const; // "xl/worksheets/sheet2.xml"
    Sheet cells(const QString &sheetName) const;
    QString stringOf(const Cell &cell) const;
    QString formatOf(const Cell &cell) const;

    QTemporaryDir m_dir;
    ReportDocument m_document;
    QString m_path;
    std::vector<ReportPart> m_parts;
    QStringList m_sheetNames; // the table sheets', in table order
    QStringList m_sharedStrings;
};

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString columnName(int column)
{
    return QString(QChar(u'A' + column));
}

QString reference(int row, int column) // 0-based, as libxlsxwriter counts
{
    return columnName(column) + QString::number(row + 1);
}

QString range(const QString &sheet, int column, int firstRow, int lastRow)
{
    QString quoted = sheet;
    quoted.replace(u"'"_qs, u"''"_qs);
    return u"'%1'!$%2$%3:$%2$%4"_qs.arg(quoted, columnName(column)).arg(firstRow + 1).arg(lastRow + 1);
}

} // namespace

void TestXlsxReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_document = SampleReport::make();
    m_path = m_dir.filePath(u"report.xlsx"_qs);
    const Status written = XlsxReport::write(m_document, m_path);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
    Result<std::vector<ReportPart>> parts = ZipArchive::read(m_path);
    QVERIFY2(parts.ok(), qPrintable(parts ? QString() : parts.error().toString()));
    m_parts = *parts;
    QStringList titles;
    for (const ReportTable &table : m_document.tables)
        titles.append(table.title);
    m_sheetNames = XlsxSheetNames::make(titles, {XlsxReport::reportSheet, XlsxReport::manifestSheet});

    QXmlStreamReader reader(partText(u"xl/sharedStrings.xml"_qs));
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"t")
            m_sharedStrings.append(reader.readElementText());
}

QString TestXlsxReport::partText(const QString &name) const
{
    for (const ReportPart &part : m_parts)
        if (part.name == name)
            return QString::fromUtf8(part.bytes);
    return {};
}

QString TestXlsxReport::sheetPart(const QString &name) const
{
    // Sheets are numbered in workbook order, as libxlsxwriter writes them.
    const QString workbook = partText(u"xl/workbook.xml"_qs);
    QRegularExpression sheet(u"<sheet name=\"([^\"]*)\" sheetId=\"(\\d+)\""_qs);
    for (auto match = sheet.globalMatch(workbook); match.hasNext();) {
        const auto m = match.next();
        QString unescaped = m.captured(1);
        unescaped.replace(u"&amp;"_qs, u"&"_qs);
        if (unescaped == name)
            return u"xl/worksheets/sheet%1.xml"_qs.arg(m.captured(2));
    }
    return {};
}

TestXlsxReport::Sheet TestXlsxReport::cells(const QString &sheetName) const
{
    Sheet sheet;
    QXmlStreamReader reader(partText(sheetPart(sheetName)));
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"c")
            continue;
        Cell cell;
        const QString ref = reader.attributes().value(QLatin1String("r")).toString();
        cell.type = reader.attributes().value(QLatin1String("t")).toString();
        cell.style = reader.attributes().value(QLatin1String("s")).toInt();
        while (reader.readNextStartElement()) {
            if (reader.name() == u"f")
                cell.formula = true;
            if (reader.name() == u"v")
                cell.value = reader.readElementText();
            else
                reader.skipCurrentElement();
        }
        sheet.insert(ref, cell);
    }
    return sheet;
}

QString TestXlsxReport::stringOf(const Cell &cell) const
{
    return cell.type == u"s" ? m_sharedStrings.value(cell.value.toInt()) : QString();
}

// The number format of a cell's style: styles.xml's cellXfs → numFmtId → numFmt or built-in.
QString TestXlsxReport::formatOf(const Cell &cell) const
{
    const QString styles = partText(u"xl/styles.xml"_qs);
    QMap<int, QString> formats{{0, u"General"_qs}, {2, u"0.00"_qs}, {3, u"#,##0"_qs}, {9, u"0%"_qs}, {10, u"0.00%"_qs}};
    QRegularExpression numFmt(u"<numFmt numFmtId=\"(\\d+)\" formatCode=\"([^\"]*)\""_qs);
    for (auto match = numFmt.globalMatch(styles); match.hasNext();) {
        const auto m = match.next();
        formats.insert(m.captured(1).toInt(), m.captured(2));
    }
    const QString xfs = styles.section(u"<cellXfs"_qs, 1).section(u"</cellXfs>"_qs, 0, 0);
    QRegularExpression xf(u"<xf numFmtId=\"(\\d+)\""_qs);
    int index = 0;
    for (auto match = xf.globalMatch(xfs); match.hasNext(); ++index) {
        const auto m = match.next();
        if (index == cell.style)
            return formats.value(m.captured(1).toInt(), u"?"_qs);
    }
    return u"(no style %1)"_qs.arg(cell.style);
}

void TestXlsxReport::aSheetPerTableBesideReportAndHiddenManifest()
{
    const QString workbook = partText(u"xl/workbook.xml"_qs);
    QRegularExpression sheet(u"<sheet name=\"([^\"]*)\"[^>]*?( state=\"hidden\")?[^>]*/>"_qs);
    QStringList names;
    QStringList hidden;
    for (auto match = sheet.globalMatch(workbook); match.hasNext();) {
        const auto m = match.next();
        names.append(m.captured(1));
        if (m.captured(0).contains(u"state=\"hidden\""_qs))
            hidden.append(m.captured(1));
    }
    QCOMPARE(names, QStringList{XlsxReport::reportSheet} + m_sheetNames + QStringList{XlsxReport::manifestSheet});
    QCOMPARE(hidden, QStringList{XlsxReport::manifestSheet});
    for (int t = 0; t < int(m_document.tables.size()); ++t) {
        const Sheet sheet = cells(m_sheetNames[t]);
        QCOMPARE(stringOf(sheet.value(u"A1"_qs)), m_document.tables[std::size_t(t)].title);
        for (int c = 0; c < int(m_document.tables[std::size_t(t)].columns.size()); ++c)
            QCOMPARE(stringOf(sheet.value(reference(1, c))),
                     m_document.tables[std::size_t(t)].columns[std::size_t(c)].title);
        const ReportTable &table = m_document.tables[std::size_t(t)];
        if (!table.note.isEmpty())
            QCOMPARE(stringOf(sheet.value(reference(2 + int(table.rows.size()) + 1, 0))), table.note);
    }
}

void TestXlsxReport::numbersAreTheDocumentsExactValues()
{
    int numbers = 0;
    int nulls = 0;
    for (int t = 0; t < int(m_document.tables.size()); ++t) {
        const ReportTable &table = m_document.tables[std::size_t(t)];
        const Sheet sheet = cells(m_sheetNames[t]);
        for (int r = 0; r < int(table.rows.size()); ++r)
            for (int c = 0; c < int(table.columns.size()); ++c) {
                const ReportCell &expected = table.rows[std::size_t(r)][std::size_t(c)];
                const QString ref = reference(2 + r, c);
                if (expected.value.isNull()) {
                    QVERIFY2(!sheet.contains(ref) || sheet.value(ref).value.isEmpty(), qPrintable(ref));
                    ++nulls;
                } else if (expected.value.isDouble()) {
                    const Cell cell = sheet.value(ref);
                    QVERIFY2(cell.type.isEmpty() || cell.type == u"n", qPrintable(ref + u" is no number"_qs));
                    bool ok = false;
                    const double written = cell.value.toDouble(&ok);
                    QVERIFY2(ok, qPrintable(ref + u": "_qs + cell.value));
                    // libxlsxwriter writes 16 significant digits (Excel keeps 15).
                    QVERIFY2(
                        qAbs(written - expected.value.toDouble()) <= 1e-15 * qAbs(expected.value.toDouble()),
                        qPrintable(u"%1: %2 vs %3"_qs.arg(ref, cell.value).arg(expected.value.toDouble(), 0, 'g', 17)));
                    ++numbers;
                }
            }
    }
    QCOMPARE(numbers, 6 * 2 + 62 + 61 + 3); // one source and one cohort have no rate
    QCOMPARE(nulls, 2);
}

void TestXlsxReport::numbersCarryTheirKindsFormat()
{
    const QMap<ValueKind, QString> expected{{ValueKind::Count, u"#,##0"_qs}, {ValueKind::Fraction, u"0.0%"_qs}};
    for (int t = 0; t < int(m_document.tables.size()); ++t) {
        const ReportTable &table = m_document.tables[std::size_t(t)];
        const Sheet sheet = cells(m_sheetNames[t]);
        for (int c = 0; c < int(table.columns.size()); ++c) {
            if (!expected.contains(table.columns[std::size_t(c)].kind))
                continue;
            for (int r = 0; r < int(table.rows.size()); ++r)
                if (table.rows[std::size_t(r)][std::size_t(c)].value.isDouble())
                    QCOMPARE(formatOf(sheet.value(reference(2 + r, c))),
                             expected.value(table.columns[std::size_t(c)].kind));
        }
    }
}

void TestXlsxReport::textIsTextNeverAFormula()
{
    const Sheet sources = cells(m_sheetNames[1]);
    const Cell hyperlink = sources.value(u"A3"_qs);
    QCOMPARE(hyperlink.type, u"s"_qs);
    QCOMPARE(stringOf(hyperlink), u"'=HYPERLINK(\"http://x\")"_qs);
    for (const ReportPart &part : m_parts)
        if (part.name.startsWith(u"xl/worksheets/"_qs))
            QVERIFY2(!part.bytes.contains("<f>") && !part.bytes.contains("<f "), qPrintable(part.name));
}

void TestXlsxReport::headersAreFrozenAndFiltered()
{
    for (int t = 0; t < int(m_document.tables.size()); ++t) {
        const ReportTable &table = m_document.tables[std::size_t(t)];
        const QString xml = partText(sheetPart(m_sheetNames[t]));
        QVERIFY2(xml.contains(QRegularExpression(u"<pane ySplit=\"2\" topLeftCell=\"A3\"[^>]*state=\"frozen\""_qs)),
                 qPrintable(m_sheetNames[t]));
        const QString filter =
            u"<autoFilter ref=\"A2:%1\"/>"_qs.arg(reference(1 + int(table.rows.size()), int(table.columns.size()) - 1));
        QVERIFY2(xml.contains(filter), qPrintable(filter));
        QVERIFY(xml.contains(u"<col "_qs)); // fitted widths
    }
    // The header's style: bold, filled, a bottom border.
    const Cell header = cells(m_sheetNames[0]).value(u"A2"_qs);
    const QString styles = partText(u"xl/styles.xml"_qs);
    const QString xf = styles.section(u"<cellXfs"_qs, 1).split(u"<xf "_qs).value(header.style + 1);
    QVERIFY2(xf.contains(u"fillId=\"2\""_qs) && !xf.contains(u"borderId=\"0\""_qs), qPrintable(xf));
}

void TestXlsxReport::everyChartIsANativeChartOfItsTablesCells()
{
    QStringList chartParts;
    for (const ReportPart &part : m_parts)
        if (QRegularExpression(u"^xl/charts/chart\\d+\\.xml$"_qs).match(part.name).hasMatch())
            chartParts.append(QString::fromUtf8(part.bytes));
    QCOMPARE(chartParts.size(), int(m_document.charts.size()));
    for (const ReportChart &chart : m_document.charts) {
        const ReportTable *table = m_document.table(chart.tableKey);
        QVERIFY(table);
        const int t = int(table - m_document.tables.data());
        const int last = 1 + int(table->rows.size());
        const auto found = std::find_if(chartParts.begin(), chartParts.end(),
                                        [&](const QString &xml) { return xml.contains(u"<a:t>"_qs + chart.title); });
        QVERIFY2(found != chartParts.end(), qPrintable(chart.title));
        const QString &xml = *found;
        QVERIFY(xml.contains(chart.kind == ReportChart::Kind::Lines ? u"<c:lineChart>"_qs : u"<c:barChart>"_qs));
        QVERIFY(xml.contains(u"<c:f>"_qs + range(m_sheetNames[t], chart.categoryColumn, 2, last) + u"</c:f>"_qs));
        for (const int c : chart.seriesColumns)
            QVERIFY2(xml.contains(u"<c:f>"_qs + range(m_sheetNames[t], c, 2, last) + u"</c:f>"_qs),
                     qPrintable(range(m_sheetNames[t], c, 2, last)));
        QVERIFY(xml.contains(u"<a:t>"_qs + chart.valueAxisTitle + u"</a:t>"_qs));
        const QString format = table->columns[std::size_t(chart.seriesColumns.front())].kind == ValueKind::Fraction
                                   ? u"0.0%"_qs
                                   : u"#,##0"_qs;
        QVERIFY(xml.contains(u"<c:numFmt formatCode=\"%1\""_qs.arg(format)));
        // A Lines chart shows its band as two more series, out of the legend.
        const int series = int(xml.count(u"<c:ser>"_qs));
        QCOMPARE(series,
                 int(chart.seriesColumns.size()) + (chart.kind == ReportChart::Kind::Lines && chart.band ? 2 : 0));
    }
    // The band's constants sit in hidden columns of the cohort sheet.
    const Sheet cohorts = cells(m_sheetNames[2]);
    QCOMPARE(cohorts.value(u"D3"_qs).value.toDouble(), m_document.charts[1].band->low);
    QCOMPARE(cohorts.value(u"E6"_qs).value.toDouble(), m_document.charts[1].band->high);
    QVERIFY(partText(sheetPart(m_sheetNames[2])).contains(u"hidden=\"1\""_qs));
}

void TestXlsxReport::reportSheetHoldsTheSummary()
{
    const Sheet report = cells(XlsxReport::reportSheet);
    QStringList texts;
    for (const Cell &cell : report)
        texts.append(stringOf(cell));
    for (const QString &expected :
         {m_document.title, m_document.subtitle, m_document.dateLine, m_document.contentsTitle,
          m_document.sections[0].blocks[0].text, m_document.sections[0].blocks[1].kpis[2].value,
          m_document.sections[0].blocks[1].kpis[2].band, m_document.tables[1].title})
        QVERIFY2(texts.contains(expected), qPrintable(expected));
    // The table of contents links to every table's sheet.
    const QString xml = partText(sheetPart(XlsxReport::reportSheet));
    for (const QString &name : m_sheetNames)
        QVERIFY2(xml.contains(u"location=\"'%1'!A1\""_qs.arg(name)), qPrintable(name));
}

void TestXlsxReport::rerunsAreByteIdentical()
{
    const QString again = m_dir.filePath(u"again.xlsx"_qs);
    QTest::qWait(1100); // a clock in the file would show now
    QVERIFY(XlsxReport::write(SampleReport::make(), again).ok());
    QCOMPARE(fileBytes(again), fileBytes(m_path));
    QVERIFY(partText(u"docProps/core.xml"_qs).contains(u"2026-01-15T00:00:00Z"_qs));
    // No temporary files left in the folder.
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.filter(u".part"_qs).isEmpty(), qPrintable(left.join(u", "_qs)));
}

void TestXlsxReport::theManifestReadsBackSealed()
{
    const Result<QJsonObject> manifest = XlsxReport::readManifest(m_path);
    QVERIFY2(manifest.ok(), qPrintable(manifest ? QString() : manifest.error().toString()));
    const QString seal = manifest->value(u"seal"_qs).toString();
    QVERIFY(seal.startsWith(QString::fromLatin1(ReportSeal::marker())));
    QVERIFY(seal != QString::fromLatin1(ReportSeal::placeholder()));
    QJsonObject withoutSeal = *manifest;
    withoutSeal.remove(u"seal"_qs);
    QJsonObject expected = m_document.manifest;
    expected.remove(u"seal"_qs);
    QCOMPARE(withoutSeal, expected);

    const Result<std::vector<ReportPart>> parts = XlsxReport::readParts(m_path);
    QVERIFY(parts.ok());
    QVERIFY(std::is_sorted(parts->begin(), parts->end(),
                           [](const ReportPart &a, const ReportPart &b) { return a.name < b.name; }));
    QCOMPARE(ReportSeal::check(*parts), ReportSeal::State::Intact);
}

void TestXlsxReport::editingOneCellBreaksTheSeal()
{
    std::vector<ReportPart> parts = m_parts;
    const QString sheet = sheetPart(m_sheetNames[0]);
    bool edited = false;
    for (ReportPart &part : parts)
        if (part.name == sheet) {
            QVERIFY(part.bytes.contains("<v>310</v>"));
            part.bytes.replace("<v>310</v>", "<v>311</v>");
            edited = true;
        }
    QVERIFY(edited);
    const QString copy = m_dir.filePath(u"edited.xlsx"_qs);
    QVERIFY(ZipArchive::write(parts, copy).ok());
    const Result<std::vector<ReportPart>> read = XlsxReport::readParts(copy);
    QVERIFY(read.ok());
    QCOMPARE(ReportSeal::check(*read), ReportSeal::State::Broken);
    QVERIFY(XlsxReport::readManifest(copy).ok()); // still readable: verify can say what moved

    // Repacked untouched, in another order, it still checks intact: the seal is over names.
    std::vector<ReportPart> reordered = m_parts;
    std::reverse(reordered.begin(), reordered.end());
    const QString repacked = m_dir.filePath(u"repacked.xlsx"_qs);
    QVERIFY(ZipArchive::write(reordered, repacked).ok());
    QCOMPARE(ReportSeal::check(*XlsxReport::readParts(repacked)), ReportSeal::State::Intact);
}

void TestXlsxReport::sheetNamesAreWhatExcelAccepts_data()
{
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("plain") << QStringList{u"Stages"_qs} << QStringList{u"Stages"_qs};
    QTest::newRow("refused characters") << QStringList{u"A/B: [x]*?\\"_qs} << QStringList{u"A_B_ _x____"_qs};
    QTest::newRow("too long") << QStringList{u"IQL → MQL conversion by cohort and month"_qs}
                              << QStringList{u"IQL → MQL conversion by cohort"_qs};
    QTest::newRow("cut at a word") << QStringList{u"The four IQL metrics against their bands"_qs}
                                   << QStringList{u"The four IQL metrics against"_qs};
    QTest::newRow("twice, ignoring case") << QStringList{u"Sources"_qs, u"sources"_qs, u"SOURCES"_qs}
                                          << QStringList{u"Sources"_qs, u"sources (2)"_qs, u"SOURCES (3)"_qs};
    QTest::newRow("a reserved name") << QStringList{u"report"_qs, u"Manifest"_qs}
                                     << QStringList{u"report (2)"_qs, u"Manifest (2)"_qs};
    QTest::newRow("long twice") << QStringList{u"0123456789012345678901234567890123"_qs,
                                               u"0123456789012345678901234567890"_qs}
                                << QStringList{u"0123456789012345678901234567890"_qs,
                                               u"012345678901234567890123456 (2)"_qs};
    QTest::newRow("apostrophes and nothing")
        << QStringList{u"'quoted'"_qs, u""_qs} << QStringList{u"quoted"_qs, u"Table"_qs};
}

void TestXlsxReport::sheetNamesAreWhatExcelAccepts()
{
    QFETCH(QStringList, titles);
    QFETCH(QStringList, names);
    QCOMPARE(XlsxSheetNames::make(titles, {XlsxReport::reportSheet, XlsxReport::manifestSheet}), names);
}

void TestXlsxReport::aLongManifestSpansCellsAndStillSeals()
{
    ReportDocument document = SampleReport::make(5);
    // Long enough for several cells, with the seal near a cell's end and text needing two
    // bytes a character, so a cut could fall inside either.
    QJsonArray numbers;
    for (int i = 0; i < 9000; ++i)
        numbers.append(u"Zürich <%1>"_qs.arg(i));
    document.manifest.insert(u"numbers"_qs, numbers);
    document.manifest.insert(u"aSeal"_qs, QString::fromLatin1(ReportSeal::placeholder()));
    document.manifest.remove(u"seal"_qs);
    const QString path = m_dir.filePath(u"long.xlsx"_qs);
    const Status written = XlsxReport::write(document, path);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
    const Result<QJsonObject> manifest = XlsxReport::readManifest(path);
    QVERIFY2(manifest.ok(), qPrintable(manifest ? QString() : manifest.error().toString()));
    QCOMPARE(manifest->value(u"numbers"_qs).toArray(), numbers);
    QCOMPARE(ReportSeal::check(*XlsxReport::readParts(path)), ReportSeal::State::Intact);
    const QByteArray embeddable = ReportManifest::embeddable(document.manifest);
    QVERIFY(embeddable.size() > 3 * XlsxReport::manifestChunk);
}

void TestXlsxReport::anUnwritableFolderIsAReadableError()
{
    const Status written = XlsxReport::write(m_document, m_dir.filePath(u"no/folder/report.xlsx"_qs));
    QVERIFY(!written.ok());
    QVERIFY(!written.error().what.isEmpty());
    QVERIFY(!written.error().hint.isEmpty());
}

QTEST_MAIN(TestXlsxReport)
#include "tst_xlsxreport.moc"
