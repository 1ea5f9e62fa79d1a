// Times the IQL dashboard's arithmetic on a large workspace (DESIGN §8 budget: all
// numbers under 200 ms after a filter change on 1 M leads, on the 2-core machine).
// Generates and scores a demo workspace first when the file does not exist, loads
// the in-memory snapshot, then recomputes the whole report for a series of filters.
//
//   metrics_bench [--leads N] [--runs R] [WORKSPACE]   (default /tmp/leadstage-metrics-1m.leadstage)

#include "BenchArguments.h"
#include "common/HugePages.h"
#include "common/TimeFormat.h"
#include "demo/DemoSinks.h"
#include "metrics/FunnelMetrics.h"
#include "metrics/SnapshotLoader.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

using namespace LeadStage;

namespace {

Status generate(const QString &path, int leads)
{
    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::create(path);
    if (!workspace)
        return workspace.error();
    auto sink = WorkspaceDemoSink::create(**workspace);
    if (!sink)
        return sink.error();
    DemoOptions options;
    options.leads = leads;
    auto stats = DemoGenerator(options).run(**sink);
    if (!stats)
        return stats.error();
    std::printf("generated %lld leads, %lld events in %lld ms\n", static_cast<long long>(stats->leads),
                static_cast<long long>(stats->events), static_cast<long long>(timer.restart()));
    auto report = WorkspaceScorer(**workspace).run({});
    if (!report)
        return report.error();
    std::printf("scored in %lld ms (load %lld, score %lld, write %lld)\n", static_cast<long long>(timer.elapsed()),
                static_cast<long long>(report->loadMs), static_cast<long long>(report->scoreMs),
                static_cast<long long>(report->writeMs));
    return {};
}

struct Scenario
{
    const char *name;
    Bucket bucket;
    std::function<void(MetricsFilter &, const MetricsSnapshot &)> change;
};

std::vector<Scenario> scenarios()
{
    const auto first = [](const MetricsSnapshot &snapshot, Dimension dimension) {
        return snapshot.dictionary(dimension).at(std::min<std::uint32_t>(1, snapshot.dictionary(dimension).size() - 1));
    };
    return {
        {"no filter, months", Bucket::Month, [](MetricsFilter &, const MetricsSnapshot &) {}},
        {"no filter, quarters", Bucket::Quarter, [](MetricsFilter &, const MetricsSnapshot &) {}},
        {"one source", Bucket::Month,
         [=](MetricsFilter &f, const MetricsSnapshot &s) { f.sources = {first(s, Dimension::Source)}; }},
        {"grades A and B", Bucket::Month,
         [](MetricsFilter &f, const MetricsSnapshot &) {
             f.grades = {Grade::A, Grade::B};
         }},
        {"2025, one industry", Bucket::Month,
         [=](MetricsFilter &f, const MetricsSnapshot &s) {
             f.from = parseIsoDate(u"2025-01-01"_qs);
             f.to = parseIsoDate(u"2026-01-01"_qs);
             f.industries = {first(s, Dimension::Industry)};
         }},
        {"one country, one campaign", Bucket::Quarter,
         [=](MetricsFilter &f, const MetricsSnapshot &s) {
             f.countries = {first(s, Dimension::Country)};
             f.campaigns = {first(s, Dimension::Campaign)};
         }},
    };
}

QString percent(std::optional<double> value)
{
    return value ? QString::number(*value * 100, 'f', 1) + u" %"_qs : u"–"_qs;
}

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : u"–"_qs;
}

void printSummary(const FunnelReport &report)
{
    const FunnelSummary &summary = report.summary;
    std::printf("as of %s: %d IQLs over %zu months; %s IQLs per whole month\n", qPrintable(isoUtc(report.asOf)),
                summary.iqls, report.engagement.size(), qPrintable(number(summary.iqlsPerMonth)));
    std::printf("IQL->MQL within 180 d (final cohorts): %s (%d of %d)\n", qPrintable(percent(summary.conversion)),
                summary.matureConverted, summary.matureCohortSize);
    const DurationStats &days = report.timeToMql.overall;
    std::printf("time to MQL: median %s d, mean %s d, quartiles %s-%s d over %d leads\n",
                qPrintable(number(days.median)), qPrintable(number(days.mean)), qPrintable(number(days.lowerQuartile)),
                qPrintable(number(days.upperQuartile)), days.count);
    std::printf("engagement: mean monthly rate %s\n", qPrintable(percent(summary.engagementRate)));
    std::printf("stages now:");
    for (int stage = 0; stage < 7; ++stage)
        std::printf(" %s %d", qPrintable(stageName(Stage(stage))), report.stages.current[std::size_t(stage)]);
    std::printf("\n");
}

struct Timing
{
    qint64 filter = 0;  // selection + per-lead facts
    qint64 metrics = 0; // every number of the report
    qint64 total() const { return filter + metrics; }
};

void timeScenarios(const MetricsSnapshot &snapshot, int runs)
{
    for (const Scenario &scenario : scenarios()) {
        MetricsFilter filter;
        scenario.change(filter, snapshot);
        std::optional<Timing> best;
        std::size_t selected = 0;
        QElapsedTimer timer;
        for (int run = 0; run < runs; ++run) {
            timer.start();
            const FunnelMetrics metrics(snapshot, filter, scenario.bucket); // applies the filter
            Timing timing;
            timing.filter = timer.restart();
            const FunnelReport report = metrics.compute(); // every number at once
            timing.metrics = timer.elapsed();
            if (!best || timing.total() < best->total())
                best = timing;
            selected = std::size_t(report.selectedLeads);
        }
        const FunnelMetrics metrics(snapshot, filter, scenario.bucket);
        timer.start();
        const auto ids = metrics.leadsBehind({MetricCell::Measure::Iqls, std::nullopt});
        std::printf("%-26s %8zu leads: recompute %4lld ms (filter %3lld + metrics %3lld; best of %d);"
                    " drill-down of all IQLs %3lld ms (%zu ids)\n",
                    scenario.name, selected, static_cast<long long>(best->total()),
                    static_cast<long long>(best->filter), static_cast<long long>(best->metrics), runs,
                    static_cast<long long>(timer.elapsed()), ids.size());
    }
}

// The process's CPU time since `start`, every thread's together.
double cpuMs(std::clock_t start)
{
    return double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char **argv)
{
    // As leadstage runs (app/main.cpp): the heap on transparent huge pages.
    LeadStage::HugePageHeap::restartIfUseful(argv);
    QCoreApplication application(argc, argv);
    const Bench::Arguments arguments =
        Bench::parse(application.arguments(), {u"/tmp/leadstage-metrics-1m.leadstage"_qs, 1000000, 3});
    if (!QFileInfo::exists(arguments.path))
        if (Status made = generate(arguments.path, arguments.leads); !made)
            return Bench::fail("metrics_bench", made.error());
    auto workspace = Workspace::open(arguments.path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace)
        return Bench::fail("metrics_bench", workspace.error());

    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    auto snapshot = SnapshotLoader((*workspace)->database()).load();
    if (!snapshot)
        return Bench::fail("metrics_bench", snapshot.error());
    std::printf("snapshot of %zu leads loaded in %lld ms, %.0f ms of CPU (%.1f MB in columns)\n", snapshot->size(),
                static_cast<long long>(timer.elapsed()), cpuMs(cpu), double(snapshot->bytesUsed()) / 1e6);
    // As the dashboard reads it, with two more connections and threads: the leads in two
    // halves from schema version 11, else the leads beside two slices of the events.
    for (int run = 0; run < std::max(1, arguments.runs); ++run) {
        timer.restart();
        cpu = std::clock();
        std::vector<std::unique_ptr<Workspace>> events;
        std::vector<Database *> connections;
        for (int slice = 0; slice < 2; ++slice) {
            auto connection = Workspace::open(arguments.path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
            if (!connection)
                return Bench::fail("metrics_bench", connection.error());
            connections.push_back(&(*connection)->database());
            events.push_back(std::move(*connection));
        }
        const qint64 opened = timer.elapsed();
        auto beside = SnapshotLoader((*workspace)->database()).load(connections);
        if (!beside)
            return Bench::fail("metrics_bench", beside.error());
        std::printf("snapshot loaded as the dashboard does (three connections, two threads) in %lld ms, "
                    "%.0f ms of CPU (opening the connections %lld ms), %s\n",
                    static_cast<long long>(timer.elapsed()), cpuMs(cpu), static_cast<long long>(opened),
                    beside->bytesUsed() == snapshot->bytesUsed() ? "the same size" : "A DIFFERENT SIZE");
    }

    printSummary(FunnelMetrics(*snapshot, {}, Bucket::Month).compute());
    timeScenarios(*snapshot, std::max(1, arguments.runs));
    return 0;
}
