// What the import must not do after a fault in its input: take quadratic time over a
// wide header, store mojibake or NUL bytes, accept a header that names a column twice,
// record an import of a file without rows, misread numbers, or hang on a pipe.

#include "ImportFixture.h"
#include "import/HashingFile.h"
#include "import/ImportPreset.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <future>
#include <thread>

using namespace LeadStage;
using Fixture = LeadStage::Test::ImportFixture;

namespace {

QByteArray utf16(QStringView text, bool littleEndian, bool byteOrderMark = true)
{
    QByteArray bytes = !byteOrderMark ? QByteArray() : littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char low = char(c.unicode() & 0xFF), high = char(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return bytes;
}

// The generic preset's mapping for this header, without a scan (which refuses what
// these tests hand the import directly).
ImportSource genericSource(ImportKind kind, const QString &path, const QByteArray &headerLine,
                           const CsvReader::Options &csv = {})
{
    const QStringList header = QString::fromUtf8(headerLine).split(u',');
    ColumnMapping mapping = findPreset(kind, u"generic")->apply(header);
    for (const QString &field : importFields(kind))
        if (isDateField(kind, field))
            mapping.dateFormats.insert(field, DateFormat::Iso8601);
    return ImportSource{kind, path, mapping, csv, nullptr};
}

QString errorText(const Result<ImportReport> &report)
{
    return report ? QString() : report.error().toString();
}

} // namespace

class TestImportFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A reader that gives up early must fail the test, not kill it: the pipe's
        // writer then gets EPIPE instead of SIGPIPE.
        ::signal(SIGPIPE, SIG_IGN);
    }

    // 100,012 columns, one row: resolving the mapping and writing attrs stay linear
    // (they took 37 s when each column was looked up by name in the header).
    void wideHeaderImportsInLinearTime()
    {
        Fixture fixture;
        QByteArray header = "lead_id,email,first_name,last_name,company,job_title,industry,employees,country,source,"
                            "campaign,created_at";
        QByteArray row = "L1,a@x.example,Ann,Lee,Acme,CTO,Software,10,DE,web,spring,2025-01-01";
        constexpr int extra = 100000;
        for (int i = 0; i < extra; ++i) {
            header += ",attr" + QByteArray::number((i * 7919) % extra); // every name once, out of order
            row += ",v" + QByteArray::number(i);
        }
        const QString path = fixture.write(u"wide.csv"_qs, header + "\n" + row + "\n");
        QElapsedTimer clock;
        clock.start();
        auto report = fixture.run({fixture.source(ImportKind::Leads, path)});
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(report->files[0].inserted, 1);
        QVERIFY2(elapsed < 10000, qPrintable(u"%1 ms for one row of 100,012 columns"_qs.arg(elapsed)));
        QCOMPARE(fixture.count("SELECT count(*) FROM leads, json_each(leads.attrs)"), extra);
        // Column 13 (the first extra one) is attr0 with v0; column 14 is attr7919 with v1.
        QCOMPARE(fixture.text("SELECT json_extract(attrs, '$.attr0') FROM leads"), u"v0"_qs);
        QCOMPARE(fixture.text("SELECT json_extract(attrs, '$.attr7919') FROM leads"), u"v1"_qs);
        QCOMPARE(fixture.text("SELECT company FROM leads"), u"Acme"_qs);
    }

    void duplicateColumnNamesAreRefusedBeforeWriting_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("a mapped column twice")
            << QByteArray("lead_id,activity,occurred_at,detail,activity") << u"activity"_qs << 2 << 5;
        QTest::newRow("a column kept in attrs twice")
            << QByteArray("lead_id,Notes,activity,occurred_at,Notes") << u"Notes"_qs << 2 << 5;
    }

    // Leads land first in the same transaction; the events file's header then names a
    // column twice, and the whole import is refused with nothing written.
    void duplicateColumnNamesAreRefusedBeforeWriting()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, name);
        QFETCH(int, first);
        QFETCH(int, second);
        Fixture fixture;
        const QString leads = fixture.write(u"l.csv"_qs, "lead_id,email\nL1,a@x.example\n");
        QByteArray events = header + "\n";
        events += header.count(',') == 4 && header.startsWith("lead_id,Notes")
                      ? "L1,n1,ebook_download,2025-02-01T00:00:00Z,n2\n"
                      : "L1,ebook_download,2025-02-01T00:00:00Z,d,ebook_download\n";
        const QString path = fixture.write(u"e.csv"_qs, events);
        auto report =
            fixture.run({fixture.source(ImportKind::Leads, leads), genericSource(ImportKind::Events, path, header)});
        QVERIFY(!report.ok());
        const Error &error = report.error();
        QCOMPARE(error.where, path);
        QCOMPARE(error.column, second);
        QVERIFY2(error.what.contains(u"'%1': column %2 and column %3"_qs.arg(name).arg(first).arg(second)),
                 qPrintable(error.what));
        QVERIFY(error.hint.contains(u"Rename one of them"_qs));
        QCOMPARE(fixture.count("SELECT count(*) FROM imports"), 0);
        QCOMPARE(fixture.count("SELECT count(*) FROM leads"), 0);
        // The scan the command line and the wizard make first refuses it the same way.
        auto scan = ImportScan::scan(ImportKind::Events, path, std::nullopt, ActivityMap::defaults());
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error().what, error.what);
    }

    void headerOnlyFileAddsNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("withAnotherFile");
        QTest::newRow("header and a line end") << QByteArray("lead_id,email\n") << false;
        QTest::newRow("header and blank lines") << QByteArray("lead_id,email\r\n\r\n\r\n") << false;
        QTest::newRow("utf-16 header only") << utf16(u"lead_id\temail\r\n", true) << false;
        QTest::newRow("beside a file with rows") << QByteArray("lead_id,email\n") << true;
    }

    void headerOnlyFileAddsNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, withAnotherFile);
        Fixture fixture;
        std::vector<ImportSource> sources{fixture.source(ImportKind::Leads, fixture.write(u"h.csv"_qs, bytes))};
        if (withAnotherFile)
            sources.push_back(fixture.source(ImportKind::Leads, fixture.write(u"l.csv"_qs, "lead_id\nL1\n")));
        auto report = fixture.run(sources);
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QVERIFY(report->files[0].noRows);
        QCOMPARE(report->files[0].importId, 0);
        QCOMPARE(report->files[0].rowsRead, 0);
        QCOMPARE(fixture.count("SELECT count(*) FROM imports"), withAnotherFile ? 1 : 0);
        QCOMPARE(fixture.count("SELECT count(*) FROM leads"), withAnotherFile ? 1 : 0);
        if (withAnotherFile)
            QVERIFY(!report->files[1].noRows);
    }

    void revenueReadsThousandsSeparators_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<double>("revenue"); // NaN: rejected
        QTest::addColumn<QString>("reason");
        const double rejected = std::nan("");
        QTest::newRow("whole number") << QByteArray("12500") << 12500.0 << QString();
        QTest::newRow("decimal point") << QByteArray("1000.50") << 1000.5 << QString();
        QTest::newRow("thousands comma, decimal point") << QByteArray("\"1,000.50\"") << 1000.5 << QString();
        QTest::newRow("thousands point, decimal comma") << QByteArray("\"1.000,50\"") << 1000.5 << QString();
        QTest::newRow("several thousands commas") << QByteArray("\"1,234,567\"") << 1234567.0 << QString();
        QTest::newRow("several thousands points, decimal comma")
            << QByteArray("\"1.234.567,8\"") << 1234567.8 << QString();
        QTest::newRow("decimal comma") << QByteArray("\"12,5\"") << 12.5 << QString();
        QTest::newRow("four digits before the point are no thousands")
            << QByteArray("1234.567") << 1234.567 << QString();
        QTest::newRow("a leading zero is no thousands") << QByteArray("0.250") << 0.25 << QString();
        QTest::newRow("negative") << QByteArray("-250.5") << -250.5 << QString();
        QTest::newRow("one comma and three digits is ambiguous")
            << QByteArray("\"1,000\"") << rejected << u"ambiguous"_qs;
        QTest::newRow("one point and three digits is ambiguous") << QByteArray("1.500") << rejected << u"ambiguous"_qs;
        QTest::newRow("NaN") << QByteArray("NaN") << rejected << u"is not a number"_qs;
        QTest::newRow("inf") << QByteArray("inf") << rejected << u"is not a number"_qs;
        QTest::newRow("exponent") << QByteArray("1e5") << rejected << u"is not a number"_qs;
        QTest::newRow("currency sign") << QByteArray("€100") << rejected << u"no currency sign"_qs;
        QTest::newRow("thousands not in threes") << QByteArray("\"1,00,000\"") << rejected << u"groups of three"_qs;
        QTest::newRow("two decimal separators") << QByteArray("\"1.000,5,0\"") << rejected << u"is not a number"_qs;
    }

    void revenueReadsThousandsSeparators()
    {
        QFETCH(QByteArray, cell);
        QFETCH(double, revenue);
        QFETCH(QString, reason);
        Fixture fixture;
        const QString leads = fixture.write(u"l.csv"_qs, "lead_id,email\nL1,a@x.example\n");
        const QString outcomes =
            fixture.write(u"o.csv"_qs, "lead_id,customer_at,revenue\nL1,2025-03-01T00:00:00Z," + cell + "\n");
        auto report =
            fixture.run({fixture.source(ImportKind::Leads, leads), fixture.source(ImportKind::Outcomes, outcomes)});
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        const FileReport &file = report->files[1];
        if (std::isnan(revenue)) {
            QCOMPARE(file.rejected, 1);
            QCOMPARE(file.firstRejected[0].line, 2);
            QCOMPARE(file.firstRejected[0].column, 3);
            QVERIFY2(file.firstRejected[0].reason.startsWith(u"revenue: "_qs)
                         && file.firstRejected[0].reason.contains(reason),
                     qPrintable(file.firstRejected[0].reason));
            QCOMPARE(fixture.count("SELECT count(*) FROM outcomes"), 0);
        } else {
            QCOMPARE(file.rejected, 0);
            QCOMPARE(fixture.text("SELECT revenue FROM outcomes").toDouble(), revenue);
        }
    }

    void employeesMustBeAWholeCount_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<int>("employees"); // -1: rejected
        QTest::addColumn<QString>("reason");
        QTest::newRow("a count") << QByteArray("12") << 12 << QString();
        QTest::newRow("zero") << QByteArray("0") << 0 << QString();
        QTest::newRow("negative") << QByteArray("-5") << -1 << u"employees: '-5' is negative"_qs;
        QTest::newRow("a fraction") << QByteArray("10.5") << -1 << u"employees: '10.5' is not a whole number"_qs;
        QTest::newRow("an exponent") << QByteArray("1e3") << -1 << u"employees: '1e3' is not a whole number"_qs;
        QTest::newRow("NaN") << QByteArray("NaN") << -1 << u"employees: 'NaN' is not a whole number"_qs;
    }

    void employeesMustBeAWholeCount()
    {
        QFETCH(QByteArray, cell);
        QFETCH(int, employees);
        QFETCH(QString, reason);
        Fixture fixture;
        const QString leads = fixture.write(u"l.csv"_qs, "lead_id,email,employees\nL1,a@x.example," + cell + "\n");
        auto report = fixture.run({fixture.source(ImportKind::Leads, leads)});
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        if (employees < 0) {
            QCOMPARE(report->files[0].rejected, 1);
            QCOMPARE(report->files[0].firstRejected[0].column, 3);
            QCOMPARE(report->files[0].firstRejected[0].reason, reason);
            QCOMPARE(fixture.count("SELECT count(*) FROM leads"), 0);
        } else {
            QCOMPARE(fixture.count("SELECT employees FROM leads"), employees);
        }
    }

    // NUL is no text: the row is rejected with its place instead of stored.
    void nulBytesRejectTheRow()
    {
        Fixture fixture;
        const QByteArray csv("lead_id,email,first_name\nL1,a@x.example,A\0nn\nL2,b@x.example,Bob\n", 63);
        auto report = fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"l.csv"_qs, csv))});
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(report->files[0].inserted, 1);
        QCOMPARE(report->files[0].rejected, 1);
        QCOMPARE(report->files[0].firstRejected[0].line, 2);
        QCOMPARE(report->files[0].firstRejected[0].column, 3);
        QVERIFY(report->files[0].firstRejected[0].reason.contains(u"NUL byte"_qs));
        if (!fixture.onServer()) // a server's text holds no NUL at all
            QCOMPARE(fixture.count("SELECT count(*) FROM leads WHERE instr(first_name, char(0)) > 0"), 0);
        QCOMPARE(fixture.text("SELECT first_name FROM leads"), u"Bob"_qs);
        // The row as it was read, with U+FFFD for the NUL, on both stores.
        QCOMPARE(fixture.text("SELECT raw FROM import_errors"), u"L1,a@x.example,A\uFFFDnn"_qs);
    }

    void everyEncodingLandsTheSameText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("chosen"); // -1: detected
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("reason");
        const QString text = u"lead_id,email,last_name,company\r\nL1,a@x.example,Müller,Café Ölmühle €\r\n"_qs;
        QByteArray cp1252 =
            "lead_id,email,last_name,company\r\nL1,a@x.example,M\xFCller,Caf\xE9 \xD6lm\xFChle \x80\r\n";
        QTest::newRow("utf-8 without bom") << text.toUtf8() << -1 << u"UTF-8"_qs << int(EncodingReason::ValidUtf8);
        QTest::newRow("utf-8 with bom") << "\xEF\xBB\xBF" + text.toUtf8() << -1 << u"UTF-8"_qs
                                        << int(EncodingReason::ByteOrderMark);
        QTest::newRow("utf-16le with bom")
            << utf16(text, true) << -1 << u"UTF-16LE"_qs << int(EncodingReason::ByteOrderMark);
        QTest::newRow("utf-16be with bom")
            << utf16(text, false) << -1 << u"UTF-16BE"_qs << int(EncodingReason::ByteOrderMark);
        QTest::newRow("utf-16le without bom, chosen")
            << utf16(text, true, false) << int(TextEncoding::Utf16LE) << u"UTF-16LE"_qs << int(EncodingReason::Chosen);
        QTest::newRow("utf-16be without bom, chosen")
            << utf16(text, false, false) << int(TextEncoding::Utf16BE) << u"UTF-16BE"_qs << int(EncodingReason::Chosen);
        QTest::newRow("windows-1252 detected") << cp1252 << -1 << u"Windows-1252"_qs << int(EncodingReason::NotUtf8);
        QTest::newRow("windows-1252 chosen")
            << cp1252 << int(TextEncoding::Windows1252) << u"Windows-1252"_qs << int(EncodingReason::Chosen);
    }

    void everyEncodingLandsTheSameText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, chosen);
        QFETCH(int, reason);
        Fixture fixture;
        CsvReader::Options csv;
        if (chosen >= 0)
            csv.encoding = TextEncoding(chosen);
        auto report =
            fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"l.csv"_qs, bytes), std::nullopt, csv)});
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(report->files[0].inserted, 1);
        QCOMPARE(fixture.text("SELECT last_name FROM leads"), u"Müller"_qs);
        QCOMPARE(fixture.text("SELECT company FROM leads"), u"Café Ölmühle €"_qs);
        const EncodingChoice &encoding = report->files[0].encoding;
        QTEST(encodingName(encoding.encoding), "encoding");
        QCOMPARE(int(encoding.reason), reason);
        if (encoding.reason == EncodingReason::NotUtf8) { // the first non-ASCII byte: "ü" in Müller
            QCOMPARE(hexBytes(encoding.badBytes), u"0xFC"_qs);
            QCOMPARE(encoding.badLine, 2);
            QCOMPARE(encoding.badColumn, 3);
        }
        QCOMPARE(report->files[0].toJson()[u"encoding"_qs].toObject()[u"name"_qs].toString(),
                 encodingName(encoding.encoding));
    }

    // "Müller" in UTF-8 and one byte that is not: no guess, nothing written, unless chosen.
    void mixedUtf8FileIsRefusedUnlessChosen()
    {
        Fixture fixture;
        const QByteArray header = "lead_id,email,last_name";
        const QString path =
            fixture.write(u"l.csv"_qs, header + "\nL1,a@x.example,M\xC3\xBCller\nL2,b@x.example,M\xFCller\n");
        auto refused = fixture.run({genericSource(ImportKind::Leads, path, header)});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().line, 3);
        QCOMPARE(refused.error().column, 3);
        QVERIFY(refused.error().hint.contains(u"--encoding"_qs));
        QCOMPARE(fixture.count("SELECT count(*) FROM imports"), 0);
        CsvReader::Options utf8;
        utf8.encoding = TextEncoding::Utf8;
        auto chosen = fixture.run({genericSource(ImportKind::Leads, path, header, utf8)});
        QVERIFY2(chosen.ok(), qPrintable(errorText(chosen)));
        QCOMPARE(chosen->files[0].inserted, 1);
        QCOMPARE(chosen->files[0].rejected, 1);
        QCOMPARE(fixture.text("SELECT last_name FROM leads"), u"Müller"_qs);
    }

    // A named pipe read once: its first rows scanned through the input, kept, and read
    // again by the import, the rest straight from the pipe; the hash covers each byte
    // once. Were it opened twice, the second open would wait for a writer for ever: the
    // test then unblocks it and fails instead of hanging.
    void aPipeIsReadOnce()
    {
        Fixture fixture;
        QByteArray csv = "lead_id,email,created_at\n";
        for (int i = 0; i < 20000; ++i) // ~ 800 KB: more than a pipe holds, more than a block
            csv += "L" + QByteArray::number(i) + ",l" + QByteArray::number(i) + "@x.example,2025-01-01\n";
        const QString fifo = fixture.dir.filePath(u"leads.fifo"_qs);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        std::thread writer([&] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
            for (qsizetype done = 0; fd >= 0 && done < csv.size();) {
                const ssize_t wrote = ::write(fd, csv.constData() + done, std::size_t(csv.size() - done));
                if (wrote <= 0)
                    break;
                done += wrote;
            }
            if (fd >= 0)
                ::close(fd);
        });
        auto imported = std::async(std::launch::async, [&]() -> Result<ImportReport> {
            auto input = std::make_shared<HashingFile>(fifo);
            if (!input->open(QIODevice::ReadOnly))
                return Error{u"cannot open the pipe"_qs};
            input->keepForRewind();
            ImportScan::Options options;
            options.maxRows = 100;
            auto scan = ImportScan::scan(ImportKind::Leads, input.get(), fifo, options, ActivityMap::defaults());
            if (!scan)
                return scan.error();
            if (!scan->resolveDateFormats(std::nullopt) || !input->rewind())
                return Error{u"no rewind"_qs};
            return fixture.run({ImportSource{ImportKind::Leads, fifo, scan->mapping, {}, input}});
        });
        const bool finished = imported.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
        if (!finished) { // a second open of the pipe: let it see an end, then fail
            ::close(::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK));
            imported.wait();
        }
        writer.join();
        QVERIFY2(finished, "the import waited for the pipe for a minute");
        const auto report = imported.get();
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(report->files[0].inserted, 20000);
        QCOMPARE(report->files[0].size, csv.size());
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
        QCOMPARE(report->files[0].sha256, sha);
        QCOMPARE(fixture.text("SELECT file_hash FROM imports"), sha);
        QCOMPARE(fixture.count("SELECT file_size FROM imports"), csv.size());
    }
};

QTEST_GUILESS_MAIN(TestImportFaults)
#include "tst_import_faults.moc"
