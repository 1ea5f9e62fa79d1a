// What a workspace copy compares and sends: TableDigest's canonical serialisation
// (exact SHA-256 values, and every pair of values that must not collide), COPY's text
// format both ways, and WorkspaceTables against the SQLite schema it describes.

#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "store/copy/CopyText.h"
#include "store/copy/TableDigest.h"
#include "store/copy/WorkspaceTables.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace LeadStage;

namespace {

FieldValue integer(std::int64_t value)
{
    return FieldValue{FieldValue::Kind::Integer, value, 0, {}};
}

FieldValue real(double value)
{
    return FieldValue{FieldValue::Kind::Real, 0, value, {}};
}

FieldValue text(std::string_view value)
{
    return FieldValue{FieldValue::Kind::Text, 0, 0, value};
}

QString digestOf(const std::vector<std::vector<FieldValue>> &rows)
{
    TableDigest digest;
    for (const auto &row : rows)
        digest.add(row);
    return digest.finish();
}

} // namespace

Q_DECLARE_METATYPE(std::vector<FieldValue>)

class TestTableDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactDigest()
    {
        // sha256 of "I1;R0.1;T3:a\tbN\nI-42;R1e+300;T0:N\n", computed independently (Python hashlib).
        const std::vector<std::vector<FieldValue>> rows = {{integer(1), real(0.1), text("a\tb"), FieldValue{}},
                                                           {integer(-42), real(1e300), text(""), FieldValue{}}};
        QCOMPARE(digestOf(rows), u"629df0a0696ab9409fa022f9ae475e6b2ae4eaa140ef8140b596701a6d7e2f92"_qs);
        QCOMPARE(digestOf({}), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_qs);
        TableDigest digest;
        for (const auto &row : rows)
            digest.add(row);
        QCOMPARE(digest.rows(), std::int64_t(2));
    }

    void valuesThatMustDiffer_data()
    {
        QTest::addColumn<std::vector<FieldValue>>("left");
        QTest::addColumn<std::vector<FieldValue>>("right");
        QTest::newRow("NULL and empty text") << std::vector{FieldValue{}} << std::vector{text("")};
        QTest::newRow("integer and real of the same value") << std::vector{integer(1)} << std::vector{real(1.0)};
        QTest::newRow("integer and its text") << std::vector{integer(12)} << std::vector{text("12")};
        QTest::newRow("field boundary moved")
            << std::vector{text("ab"), text("c")} << std::vector{text("a"), text("bc")};
        QTest::newRow("text holding the separators")
            << std::vector{text("1;"), FieldValue{}} << std::vector{text("1;N")};
        QTest::newRow("nearest doubles") << std::vector{real(0.1)} << std::vector{real(std::nextafter(0.1, 1.0))};
        QTest::newRow("zero and minus zero") << std::vector{real(0.0)} << std::vector{real(-0.0)};
        QTest::newRow("largest integers") << std::vector{integer(std::numeric_limits<std::int64_t>::max())}
                                          << std::vector{integer(std::numeric_limits<std::int64_t>::max() - 1)};
    }

    void valuesThatMustDiffer()
    {
        QFETCH(std::vector<FieldValue>, left);
        QFETCH(std::vector<FieldValue>, right);
        QVERIFY(digestOf({left}) != digestOf({right}));
    }

    void rowOrderCounts()
    {
        QVERIFY(digestOf({{integer(1)}, {integer(2)}}) != digestOf({{integer(2)}, {integer(1)}}));
        QVERIFY(digestOf({{integer(1), integer(2)}}) != digestOf({{integer(1)}, {integer(2)}}));
    }

    void copyTextRoundTrip_data()
    {
        QTest::addColumn<std::vector<FieldValue>>("row");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("plain values") << std::vector{integer(7), real(2.5), text("Acme")}
                                      << QByteArray("7\t2.5\tAcme\n");
        QTest::newRow("NULLs") << std::vector{FieldValue{}, FieldValue{}, FieldValue{}}
                               << QByteArray("\\N\t\\N\t\\N\n");
        QTest::newRow("empty text is not NULL") << std::vector{integer(0), real(0), text("")} << QByteArray("0\t0\t\n");
        QTest::newRow("tab, newline, return, backslash") << std::vector{integer(-1), real(-0.5), text("a\tb\nc\rd\\e")}
                                                         << QByteArray("-1\t-0.5\ta\\tb\\nc\\rd\\\\e\n");
        QTest::newRow("text that reads as NULL")
            << std::vector{integer(1), real(1), text("\\N")} << QByteArray("1\t1\t\\\\N\n");
        QTest::newRow("UTF-8") << std::vector{integer(1), real(1), text("Müller · 東京")}
                               << QByteArray("1\t1\tMüller · 東京\n");
        QTest::newRow("round-trip reals")
            << std::vector{integer(1), real(0.1 + 0.2), text("x")} << QByteArray("1\t0.30000000000000004\tx\n");
        QTest::newRow("huge and tiny") << std::vector{integer(std::numeric_limits<std::int64_t>::min()), real(5e-324),
                                                      text("x")}
                                       << QByteArray("-9223372036854775808\t5e-324\tx\n");
        QTest::newRow("infinity") << std::vector{integer(1), real(-std::numeric_limits<double>::infinity()), text("x")}
                                  << QByteArray("1\t-Infinity\tx\n");
    }

    void copyTextRoundTrip()
    {
        QFETCH(std::vector<FieldValue>, row);
        QFETCH(QByteArray, line);
        std::string encoded;
        CopyText::appendRow(encoded, row);
        QCOMPARE(QByteArray::fromStdString(encoded), line);

        const TableShape shape{u"t"_qs,
                               {{u"i"_qs, FieldValue::Kind::Integer},
                                {u"r"_qs, FieldValue::Kind::Real},
                                {u"s"_qs, FieldValue::Kind::Text}},
                               {u"i"_qs}};
        CopyText::RowParser parser(shape);
        QVERIFY(parser.parse(encoded));
        QCOMPARE(digestOf({std::vector<FieldValue>(parser.row().begin(), parser.row().end())}), digestOf({row}));
    }

    void copyTextRefusals_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("too few fields") << QByteArray("1\t2\n") << u"wrong number of fields"_qs;
        QTest::newRow("too many fields") << QByteArray("1\t2\tx\ty\n") << u"wrong number of fields"_qs;
        QTest::newRow("text as integer") << QByteArray("x1\t2\tx\n") << u"'x1' for t.i, which is not a whole number"_qs;
        QTest::newRow("text as real") << QByteArray("1\t2,5\tx\n") << u"'2,5' for t.r, which is not a number"_qs;
    }

    void copyTextRefusals()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, message);
        const TableShape shape{u"t"_qs,
                               {{u"i"_qs, FieldValue::Kind::Integer},
                                {u"r"_qs, FieldValue::Kind::Real},
                                {u"s"_qs, FieldValue::Kind::Text}},
                               {u"i"_qs}};
        CopyText::RowParser parser(shape);
        const Status parsed = parser.parse(line.toStdString());
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().what.contains(message), qPrintable(parsed.error().what));
    }

    // WorkspaceTables must describe the SQLite schema exactly: every table (but the derived
    // ones it names), every column in order with its declared type (likewise), and the primary
    // key in key order.
    void tablesMatchTheSqliteSchema()
    {
        QCOMPARE(WorkspaceTables::schemaVersion(), Schema::latestVersion());
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(u"shape.leadstage"_qs));
        QVERIFY(workspace);
        Database &database = (*workspace)->database();
        auto names = database.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        QVERIFY(names);
        QStringList inFile;
        while (*names->step())
            inFile << names->text(0);
        QStringList described;
        for (const TableShape &table : WorkspaceTables::all())
            described << table.name;
        // Derived tables a copy leaves out whole (the next full rescore writes them).
        QStringList sorted = described + QStringList{u"event_blocks"_qs, u"lead_blocks"_qs, u"lead_state_digests"_qs};
        sorted.sort();
        QCOMPARE(sorted, inFile);

        for (const TableShape &table : WorkspaceTables::all()) {
            auto columns = database.prepare("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid");
            QVERIFY(columns);
            columns->bind(1, table.name);
            std::vector<std::pair<int, QString>> key;
            std::size_t index = 0;
            while (*columns->step()) {
                if (table.derived.contains(columns->text(0)))
                    continue; // not copied
                QVERIFY2(index < table.columns.size(), qPrintable(table.name));
                const TableShape::Column &column = table.columns[index++];
                QCOMPARE(columns->text(0), column.name);
                const QString type = column.type == FieldValue::Kind::Integer ? u"INTEGER"_qs
                                     : column.type == FieldValue::Kind::Real  ? u"REAL"_qs
                                                                              : u"TEXT"_qs;
                QCOMPARE(columns->text(1), type);
                if (columns->int64(2) > 0)
                    key.emplace_back(int(columns->int64(2)), columns->text(0));
            }
            QCOMPARE(index, table.columns.size());
            std::sort(key.begin(), key.end());
            QStringList keyColumns;
            for (const auto &[position, name] : key)
                keyColumns << name;
            QCOMPARE(keyColumns, table.key);
        }
    }
};

QTEST_GUILESS_MAIN(TestTableDigest)
#include "tst_tabledigest.moc"
