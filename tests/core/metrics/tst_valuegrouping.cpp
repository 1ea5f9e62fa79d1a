// Values that differ only in case or surrounding spaces are one value wherever the
// dashboard and `leadstage metrics` group or filter by them, shown in their most
// frequent spelling.

#include "MetricsFixture.h"
#include "metrics/LeadSelection.h"
#include "metrics/ValueDictionary.h"

using namespace LeadStage;
using namespace LeadStage::Testing;

class ValueGroupingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellingsOfOneValue_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("shown"); // by id, from 1
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("case and spaces are one value")
            << QStringList{u"Google"_qs, u"google "_qs, u" GOOGLE"_qs, u"Bing"_qs}
            << QStringList{u"Google"_qs, u"Bing"_qs} << QList<int>{1, 1, 1, 2};
        QTest::newRow("the most frequent spelling is shown") << QStringList{u"google"_qs, u"Google"_qs, u"Google"_qs}
                                                             << QStringList{u"Google"_qs} << QList<int>{1, 1, 1};
        QTest::newRow("a tie shows the first seen")
            << QStringList{u"linkedin"_qs, u"LinkedIn"_qs} << QStringList{u"linkedin"_qs} << QList<int>{1, 1};
        QTest::newRow("spaces only is no value")
            << QStringList{u"  "_qs, u"Webinar"_qs, u""_qs} << QStringList{u"Webinar"_qs} << QList<int>{0, 1, 0};
        QTest::newRow("a trailing space is not shown")
            << QStringList{u"Paid search "_qs, u"Paid search "_qs, u"paid search"_qs} << QStringList{u"Paid search"_qs}
            << QList<int>{1, 1, 1};
        QTest::newRow("letters beyond ASCII fold too")
            << QStringList{u"Müller Ads"_qs, u"MÜLLER ADS"_qs} << QStringList{u"Müller Ads"_qs} << QList<int>{1, 1};
    }

    void spellingsOfOneValue()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, shown);
        QFETCH(QList<int>, ids);
        ValueDictionary dictionary;
        QList<int> interned;
        for (const QString &text : texts)
            interned << int(dictionary.intern(text));
        dictionary.seal();
        QCOMPARE(interned, ids);
        QCOMPARE(int(dictionary.size()), shown.size() + 1);
        for (int id = 1; id <= shown.size(); ++id)
            QCOMPARE(dictionary.at(std::uint32_t(id)), shown[id - 1]);
        for (const QString &text : texts)
            QCOMPARE(dictionary.find(text.toUpper() + u"  "_qs), std::optional<std::uint32_t>(dictionary.intern(text)));
    }

    // The dashboard reads the leads in two halves and joins their dictionaries
    // (MetricsSnapshot::append): cut anywhere, the ids, counts and shown spellings are
    // those of one pass.
    void absorbedHalvesAreOnePass_data() { spellingsOfOneValue_data(); }

    void absorbedHalvesAreOnePass()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, shown);
        QFETCH(QList<int>, ids);
        for (qsizetype cut = 0; cut <= texts.size(); ++cut) {
            ValueDictionary first, second;
            QList<int> interned;
            for (qsizetype k = 0; k < cut; ++k)
                interned << int(first.intern(texts[k]));
            std::vector<std::uint32_t> later;
            for (qsizetype k = cut; k < texts.size(); ++k)
                later.push_back(second.intern(texts[k]));
            const std::vector<std::uint32_t> absorbed = first.absorb(second);
            for (const std::uint32_t id : later)
                interned << int(absorbed[id]);
            first.seal();
            QCOMPARE(interned, ids);
            QCOMPARE(int(first.size()), shown.size() + 1);
            for (int id = 1; id <= shown.size(); ++id)
                QCOMPARE(first.at(std::uint32_t(id)), shown[id - 1]);
        }
    }

    void sourceTableAndFilterGroupSpellings()
    {
        MetricsFixture fixture(u"2025-12-31"_qs);
        const QStringList sources = {u"Google"_qs, u"google "_qs, u"GOOGLE"_qs, u"Google"_qs, u"Bing"_qs};
        for (int i = 0; i < sources.size(); ++i)
            fixture.addLead(LeadSpec{i + 1, u"2025-01-01"_qs, u"2025-02-01"_qs, {}, {}, sources[i]});
        const FunnelReport report = FunnelMetrics(fixture.snapshot(), {}, Bucket::Month).compute();
        const QualityTable *table = nullptr;
        for (const QualityTable &candidate : report.quality)
            if (candidate.dimension == Dimension::Source)
                table = &candidate;
        QVERIFY(table);
        QCOMPARE(table->rows.size(), std::size_t(2));
        QCOMPARE(fixture.snapshot().dictionary(Dimension::Source).at(table->rows[0].valueId), u"Google"_qs);
        QCOMPARE(table->rows[0].iqls, 4);
        MetricsFilter filter;
        filter.sources = {u"google"_qs}; // as typed on the command line
        QCOMPARE(LeadSelection::rows(fixture.snapshot(), filter).size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(ValueGroupingTest)
#include "tst_valuegrouping.moc"
