// Sha256 (OpenSSL): the FIPS 180-2 test vectors, any split into pieces giving the
// digest of the whole, a fresh start after each digest, and agreement with
// QCryptographicHash on a few megabytes. BackgroundSha256, which hashes on a thread of
// its own, gives the same digests, also when more is added than it lets wait.

#include "import/BackgroundSha256.h"
#include "import/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace LeadStage;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("piece");
        QTest::addColumn<QString>("digest");
        const QString abc = u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs;
        const QByteArray twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        const QString twoBlocksDigest = u"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_qs;
        QTest::newRow("empty") << QByteArray() << 1
                               << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_qs;
        QTest::newRow("abc") << QByteArray("abc") << 3 << abc;
        QTest::newRow("abc, a byte at a time") << QByteArray("abc") << 1 << abc;
        QTest::newRow("two blocks") << twoBlocks << int(twoBlocks.size()) << twoBlocksDigest;
        QTest::newRow("two blocks in sevens") << twoBlocks << 7 << twoBlocksDigest;
        QTest::newRow("a million a's in 4 KiB reads")
            << QByteArray(1000000, 'a') << 4096
            << u"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_qs;
    }

    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, piece);
        Sha256 hash;
        for (qsizetype at = 0; at < input.size(); at += piece)
            hash.add(input.constData() + at, std::size_t(std::min<qsizetype>(piece, input.size() - at)));
        QTEST(hash.hexDigest(), "digest");
        hash.add("abc", 3); // a digest starts the hash afresh
        QCOMPARE(hash.hexDigest(), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs);
    }

    void vectorsInTheBackground_data() { vectors_data(); }

    void vectorsInTheBackground()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, piece);
        BackgroundSha256 hash;
        for (qsizetype at = 0; at < input.size(); at += piece)
            hash.add(input.constData() + at, std::size_t(std::min<qsizetype>(piece, input.size() - at)));
        QTEST(hash.hexDigest(), "digest");
        hash.add("abc", 3);
        QCOMPARE(hash.hexDigest(), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs);
    }

    // More than it lets wait, in pieces of the size an import reads: add() waits for
    // the hash instead of holding it all, and the digest is still the whole's. The
    // bytes are changed after each add(), as a reader reuses its buffer.
    void backgroundKeepsUpWithMoreThanItLetsWait()
    {
        const qsizetype total = qsizetype(BackgroundSha256::maxPendingBytes) * 2 + 12345;
        QByteArray bytes(total, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        BackgroundSha256 hash;
        QByteArray buffer;
        const qsizetype piece = 1 << 20;
        for (qsizetype at = 0; at < total; at += piece) {
            buffer = bytes.mid(at, piece);
            hash.add(buffer.constData(), std::size_t(buffer.size()));
            buffer.fill('x');
        }
        QCOMPARE(hash.hexDigest(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void agreesWithQt()
    {
        QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        Sha256 hash;
        hash.add(bytes.constData(), std::size_t(bytes.size()));
        QCOMPARE(hash.hexDigest(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_import_sha256.moc"
