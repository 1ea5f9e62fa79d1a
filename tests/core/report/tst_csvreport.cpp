#include "SampleReport.h"
#include "report/CsvReport.h"
#include "report/ReportManifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

class TestCsvReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneFilePerTableInTheDocumentsOrder();
    void filesAreUtf8WithBomAndCrlf();
    void theFirstRowHoldsTheColumnTitles();
    void everyValueIsExact();
    void textCellsAreEscapedAgainstFormulas();
    void theSealCoversEveryFile_data();
    void theSealCoversEveryFile();
    void theSameDocumentGivesTheSameFiles();
    void aWrittenFolderReadsBackTheSame();
    void aPreviousReportIsReplacedWhole();
    void aFolderWithOtherFilesIsRefused_data();
    void aFolderWithOtherFilesIsRefused();
    void aFolderWithoutManifestIsNoReport();
};

namespace {

// RFC 4180 rows of one file (after the BOM): quoted cells may hold commas, quotes and line breaks.
std::vector<QStringList> rowsOf(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes.mid(3));
    std::vector<QStringList> rows(1);
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.back() << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            rows.back() << cell;
            cell.clear();
            rows.emplace_back();
            ++i;
        } else {
            cell += c;
        }
    }
    rows.pop_back(); // after the last CRLF
    return rows;
}

QStringList namesOf(const std::vector<ReportPart> &parts)
{
    QStringList names;
    for (const ReportPart &part : parts)
        names << part.name;
    return names;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

void TestCsvReport::oneFilePerTableInTheDocumentsOrder()
{
    const auto parts = CsvReport::render(SampleReport::make());
    QCOMPARE(namesOf(parts), (QStringList{u"01-generationByMonth.csv"_qs, u"02-qualityBySource.csv"_qs,
                                          u"03-cohortConversion.csv"_qs, u"manifest.json"_qs}));
}

void TestCsvReport::filesAreUtf8WithBomAndCrlf()
{
    for (const ReportPart &part : CsvReport::render(SampleReport::make())) {
        if (!part.name.endsWith(u".csv"_qs))
            continue;
        QVERIFY2(part.bytes.startsWith("\xEF\xBB\xBF"), qPrintable(part.name));
        QVERIFY(part.bytes.endsWith("\r\n"));
        QCOMPARE(part.bytes.count('\n'), part.bytes.count("\r\n"));
        QVERIFY(QString::fromUtf8(part.bytes.mid(3)).toUtf8() == part.bytes.mid(3)); // valid UTF-8
    }
}

void TestCsvReport::theFirstRowHoldsTheColumnTitles()
{
    const auto parts = CsvReport::render(SampleReport::make());
    QVERIFY(parts[1].bytes.startsWith("\xEF\xBB\xBFSource,IQLs,IQL \xE2\x86\x92 MQL\r\n"));
    QCOMPARE(rowsOf(parts[0].bytes).front(), (QStringList{u"Month"_qs, u"IQLs"_qs, u"MQLs"_qs}));
}

void TestCsvReport::everyValueIsExact()
{
    const ReportDocument document = SampleReport::make();
    const auto parts = CsvReport::render(document);
    for (std::size_t t = 0; t < document.tables.size(); ++t) {
        const ReportTable &table = document.tables[t];
        const auto rows = rowsOf(parts[t].bytes);
        QCOMPARE(rows.size(), table.rows.size() + 1);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            QCOMPARE(rows[r + 1].size(), qsizetype(table.columns.size()));
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const QJsonValue &value = table.rows[r][c].value;
                const QString &written = rows[r + 1][qsizetype(c)];
                if (value.isNull()) {
                    QCOMPARE(written, QString());
                } else if (value.isDouble()) {
                    bool ok = false;
                    QCOMPARE(written.toDouble(&ok), value.toDouble()); // shortest text, read back bit for bit
                    QVERIFY(ok);
                } else {
                    QCOMPARE(written, CsvWriter::safeText(value.toString()));
                }
            }
        }
    }
    // Counts are whole numbers, rates their shortest exact text.
    QVERIFY(parts[1].bytes.contains("\r\nSource 1,1000,0.1\r\n"));
    QVERIFY(parts[1].bytes.contains("\r\nNobody,0,\r\n"));
}

void TestCsvReport::textCellsAreEscapedAgainstFormulas()
{
    ReportDocument document = SampleReport::make();
    document.tables[1].rows[1][0] = SampleReport::text(u"@SUM(A1:A9)"_qs);
    document.tables[1].columns[0].title = u"=Source"_qs;
    const auto parts = CsvReport::render(document);
    QVERIFY(parts[1].bytes.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",12,0.25\r\n"));
    QVERIFY(parts[1].bytes.contains("\r\n\"'@SUM(A1:A9)\",0,\r\n"));
    QVERIFY(parts[1].bytes.startsWith("\xEF\xBB\xBF\"'=Source\",IQLs"));
}

void TestCsvReport::theSealCoversEveryFile_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("a count") << 0 << QByteArray(",310,") << QByteArray(",311,");
    QTest::newRow("a rate") << 1 << QByteArray(",0.25\r\n") << QByteArray(",0.26\r\n");
    QTest::newRow("the manifest") << 3 << QByteArray("2025-Q4") << QByteArray("2025-Q3");
}

void TestCsvReport::theSealCoversEveryFile()
{
    QFETCH(int, part);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    auto parts = CsvReport::render(SampleReport::make());
    QCOMPARE(ReportSeal::check(parts), ReportSeal::State::Intact);
    QByteArray &bytes = parts[std::size_t(part)].bytes;
    QVERIFY(bytes.contains(from));
    bytes.replace(bytes.indexOf(from), from.size(), to);
    QCOMPARE(ReportSeal::check(parts), ReportSeal::State::Broken);
}

void TestCsvReport::theSameDocumentGivesTheSameFiles()
{
    const auto first = CsvReport::render(SampleReport::make());
    const auto second = CsvReport::render(SampleReport::make());
    QCOMPARE(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        QCOMPARE(first[i].name, second[i].name);
        QCOMPARE(first[i].bytes, second[i].bytes);
    }
}

void TestCsvReport::aWrittenFolderReadsBackTheSame()
{
    QTemporaryDir home;
    const QString folder = home.filePath(u"reports/2025-Q4"_qs); // the parent is made too
    const auto parts = CsvReport::render(SampleReport::make());
    const Status written = CsvReport::writeFolder(parts, folder);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(entriesOf(home.filePath(u"reports"_qs)), QStringList{u"2025-Q4"_qs}); // nothing left beside it

    writeFile(folder + u"/notes.txt"_qs, "not the report's"); // other files are not read as the report
    const Result<std::vector<ReportPart>> read = CsvReport::readFolder(folder);
    QVERIFY(read.ok());
    QCOMPARE(namesOf(*read), namesOf(parts));
    for (std::size_t i = 0; i < parts.size(); ++i)
        QCOMPARE((*read)[i].bytes, parts[i].bytes);
    QCOMPARE(ReportSeal::check(*read), ReportSeal::State::Intact);
    const Result<QJsonObject> manifest = CsvReport::readManifest(*read);
    QVERIFY(manifest.ok());
    QCOMPARE(manifest->value(u"kind"_qs).toString(), ReportManifest::kind());

    // An edited file on disk breaks the seal.
    QFile::remove(folder + u"/notes.txt"_qs);
    QByteArray edited = parts[0].bytes;
    edited.replace(",310,", ",301,");
    QVERIFY(writeFile(folder + u"/01-generationByMonth.csv"_qs, edited));
    QCOMPARE(ReportSeal::check(*CsvReport::readFolder(folder)), ReportSeal::State::Broken);
    // So does a removed one.
    QFile::remove(folder + u"/02-qualityBySource.csv"_qs);
    QCOMPARE(ReportSeal::check(*CsvReport::readFolder(folder)), ReportSeal::State::Broken);
}

void TestCsvReport::aPreviousReportIsReplacedWhole()
{
    QTemporaryDir home;
    const QString folder = home.filePath(u"report"_qs);
    QVERIFY(QDir().mkdir(folder)); // an empty folder is fine
    ReportDocument document = SampleReport::make();
    QVERIFY(CsvReport::writeFolder(CsvReport::render(document), folder).ok());
    // The next report has one table less: its folder holds exactly the new files.
    document.tables.pop_back();
    const auto parts = CsvReport::render(document);
    const Status written = CsvReport::writeFolder(parts, folder);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(entriesOf(folder), namesOf(parts));
    QCOMPARE(entriesOf(home.path()), QStringList{u"report"_qs});
    QCOMPARE(ReportSeal::check(*CsvReport::readFolder(folder)), ReportSeal::State::Intact);
}

void TestCsvReport::aFolderWithOtherFilesIsRefused_data()
{
    QTest::addColumn<bool>("withReport");
    QTest::newRow("someone's notes") << false;
    QTest::newRow("a report with someone's notes added") << true;
}

void TestCsvReport::aFolderWithOtherFilesIsRefused()
{
    QFETCH(bool, withReport);
    QTemporaryDir home;
    const QString folder = home.filePath(u"Documents"_qs);
    if (withReport)
        QVERIFY(CsvReport::writeFolder(CsvReport::render(SampleReport::make()), folder).ok());
    else
        QVERIFY(QDir().mkdir(folder));
    QVERIFY(writeFile(folder + u"/notes.txt"_qs, "keep me"));
    const QStringList before = entriesOf(folder);

    const Status written = CsvReport::writeFolder(CsvReport::render(SampleReport::make()), folder);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().what.contains(u"not empty"_qs), qPrintable(written.error().toString()));
    QVERIFY(!written.error().hint.isEmpty());
    QCOMPARE(entriesOf(folder), before);
    QCOMPARE(entriesOf(home.path()), QStringList{u"Documents"_qs});

    QVERIFY(writeFile(home.filePath(u"a-file"_qs), "x"));
    QVERIFY(!CsvReport::writeFolder(CsvReport::render(SampleReport::make()), home.filePath(u"a-file"_qs)).ok());
}

void TestCsvReport::aFolderWithoutManifestIsNoReport()
{
    QTemporaryDir home;
    QVERIFY(writeFile(home.filePath(u"01-stages.csv"_qs), "\xEF\xBB\xBFStage\r\n"));
    const Result<std::vector<ReportPart>> read = CsvReport::readFolder(home.path());
    QVERIFY(!read.ok());
    QVERIFY(read.error().what.contains(u"manifest.json"_qs));
    QVERIFY(!CsvReport::readFolder(home.filePath(u"missing"_qs)).ok());
}

QTEST_GUILESS_MAIN(TestCsvReport)
#include "tst_csvreport.moc"
