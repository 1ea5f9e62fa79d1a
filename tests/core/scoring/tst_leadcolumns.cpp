// LeadColumns fed from SQLite's UTF-8 cells (the workspace loader's path) must hold
// exactly what the QString path holds: the same texts, the same value ids, the same
// derived e-mail domain and employee text, for the values that take the slow road too.
// TextColumn must number distinct values in order of first appearance, however many.

#include "scoring/LeadColumns.h"

#include <QTest>

using namespace LeadStage;

namespace {

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

// `count` cells cycling through `distinct` generated e-mails: cell i is e-mail i % distinct,
// so it must get id i % distinct + 1.
void addGenerated(const char *name, int count, int distinct)
{
    QByteArrayList cells;
    QList<quint32> ids;
    cells.reserve(count);
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int value = i % distinct;
        cells.append("lead" + QByteArray::number(value) + "@company" + QByteArray::number(value % 977) + ".example");
        ids.append(quint32(value + 1));
    }
    QTest::newRow(name) << cells << ids << quint32(distinct + 1);
}

} // namespace

class TestLeadColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void internsBytes_data()
    {
        QTest::addColumn<QByteArrayList>("cells");
        QTest::addColumn<QList<quint32>>("ids");
        QTest::addColumn<quint32>("distinct"); // the empty text (id 0) counts

        QTest::newRow("empty text is id 0")
            << QByteArrayList{"", "a", "", "a"} << QList<quint32>{0, 1, 0, 1} << quint32(2);
        QTest::newRow("nothing but empty text") << QByteArrayList{"", ""} << QList<quint32>{0, 0} << quint32(1);
        QTest::newRow("repeats take the first id")
            << QByteArrayList{"x", "y", "x", "x", "z", "y"} << QList<quint32>{1, 2, 1, 1, 3, 2} << quint32(4);
        QTest::newRow("differ only in the last byte")
            << QByteArrayList{"a",
                              "b",
                              "abc",
                              "abd",
                              "abcd",
                              "abce",
                              "abcdefg",
                              "abcdefh",
                              "abcdefgh",
                              "abcdefgi",
                              "abcdefghi",
                              "abcdefghj",
                              "ann@acme.example1",
                              "ann@acme.example2",
                              "abd",
                              "abcdefgi",
                              "ann@acme.example2"}
            << QList<quint32>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 4, 10, 14} << quint32(15);
        QTest::newRow("prefixes of one another")
            << QByteArrayList{"aaaaaaaaa", "aaaaaaaa", "aaaaaaa", "aaaa", "aaa", "a", "aa", "aaaaaaaa", "a"}
            << QList<quint32>{1, 2, 3, 4, 5, 6, 7, 2, 6} << quint32(8);
        QTest::newRow("non-ASCII bytes")
            << QByteArrayList{"M\xc3\xbcnchen",           "Muenchen",    "M\xc3\x9cNCHEN", "M\xc3\xbcnchen",
                              "\xe6\x97\xa5\xe6\x9c\xac", "caf\xc3\xa9", "cafe\xcc\x81",   "caf\xc3\xa9"}
            << QList<quint32>{1, 2, 3, 1, 4, 5, 6, 5} << quint32(7);
        // Each decodes to U+FFFD, as QString equality always had it.
        QTest::newRow("malformed UTF-8 shares the id of its text")
            << QByteArrayList{"\xff", "\xfe", "\xef\xbf\xbd", "ok", "\xff"} << QList<quint32>{1, 1, 1, 2, 1}
            << quint32(3);
        addGenerated("200,000 distinct e-mails", 200000, 200000);
        addGenerated("50,000 values twice over, across 13 rehashes", 100000, 50000);
        addGenerated("a few values many times", 30000, 7);
    }

    void internsBytes()
    {
        QFETCH(QByteArrayList, cells);
        QFETCH(QList<quint32>, ids);
        QFETCH(quint32, distinct);
        TextColumn column;
        column.reserve(std::size_t(cells.size()));
        for (const QByteArray &cell : cells)
            column.appendUtf8(viewOf(cell));
        QCOMPARE(column.size(), std::size_t(cells.size()));
        QCOMPARE(column.distinctCount(), distinct);
        QCOMPARE(column.value(0), QString());
        for (qsizetype lead = 0; lead < cells.size(); ++lead) {
            if (column.id(std::size_t(lead)) != ids[lead]
                || column.at(std::size_t(lead)) != QString::fromUtf8(cells[lead]))
                QFAIL(qPrintable(u"lead %1 (%2): id %3, expected %4"_qs.arg(lead)
                                     .arg(QString::fromUtf8(cells[lead]))
                                     .arg(column.id(std::size_t(lead)))
                                     .arg(ids[lead])));
        }
    }

    // The one-lead-at-a-time path numbers the same texts the same way.
    void internsTexts_data() { internsBytes_data(); }

    void internsTexts()
    {
        QFETCH(QByteArrayList, cells);
        QFETCH(QList<quint32>, ids);
        QFETCH(quint32, distinct);
        TextColumn column;
        for (const QByteArray &cell : cells)
            column.append(QString::fromUtf8(cell));
        QCOMPARE(column.distinctCount(), distinct);
        QCOMPARE(QList<quint32>(column.ids().begin(), column.ids().end()), ids);
        for (qsizetype lead = 0; lead < std::min<qsizetype>(cells.size(), 1000); ++lead)
            QCOMPARE(column.at(std::size_t(lead)), QString::fromUtf8(cells[lead]));
    }

    // attributeColumn() reads each lead's own attrs out of the shared bytes, through
    // both append paths.
    void attributeColumn_data()
    {
        QTest::addColumn<QStringList>("attrs"); // per lead
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<quint32>>("ids");

        QTest::newRow("numbers, repeated")
            << QStringList{u"{\"TotalVisits\":7}"_qs, u"{\"TotalVisits\":2.5}"_qs, u"{\"TotalVisits\":7}"_qs}
            << u"TotalVisits"_qs << QStringList{u"7"_qs, u"2.5"_qs, u"7"_qs} << QList<quint32>{1, 2, 1};
        QTest::newRow("leads without attrs between")
            << QStringList{QString(), u"{\"Tier\":\"gold\"}"_qs, u"{}"_qs, u"{\"Tier\":\"silver\"}"_qs, QString()}
            << u"Tier"_qs << QStringList{QString(), u"gold"_qs, QString(), u"silver"_qs, QString()}
            << QList<quint32>{0, 1, 0, 2, 0};
        QTest::newRow("key only as another key's value")
            << QStringList{u"{\"Note\":\"Tier\"}"_qs, u"{\"Tier\":true}"_qs} << u"Tier"_qs
            << QStringList{QString(), u"true"_qs} << QList<quint32>{0, 1};
        QTest::newRow("array and non-ASCII text")
            << QStringList{u"{\"Tags\":[1,2]}"_qs, u"{\"Tags\":\"K\u00f6ln\"}"_qs, u"{\"Other\":1}"_qs} << u"Tags"_qs
            << QStringList{u"[1,2]"_qs, u"K\u00f6ln"_qs, QString()} << QList<quint32>{1, 2, 0};
    }

    void attributeColumn()
    {
        QFETCH(QStringList, attrs);
        QFETCH(QString, key);
        QFETCH(QStringList, values);
        QFETCH(QList<quint32>, ids);
        LeadColumns fromRecords, fromCells;
        for (qsizetype lead = 0; lead < attrs.size(); ++lead) {
            LeadRecord record;
            record.id = lead + 1;
            record.attrs = attrs[lead].toUtf8();
            fromRecords.append(record);
            LeadColumns::Cells cells;
            cells.id = lead + 1;
            cells.attrs = viewOf(record.attrs);
            fromCells.append(cells);
        }
        for (const LeadColumns *columns : {&fromRecords, &fromCells}) {
            const TextColumn column = columns->attributeColumn(key);
            QCOMPARE(column.size(), std::size_t(attrs.size()));
            QCOMPARE(QList<quint32>(column.ids().begin(), column.ids().end()), ids);
            for (qsizetype lead = 0; lead < attrs.size(); ++lead)
                QCOMPARE(column.at(std::size_t(lead)), values[lead]);
        }
    }

    void cellsEqualRecords_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("industry");
        QTest::addColumn<qint64>("employees"); // -1: none
        QTest::addColumn<QString>("attrs");
        QTest::addColumn<QString>("domain");

        QTest::newRow("plain") << u"ann@acme.example"_qs << u"Software"_qs << qint64(250) << u"{}"_qs
                               << u"acme.example"_qs;
        QTest::newRow("capital domain lowered")
            << u"bo@ACME.Example"_qs << u""_qs << qint64(-1) << u"{\"TotalVisits\":\"7\"}"_qs << u"acme.example"_qs;
        QTest::newRow("non-ASCII domain")
            << u"cy@MÜNCHEN.example"_qs << u"Fertigung"_qs << qint64(0) << u"{}"_qs << u"münchen.example"_qs;
        QTest::newRow("space after the domain")
            << u"di@acme.example "_qs << u"Retail"_qs << qint64(12) << u""_qs << u"acme.example"_qs;
        QTest::newRow("no at sign") << u"not an e-mail"_qs << u"Retail"_qs << qint64(-7) << u"{}"_qs << QString();
        QTest::newRow("empty e-mail") << QString() << u"Retail"_qs << qint64(-1) << u"{}"_qs << QString();
        QTest::newRow("last at sign wins")
            << u"\"a@b\"@Corp.example"_qs << u"Retail"_qs << qint64(5) << u"{}"_qs << u"corp.example"_qs;
    }

    void cellsEqualRecords()
    {
        QFETCH(QString, email);
        QFETCH(QString, industry);
        QFETCH(qint64, employees);
        QFETCH(QString, attrs);
        QFETCH(QString, domain);
        LeadRecord record;
        record.id = 7;
        record.createdAt = 1000;
        record.email = email;
        record.industry = industry;
        record.company = u"Acme"_qs;
        if (employees != -1)
            record.employees = employees;
        if (attrs.size() > 2)
            record.attrs = attrs.toUtf8();
        record.sqlAt = 2000;

        const QByteArray emailBytes = email.toUtf8(), industryBytes = industry.toUtf8(), attrsBytes = attrs.toUtf8();
        LeadColumns::Cells cells;
        cells.id = 7;
        cells.createdAt = 1000;
        cells.email = std::string_view(emailBytes.constData(), std::size_t(emailBytes.size()));
        cells.industry = std::string_view(industryBytes.constData(), std::size_t(industryBytes.size()));
        cells.company = "Acme";
        cells.employees = record.employees;
        cells.attrs = std::string_view(attrsBytes.constData(), std::size_t(attrsBytes.size()));
        cells.sqlAt = 2000;

        LeadColumns fromRecords, fromCells;
        for (int twice = 0; twice < 2; ++twice) { // the second time through the remembered bytes
            fromRecords.append(record);
            fromCells.append(cells);
        }
        QCOMPARE(fromCells.size(), std::size_t(2));
        QCOMPARE(fromCells.field(LeadField::EmailDomain).at(1), domain);
        for (std::size_t field = 0; field < leadFieldCount; ++field) {
            const TextColumn &expected = fromRecords.field(LeadField(field));
            const TextColumn &actual = fromCells.field(LeadField(field));
            QCOMPARE(actual.ids(), expected.ids());
            QCOMPARE(actual.at(0), expected.at(0));
            QCOMPARE(actual.at(1), expected.at(1));
        }
        QCOMPARE(fromCells.sqlAt(1), fromRecords.sqlAt(1));
        QCOMPARE(fromCells.opportunityAt(1), fromRecords.opportunityAt(1));
        QCOMPARE(fromCells.attributeColumn(u"TotalVisits"_qs).at(1),
                 fromRecords.attributeColumn(u"TotalVisits"_qs).at(1));
    }
};

QTEST_GUILESS_MAIN(TestLeadColumns)
#include "tst_leadcolumns.moc"
