// LeadIndex: CRM ids and normalised e-mails to lead ids in flat tables. Lookups by
// either key, a key moving to another lead, empty keys left out, an e-mail given as an
// event's lead key (normalised on the way), and enough keys to rehash many times with
// keys that differ only in their last character.

#include "import/LeadIndex.h"

#include <QTest>

using namespace LeadStage;

class TestLeadIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The ASCII way and Qt's Unicode case mapping give the same keys.
    void normalisesEmailsAsQtLowerCases_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces only") << u"   "_qs;
        QTest::newRow("plain") << u"ann@example.com"_qs;
        QTest::newRow("upper case and spaces") << u"  Ann.Lee@Example.COM\t"_qs;
        QTest::newRow("digits and signs") << u"A+B_1@X-Y.ORG"_qs;
        QTest::newRow("accented upper case") << u"\u00c4NN@ex\u00c1mple.com"_qs;
        QTest::newRow("non-ASCII late") << u"ANN@EXAMPLE.\u00c7OM"_qs;
        QTest::newRow("dotted capital I") << u"\u0130STANBUL@EXAMPLE.TR"_qs;
        QTest::newRow("no-break space around") << u"\u00a0Ann@Example.com\u00a0"_qs;
    }

    void normalisesEmailsAsQtLowerCases()
    {
        QFETCH(QString, email);
        const QString normalised = LeadIndex::normaliseEmail(email);
        QCOMPARE(normalised, email.trimmed().toLower());
        QCOMPARE(normalised.isEmpty(), email.trimmed().isEmpty());
    }

    void lookups_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("byExternalId");
        QTest::addColumn<qint64>("byEmail");
        QTest::addColumn<qint64>("found");
        QTest::newRow("CRM id") << u"L1"_qs << qint64(1) << qint64(0) << qint64(1);
        QTest::newRow("CRM id of a lead without e-mail") << u"L3"_qs << qint64(3) << qint64(0) << qint64(3);
        QTest::newRow("e-mail") << u"ann@example.com"_qs << qint64(0) << qint64(1) << qint64(1);
        QTest::newRow("e-mail as written in an event file")
            << u" Ann@Example.COM "_qs << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("e-mail of a lead without CRM id")
            << u"eve@example.com"_qs << qint64(0) << qint64(4) << qint64(4);
        QTest::newRow("a CRM id moved to another lead") << u"L2"_qs << qint64(5) << qint64(0) << qint64(5);
        QTest::newRow("the moved lead's old e-mail stays")
            << u"bob@example.com"_qs << qint64(0) << qint64(2) << qint64(2);
        QTest::newRow("unknown") << u"L9"_qs << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("case matters in CRM ids") << u"l1"_qs << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("a key that is a prefix") << u"L"_qs << qint64(0) << qint64(0) << qint64(0);
    }

    void lookups()
    {
        LeadIndex index;
        index.add(1, u"L1", u"ann@example.com");
        index.add(2, u"L2", u"bob@example.com");
        index.add(3, u"L3", u"");
        index.add(4, u"", u"eve@example.com");
        index.add(5, u"L2", u""); // L2 now names lead 5
        QFETCH(QString, key);
        QTEST(qint64(index.byExternalId(key)), "byExternalId");
        QTEST(qint64(index.byEmail(key)), "byEmail");
        QTEST(qint64(index.find(key)), "found");
        QCOMPARE(index.size(), qsizetype(3)); // the larger of three CRM ids and three e-mails
    }

    // The writer asks for keys' slots before it looks them up: on an index just made
    // (no slot yet asked for), after a reset and while it grows. Nothing changes.
    void prefetchChangesNothing()
    {
        LeadIndex index;
        const auto any = [](std::uint32_t hash) { return LeadIndex::Key{QStringView(), hash}; };
        for (std::uint32_t hash : {0u, 1u, 15u, 16u, 0xffffffffu})
            index.prefetch(any(hash), any(hash));
        index = LeadIndex();
        index.prefetch(any(0xffffffffu), any(7));
        for (int i = 1; i <= 1000; ++i) {
            const QString externalId = u"CRM-%1"_qs.arg(i), email = u"lead.%1@example.com"_qs.arg(i);
            index.prefetch(LeadIndex::keyOf(externalId), LeadIndex::keyOf(email));
            QCOMPARE(qint64(index.byExternalId(externalId)), qint64(0));
            index.add(i, externalId, email);
        }
        QCOMPARE(index.size(), qsizetype(1000));
        QCOMPARE(qint64(index.byEmail(u"lead.1000@example.com"_qs)), qint64(1000));
        QCOMPARE(qint64(index.byExternalId(u"CRM-1"_qs)), qint64(1));
    }

    // A large reservation faults its keys' memory in on threads of its own: they stop
    // before a buffer grows or the index is replaced, and the keys stay as added.
    void largeIndexReplacedAndGrownWhileFollowed()
    {
        LeadIndex index;
        index.reserve(70000);
        for (int i = 1; i <= 5000; ++i)
            index.add(i, u"CRM-%1"_qs.arg(i), u"lead.%1@example.com"_qs.arg(i));
        index = LeadIndex();
        QCOMPARE(qint64(index.byExternalId(u"CRM-1"_qs)), qint64(0));
        index.reserve(70000);
        constexpr int beyondReserved = 200000; // the characters' and entries' buffers move
        for (int i = 1; i <= beyondReserved; ++i)
            index.add(i, u"CRM-%1"_qs.arg(i), u"a.much.longer.address.than.most.%1@example.com"_qs.arg(i));
        QCOMPARE(index.size(), qsizetype(beyondReserved));
        QCOMPARE(qint64(index.byExternalId(u"CRM-1"_qs)), qint64(1));
        QCOMPARE(qint64(index.byEmail(u"a.much.longer.address.than.most.%1@example.com"_qs.arg(beyondReserved))),
                 qint64(beyondReserved));
        LeadIndex moved = std::move(index);
        QCOMPARE(qint64(moved.byExternalId(u"CRM-70000"_qs)), qint64(70000));
    }

    void manyKeysThroughManyRehashes_data()
    {
        QTest::addColumn<bool>("reserved");
        QTest::newRow("grown from empty") << false;
        QTest::newRow("reserved first") << true;
    }

    void manyKeysThroughManyRehashes()
    {
        QFETCH(bool, reserved);
        constexpr int leads = 200000;
        LeadIndex index;
        if (reserved)
            index.reserve(leads);
        for (int i = 1; i <= leads; ++i)
            index.add(i, u"CRM-000000%1"_qs.arg(i), u"lead.%1@example.com"_qs.arg(i));
        QCOMPARE(index.size(), qsizetype(leads));
        for (int i = 1; i <= leads; i += 997) {
            QCOMPARE(qint64(index.byExternalId(u"CRM-000000%1"_qs.arg(i))), qint64(i));
            QCOMPARE(qint64(index.find(u"LEAD.%1@EXAMPLE.COM"_qs.arg(i))), qint64(i));
        }
        QCOMPARE(qint64(index.byExternalId(u"CRM-000000%1"_qs.arg(leads + 1))), qint64(0));
        QCOMPARE(qint64(index.byEmail(u"lead.0@example.com"_qs)), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestLeadIndex)
#include "tst_import_leadindex.moc"
