// LeadColumns fed from SQLite's UTF-8 cells (the workspace loader's path) must hold
// exactly what the QString path holds: the same texts, the same pool ids, the same
// derived e-mail domain and employee text, for the values that take the slow road too.

#include "scoring/LeadColumns.h"

#include <QTest>

using namespace LeadStage;

class TestLeadColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
            QCOMPARE(actual.ids, expected.ids);
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
