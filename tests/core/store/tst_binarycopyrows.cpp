// BinaryCopyRows: PostgreSQL's binary COPY stream of bigint columns, however libpq cuts
// it into pieces (mid-header, mid-row, mid-value), read back as the rows written; a
// stream without its trailer is not complete, and a stream of other shapes is refused.

#include "store/postgres/BinaryCopyRows.h"

#include <QTest>

#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace LeadStage;

namespace {

void put16(std::string &out, std::int16_t value)
{
    out += char((value >> 8) & 0xff);
    out += char(value & 0xff);
}

void put32(std::string &out, std::int32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xff);
}

void put64(std::string &out, std::int64_t value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out += char((std::uint64_t(value) >> shift) & 0xff);
}

// A stream as the server writes it: signature, flags, a header extension of `extension` bytes, rows, trailer.
std::string stream(const std::vector<std::vector<std::optional<std::int64_t>>> &rows, int extension = 0,
                   bool trailer = true)
{
    std::string out("PGCOPY\n\377\r\n", 11);
    put32(out, 0);
    put32(out, extension);
    out.append(std::size_t(extension), 'x');
    for (const auto &row : rows) {
        put16(out, std::int16_t(row.size()));
        for (const auto &value : row) {
            if (!value) {
                put32(out, -1);
                continue;
            }
            put32(out, 8);
            put64(out, *value);
        }
    }
    if (trailer)
        put16(out, -1);
    return out;
}

using Rows = std::vector<std::vector<std::int64_t>>;

} // namespace

class TestBinaryCopyRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRowsInAnyPieces_data()
    {
        QTest::addColumn<int>("piece");
        QTest::addColumn<int>("extension");
        for (int piece : {1, 2, 3, 7, 13, 19, 64, 100000})
            QTest::addRow("pieces of %d bytes", piece) << piece << 0;
        QTest::newRow("header extension, 5-byte pieces") << 5 << 6;
    }

    void readsRowsInAnyPieces()
    {
        QFETCH(int, piece);
        QFETCH(int, extension);
        const std::string bytes = stream(
            {{1, 1700000000, 3, 0, 10},
             {1, 1700000000, 3, std::nullopt, 11},
             {-2, std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min(), 4294967294, 12}},
            extension);
        Rows read;
        std::vector<std::uint64_t> nulls;
        BinaryCopyRows rows(5, [&](std::span<const std::int64_t> values, std::uint64_t nullBits) {
            read.emplace_back(values.begin(), values.end());
            nulls.push_back(nullBits);
            return Status();
        });
        for (std::size_t at = 0; at < bytes.size(); at += std::size_t(piece)) {
            QVERIFY(!rows.complete());
            QVERIFY(rows.feed(std::string_view(bytes).substr(at, std::size_t(piece))));
        }
        QVERIFY(rows.complete());
        const Rows expected{
            {1, 1700000000, 3, 0, 10},
            {1, 1700000000, 3, 0, 11},
            {-2, std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min(), 4294967294, 12}};
        QCOMPARE(read, expected);
        QCOMPARE(nulls, (std::vector<std::uint64_t>{0, 1u << 3, 0}));
    }

    void handsOverRawFields()
    {
        // A bigint, a NULL and a bytea of 3 bytes (one of them a zero), cut into pieces of 5 bytes.
        std::string bytes("PGCOPY\n\377\r\n", 11);
        put32(bytes, 0);
        put32(bytes, 0);
        put16(bytes, 3);
        put32(bytes, 8);
        put64(bytes, 4294967296);
        put32(bytes, -1);
        put32(bytes, 3);
        bytes.append("a\0b", 3);
        put16(bytes, -1);
        std::vector<std::optional<std::string>> read;
        BinaryCopyRows rows(3, [&](std::span<const std::optional<std::string_view>> fields) {
            for (const auto &field : fields)
                read.push_back(field ? std::optional<std::string>(std::string(*field)) : std::nullopt);
            return Status();
        });
        for (std::size_t at = 0; at < bytes.size(); at += 5)
            QVERIFY(rows.feed(std::string_view(bytes).substr(at, 5)));
        QVERIFY(rows.complete());
        QCOMPARE(read.size(), std::size_t(3));
        QCOMPARE(BinaryCopyRows::bigint(*read[0]), std::int64_t(4294967296));
        QVERIFY(!read[1]);
        QCOMPARE(*read[2], std::string("a\0b", 3));
    }

    void withoutTrailerIsIncomplete()
    {
        int count = 0;
        BinaryCopyRows rows(2, [&](std::span<const std::int64_t>, std::uint64_t) {
            ++count;
            return Status();
        });
        QVERIFY(rows.feed(stream({{1, 2}, {3, 4}}, 0, false)));
        QCOMPARE(count, 2);
        QVERIFY(!rows.complete());
    }

    void refusesOtherShapes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("not binary copy") << QByteArray("1\t2\n3\t4\n\\.\n......................")
                                         << u"no PGCOPY signature"_qs;
        QTest::newRow("three columns") << QByteArray::fromStdString(stream({{1, 2, 3}}))
                                       << u"a row of 3 columns, 2 expected"_qs;
        std::string fourBytes = stream({});
        fourBytes.resize(fourBytes.size() - 2);
        put16(fourBytes, 2);
        put32(fourBytes, 4);
        put32(fourBytes, 7);
        QTest::newRow("an integer, not a bigint")
            << QByteArray::fromStdString(fourBytes) << u"a value of 4 bytes, not a bigint"_qs;
    }

    void refusesOtherShapes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        BinaryCopyRows rows(2, [](std::span<const std::int64_t>, std::uint64_t) { return Status(); });
        const Status status = rows.feed(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QVERIFY(!status);
        QVERIFY2(status.error().what.contains(says), qPrintable(status.error().what));
    }

    void rowErrorStopsTheStream()
    {
        int count = 0;
        BinaryCopyRows rows(1, [&](std::span<const std::int64_t> values, std::uint64_t) {
            ++count;
            return values[0] == 2 ? Status(Error{u"stop"_qs, QString()}) : Status();
        });
        const Status status = rows.feed(stream({{1}, {2}, {3}}));
        QVERIFY(!status);
        QCOMPARE(status.error().what, u"stop"_qs);
        QCOMPARE(count, 2);
    }
};

QTEST_GUILESS_MAIN(TestBinaryCopyRows)
#include "tst_binarycopyrows.moc"
