#include "report/ZipArchive.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

class TestZipArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsComeBackInTheirOrder();
    void entriesCarryTheFixedTime();
    void rewritingGivesTheSameBytes();
    void aBrokenFileIsAReadableError_data();
    void aBrokenFileIsAReadableError();
    void anUnwritableFolderIsAReadableError();

private:
    QTemporaryDir m_dir;
};

namespace {

std::vector<ReportPart> sampleParts()
{
    QByteArray binary(70000, Qt::Uninitialized); // more than one write chunk, nothing to compress
    QRandomGenerator random(18);
    for (char &c : binary)
        c = char(random.bounded(256));
    return {{u"manifest.json"_qs, "{\"kind\":\"leadstage-quarterly-report\"}"},
            {u"01-stages.csv"_qs, "\xEF\xBB\xBFstage,leads\r\nMQL,412\r\n"},
            {u"empty.csv"_qs, {}},
            {u"Quellen-Qualität.csv"_qs, QByteArray(100000, 'x')},
            {u"folder/binary.bin"_qs, binary}};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return quint16(uchar(bytes.at(at)) | uchar(bytes.at(at + 1)) << 8);
}

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    return quint32(le16(bytes, at)) | quint32(le16(bytes, at + 2)) << 16;
}

} // namespace

void TestZipArchive::partsComeBackInTheirOrder()
{
    const QString path = m_dir.filePath(u"roundtrip.zip"_qs);
    const std::vector<ReportPart> parts = sampleParts();
    const Status written = ZipArchive::write(parts, path);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
    const Result<std::vector<ReportPart>> read = ZipArchive::read(path);
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->size(), parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        QCOMPARE((*read)[i].name, parts[i].name);
        QCOMPARE((*read)[i].bytes, parts[i].bytes);
    }
    QVERIFY(fileBytes(path).size() < 100000); // deflated, not stored
    // Readable by others like any document, not private like a temporary file.
    QVERIFY(QFile::permissions(path).testFlag(QFileDevice::ReadOther));
    // Nothing left beside it: the temporary file became the zip.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u"roundtrip"_qs),
             QStringList{u"roundtrip.zip"_qs});
}

void TestZipArchive::entriesCarryTheFixedTime()
{
    const QString path = m_dir.filePath(u"time.zip"_qs);
    QVERIFY(ZipArchive::write(sampleParts(), path).ok());
    const QByteArray zip = fileBytes(path);
    const qsizetype end = zip.lastIndexOf("PK\x05\x06");
    QVERIFY(end > 0);
    const int entries = le16(zip, end + 10);
    QCOMPARE(entries, int(sampleParts().size()));
    qsizetype at = le32(zip, end + 16);
    for (int i = 0; i < entries; ++i) {
        QCOMPARE(zip.mid(at, 4), QByteArray("PK\x01\x02"));
        QCOMPARE(le16(zip, at + 12), quint16(0));                       // 00:00:00
        QCOMPARE(le16(zip, at + 14), quint16((0 << 9) | (1 << 5) | 1)); // 1980-01-01
        const qsizetype local = le32(zip, at + 42);
        QCOMPARE(zip.mid(local, 4), QByteArray("PK\x03\x04"));
        QCOMPARE(le16(zip, local + 10), quint16(0));
        QCOMPARE(le16(zip, local + 12), quint16(0x21));
        at += 46 + le16(zip, at + 28) + le16(zip, at + 30) + le16(zip, at + 32);
    }
}

void TestZipArchive::rewritingGivesTheSameBytes()
{
    const QString first = m_dir.filePath(u"first.zip"_qs);
    const QString second = m_dir.filePath(u"second.zip"_qs);
    QVERIFY(ZipArchive::write(sampleParts(), first).ok());
    QTest::qWait(2100); // a zip's clock ticks in two seconds: a stamped time would differ now
    QVERIFY(ZipArchive::write(sampleParts(), second).ok());
    QCOMPARE(fileBytes(first), fileBytes(second));
    // And writing over an existing file replaces it.
    QVERIFY(ZipArchive::write({{u"a.txt"_qs, "a"}}, second).ok());
    QCOMPARE(ZipArchive::read(second)->size(), std::size_t(1));
}

void TestZipArchive::aBrokenFileIsAReadableError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QString path = m_dir.filePath(u"whole.zip"_qs);
    if (!ZipArchive::write(sampleParts(), path).ok())
        qFatal("cannot write the sample zip");
    const QByteArray whole = fileBytes(path);
    QTest::newRow("truncated") << u"truncated.zip"_qs << whole.left(whole.size() / 2) << u"not a zip file"_qs;
    QTest::newRow("cut before the end record")
        << u"cut.zip"_qs << whole.left(whole.size() - 30) << u"not a zip file"_qs;
    QByteArray damaged = whole;
    for (qsizetype i = whole.size() / 2; i < whole.size() / 2 + 200; ++i) // inside the binary entry's data
        damaged[i] = char(~damaged.at(i));
    QTest::newRow("damaged data") << u"damaged.zip"_qs << damaged << u"the entry \"folder/binary.bin\""_qs;
    // A bomb's central directory promises more than the limit: refused before unpacking.
    QByteArray bomb = whole;
    const qsizetype directory = le32(whole, whole.lastIndexOf("PK\x05\x06") + 16);
    bomb[directory + 24 + 3] = char(0x50); // the first entry "unpacks" to 1.3 GB
    QTest::newRow("a bomb") << u"bomb.zip"_qs << bomb << u"more than 1073741824 bytes"_qs;
    QTest::newRow("garbage") << u"garbage.zip"_qs << QByteArray("this is no zip file at all\n").repeated(40)
                             << u"not a zip file"_qs;
    QTest::newRow("empty") << u"empty.zip"_qs << QByteArray() << u"not a zip file"_qs;
    QTest::newRow("missing") << u"missing.zip"_qs << QByteArray("(none)") << u"no such file"_qs;
}

void TestZipArchive::aBrokenFileIsAReadableError()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(name);
    if (bytes != "(none)") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const Result<std::vector<ReportPart>> read = ZipArchive::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().what.contains(says), qPrintable(read.error().toString()));
    QCOMPARE(read.error().where, path);
    QVERIFY(!read.error().hint.isEmpty());
}

void TestZipArchive::anUnwritableFolderIsAReadableError()
{
    const QString path = m_dir.filePath(u"no/such/folder/report.zip"_qs);
    const Status written = ZipArchive::write(sampleParts(), path);
    QVERIFY(!written.ok());
    QVERIFY(written.error().toString().contains(u"folder"_qs));
}

QTEST_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
