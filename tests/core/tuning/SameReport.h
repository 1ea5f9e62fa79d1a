#pragma once

// Compares two dashboard reports number by number (doubles exactly: the same
// arithmetic on the same moments must give the same bits).

#include "metrics/FunnelReport.h"

#include <QTest>

namespace LeadStage::Testing {

inline bool sameStats(const DurationStats &a, const DurationStats &b)
{
    return a.count == b.count && a.mean == b.mean && a.minimum == b.minimum && a.lowerQuartile == b.lowerQuartile
           && a.median == b.median && a.upperQuartile == b.upperQuartile && a.maximum == b.maximum;
}

inline void verifySameReport(const FunnelReport &a, const FunnelReport &b)
{
    QCOMPARE(a.asOf, b.asOf);
    QCOMPARE(a.selectedLeads, b.selectedLeads);
    QVERIFY(a.periods == b.periods);
    QCOMPARE(a.generation.size(), b.generation.size());
    for (std::size_t i = 0; i < a.generation.size(); ++i)
        QCOMPARE(a.generation[i].iqls, b.generation[i].iqls);
    QCOMPARE(a.cohorts.size(), b.cohorts.size());
    for (std::size_t i = 0; i < a.cohorts.size(); ++i) {
        const CohortRow &x = a.cohorts[i], &y = b.cohorts[i];
        QVERIFY(x.period == y.period);
        QCOMPARE(x.size, y.size);
        QCOMPARE(x.converted, y.converted);
        QVERIFY(x.rate == y.rate);
        QCOMPARE(x.provisional, y.provisional);
        QVERIFY(x.convertedBy == y.convertedBy);
        QVERIFY(x.complete == y.complete);
    }
    QCOMPARE(a.timeToMql.perPeriod.size(), b.timeToMql.perPeriod.size());
    for (std::size_t i = 0; i < a.timeToMql.perPeriod.size(); ++i)
        QVERIFY(sameStats(a.timeToMql.perPeriod[i].days, b.timeToMql.perPeriod[i].days));
    QVERIFY(sameStats(a.timeToMql.overall, b.timeToMql.overall));
    QVERIFY(a.timeToMql.histogram.counts == b.timeToMql.histogram.counts);
    QCOMPARE(a.engagement.size(), b.engagement.size());
    for (std::size_t i = 0; i < a.engagement.size(); ++i) {
        QCOMPARE(a.engagement[i].iqls, b.engagement[i].iqls);
        QCOMPARE(a.engagement[i].engaged, b.engagement[i].engaged);
        QCOMPARE(a.engagement[i].partial, b.engagement[i].partial);
        QVERIFY(a.engagement[i].rate == b.engagement[i].rate);
    }
    QCOMPARE(a.stages.leads, b.stages.leads);
    QVERIFY(a.stages.current == b.stages.current);
    QVERIFY(a.stages.everReached == b.stages.everReached);
    QCOMPARE(a.quality.size(), b.quality.size());
    for (std::size_t t = 0; t < a.quality.size(); ++t) {
        QCOMPARE(a.quality[t].rows.size(), b.quality[t].rows.size());
        for (std::size_t i = 0; i < a.quality[t].rows.size(); ++i) {
            const QualityRow &x = a.quality[t].rows[i], &y = b.quality[t].rows[i];
            QCOMPARE(x.value, y.value);
            QCOMPARE(x.iqls, y.iqls);
            QCOMPARE(x.converted, y.converted);
            QCOMPARE(x.customers, y.customers);
            QCOMPARE(x.withMql, y.withMql);
            QVERIFY(x.mqlRate == y.mqlRate);
            QVERIFY(x.customerRate == y.customerRate);
            QVERIFY(x.medianDaysToMql == y.medianDaysToMql);
            QCOMPARE(x.provisional, y.provisional);
        }
    }
    const FunnelSummary &x = a.summary, &y = b.summary;
    QCOMPARE(x.iqls, y.iqls);
    QVERIFY(x.iqlsPerMonth == y.iqlsPerMonth);
    QCOMPARE(x.matureCohortSize, y.matureCohortSize);
    QCOMPARE(x.matureConverted, y.matureConverted);
    QVERIFY(x.conversion == y.conversion);
    QVERIFY(x.medianDaysToMql == y.medianDaysToMql);
    QVERIFY(x.engagementRate == y.engagementRate);
}

} // namespace LeadStage::Testing
