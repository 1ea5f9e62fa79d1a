#pragma once

// A temporary workspace filled row by row with prepared statements — leads, events,
// outcomes and lead_state as a scorer would have written it — and loaded into a
// MetricsSnapshot, so each test states its stage moments directly.

#include "../ServerPlacement.h"
#include "common/TimeFormat.h"
#include "metrics/FunnelMetrics.h"
#include "metrics/SnapshotLoader.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace LeadStage::Testing {

// "2025-03-14" (midnight) or "2025-03-14T09:30:00Z"; empty: none.
inline std::optional<std::int64_t> at(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto time = text.size() == 10 ? parseIsoDate(text) : parseIsoUtc(text);
    if (!time)
        qFatal("bad time in test: %s", qPrintable(text));
    return time;
}

inline std::int64_t time(const QString &text)
{
    return *at(text);
}

struct LeadSpec
{
    std::int64_t id = 0;
    QString created = u"2025-01-01"_qs;
    QString iql, mql, pql;
    QString source, campaign, industry, country;
    QString grade = u"D"_qs;
};

class MetricsFixture
{
public:
    explicit MetricsFixture(const QString &asOf)
        : m_asOf(time(asOf))
    {
        auto created = Workspace::create(m_dir.filePath(u"metrics.leadstage"_qs));
        if (!created)
            qFatal("workspace: %s", qPrintable(created.error().toString()));
        m_workspace = m_placement.place(std::move(created.value()));
    }

    bool onServer() const { return m_placement.onServer(); }

    Database &database() { return m_workspace->database(); }
    Workspace &workspace() { return *m_workspace; }

    void addLead(const LeadSpec &lead)
    {
        auto insert =
            database().prepare("INSERT INTO leads (id, email, source, campaign, industry, country, created_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert->bind(1, lead.id).bind(2, u"lead%1@example.com"_qs.arg(lead.id)).bind(3, lead.source);
        insert->bind(4, lead.campaign).bind(5, lead.industry).bind(6, lead.country).bind(7, time(lead.created));
        check(insert->run());
        auto state = database().prepare(
            "INSERT INTO lead_state (lead_id, as_of, grade, iql_at, mql_at, pql_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        state->bind(1, lead.id).bind(2, m_asOf).bind(3, lead.grade);
        state->bind(4, at(lead.iql)).bind(5, at(lead.mql)).bind(6, at(lead.pql));
        check(state->run());
    }

    // Times separated by ';'.
    void addEvents(std::int64_t leadId, const QString &times)
    {
        auto insert = database().prepare("INSERT INTO events (lead_id, occurred_at, activity_id, id)"
                                         " VALUES (?1, ?2, (SELECT id FROM activity_types WHERE key = 'blog_read'),"
                                         " (SELECT coalesce(max(id), 0) + 1 FROM events))");
        for (const QString &item : times.split(u';', Qt::SkipEmptyParts)) {
            insert->bind(1, leadId).bind(2, time(item.trimmed()));
            check(insert->run());
        }
    }

    void addOutcome(std::int64_t leadId, const QString &sqlAt, const QString &opportunityAt = {},
                    const QString &customerAt = {})
    {
        auto insert = database().prepare(
            "INSERT INTO outcomes (lead_id, sql_at, opportunity_at, customer_at) VALUES (?1, ?2, ?3, ?4)");
        insert->bind(1, leadId).bind(2, at(sqlAt)).bind(3, at(opportunityAt)).bind(4, at(customerAt));
        check(insert->run());
    }

    const MetricsSnapshot &snapshot()
    {
        if (!m_snapshot) {
            auto loaded = SnapshotLoader(database()).load();
            if (!loaded)
                qFatal("snapshot: %s", qPrintable(loaded.error().toString()));
            m_snapshot = std::move(loaded.value());
        }
        return *m_snapshot;
    }

private:
    static void check(const Status &status)
    {
        if (!status)
            qFatal("insert: %s", qPrintable(status.error().toString()));
    }

    QTemporaryDir m_dir;
    ServerPlacement m_placement;
    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_asOf;
    std::optional<MetricsSnapshot> m_snapshot;
};

inline Period month(const QString &yearMonth)
{
    return Period::containing(time(yearMonth + u"-01"_qs), Bucket::Month);
}

inline Period quarter(const QString &yearMonth)
{
    return Period::containing(time(yearMonth + u"-01"_qs), Bucket::Quarter);
}

inline std::vector<std::int64_t> ids(std::initializer_list<std::int64_t> list)
{
    return std::vector<std::int64_t>(list);
}

inline std::size_t behind(const FunnelMetrics &metrics, MetricCell::Measure measure, std::optional<Period> period,
                          int index = 0)
{
    return metrics.leadsBehind(MetricCell{measure, period, index}).size();
}

// Every number of a report against the size of its drill-down list.
inline void checkDrillDowns(const FunnelMetrics &metrics, const FunnelReport &report)
{
    using Measure = MetricCell::Measure;
    for (const CohortRow &cohort : report.cohorts) {
        QCOMPARE(behind(metrics, Measure::Iqls, cohort.period), std::size_t(cohort.size));
        QCOMPARE(behind(metrics, Measure::CohortSize, cohort.period), std::size_t(cohort.size));
        QCOMPARE(behind(metrics, Measure::Converted, cohort.period), std::size_t(cohort.converted));
        for (int k = 0; k < CohortRow::monthColumns; ++k)
            QCOMPARE(behind(metrics, Measure::ConvertedBy, cohort.period, k),
                     std::size_t(cohort.convertedBy[std::size_t(k)]));
    }
    QCOMPARE(behind(metrics, Measure::Iqls, std::nullopt), std::size_t(report.summary.iqls));
    QCOMPARE(behind(metrics, Measure::CohortSize, std::nullopt), std::size_t(report.summary.matureCohortSize));
    QCOMPARE(behind(metrics, Measure::Converted, std::nullopt), std::size_t(report.summary.matureConverted));
    for (const TimeToMqlRow &row : report.timeToMql.perPeriod)
        QCOMPARE(behind(metrics, Measure::TimeToMql, row.period), std::size_t(row.days.count));
    QCOMPARE(behind(metrics, Measure::TimeToMql, std::nullopt), std::size_t(report.timeToMql.overall.count));
    for (int bin = 0; bin < TimeToMqlHistogram::binCount; ++bin)
        QCOMPARE(behind(metrics, Measure::TimeToMqlBin, std::nullopt, bin),
                 std::size_t(report.timeToMql.histogram.counts[std::size_t(bin)]));
    for (const EngagementPoint &point : report.engagement) {
        QCOMPARE(behind(metrics, Measure::IqlDuringMonth, point.month), std::size_t(point.iqls));
        QCOMPARE(behind(metrics, Measure::EngagedInMonth, point.month), std::size_t(point.engaged));
    }
    for (int stage = 0; stage < 7; ++stage) {
        QCOMPARE(behind(metrics, Measure::CurrentStage, std::nullopt, stage),
                 std::size_t(report.stages.current[std::size_t(stage)]));
        QCOMPARE(behind(metrics, Measure::EverReached, std::nullopt, stage),
                 std::size_t(report.stages.everReached[std::size_t(stage)]));
    }
    for (const QualityTable &table : report.quality)
        for (const QualityRow &row : table.rows) {
            const auto count = [&](Measure measure) {
                return metrics.leadsBehind(MetricCell{measure, std::nullopt, 0, table.dimension, row.valueId}).size();
            };
            QCOMPARE(count(Measure::QualityIqls), std::size_t(row.iqls));
            QCOMPARE(count(Measure::QualityConverted), std::size_t(row.converted));
            QCOMPARE(count(Measure::QualityCustomers), std::size_t(row.customers));
            QCOMPARE(count(Measure::QualityWithMql), std::size_t(row.withMql));
        }
}

} // namespace LeadStage::Testing
