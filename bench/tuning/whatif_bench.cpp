// Times the rule editor's live what-if (budget: the side panel refreshed
// within 300 ms of an edit on a 100 k-lead workspace, on the 2-core machine). Loads
// the workspace once, then compares a series of draft edits with the active model:
// replay of every lead under the draft, the dashboard's numbers for both sides and
// the leads that change stage. Also measures how fast a stale request gives up.
//
//   whatif_bench [--leads N] [--runs R] [WORKSPACE]   (default /tmp/leadstage-whatif-100k.leadstage)
//
// A missing WORKSPACE is generated first as a scored demo of N leads (default 100 000).

#include "BenchDemo.h"
#include "common/HugePages.h"
#include "demo/DemoWorkspace.h"
#include "store/Workspace.h"
#include "tuning/WhatIfRequests.h"
#include "tuning/WhatIfSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

using namespace LeadStage;

namespace {

struct Edit
{
    const char *name;
    std::function<void(ScoringModel &)> apply;
    MetricsFilter filter;
};

std::vector<Edit> edits()
{
    MetricsFilter sources;
    sources.sources = {u"Organic Search"_qs, u"Webinar"_qs};
    MetricsFilter grades;
    grades.grades = {Grade::A, Grade::B};
    return {
        {"IQL threshold 25 -> 30", [](ScoringModel &m) { m.thresholds.iql = 30; }, {}},
        {"MQL threshold 50 -> 40", [](ScoringModel &m) { m.thresholds.mql = 40; }, {}},
        {"decay 3 months/5 -> 2 months/10",
         [](ScoringModel &m) {
             m.decay = {2, 10};
         },
         {}},
        {"whitepaper 10 -> 15 points", [](ScoringModel &m) { m.rules[1].points = 15; }, {}},
        {"no demo-request trigger", [](ScoringModel &m) { m.triggers.erase(m.triggers.begin()); }, {}},
        {"grade A from 60, ICP MQL 40; A+B",
         [](ScoringModel &m) {
             m.fit.grades.a = 60;
             m.thresholds.mqlIcp = 40;
         },
         grades},
        {"IQL 30, two sources", [](ScoringModel &m) { m.thresholds.iql = 30; }, sources},
    };
}

struct Timing
{
    qint64 total = 0, score = 0, metrics = 0;
};

void timeEdits(const WhatIfSession &session, const ScoringModel &active, int runs)
{
    for (const Edit &edit : edits()) {
        ScoringModel draft = active;
        edit.apply(draft);
        std::vector<Timing> timings;
        int changed = 0, activeIqls = 0, draftIqls = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto comparison = session.compare(draft, edit.filter);
            const qint64 total = timer.elapsed();
            if (!comparison) {
                std::printf("%s: %s\n", edit.name, qPrintable(comparison.error().toString()));
                return;
            }
            timings.push_back({total, comparison->scoreMs, comparison->metricsMs});
            changed = comparison->changes.changed();
            activeIqls = comparison->active.summary.iqls;
            draftIqls = comparison->draft.summary.iqls;
        }
        std::sort(timings.begin(), timings.end(), [](const Timing &a, const Timing &b) { return a.total < b.total; });
        const Timing &median = timings[timings.size() / 2];
        std::printf("%-34s %4lld ms median (replay %3lld + numbers %3lld), best %4lld, worst %4lld;"
                    " IQLs %d -> %d, %d leads change stage\n",
                    edit.name, static_cast<long long>(median.total), static_cast<long long>(median.score),
                    static_cast<long long>(median.metrics), static_cast<long long>(timings.front().total),
                    static_cast<long long>(timings.back().total), activeIqls, draftIqls, changed);
    }
}

// A request cancelled a few milliseconds after it started, as when the analyst types
// the next digit: how long until its worker is free again.
void timeCancel(const WhatIfSession &session, const ScoringModel &active)
{
    ScoringModel draft = active;
    draft.thresholds.iql = 30;
    WhatIfRequests requests;
    const WhatIfRequests::Ticket stale = requests.next();
    QElapsedTimer timer;
    timer.start();
    qint64 cancelledAt = 0;
    std::thread worker([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        cancelledAt = timer.elapsed();
        (void)requests.next();
    });
    auto result = session.compare(draft, {}, Bucket::Month, stale.progress.get());
    const qint64 returned = timer.elapsed();
    worker.join();
    std::printf("stale request cancelled after %lld ms returned after %lld ms (%s)\n",
                static_cast<long long>(cancelledAt), static_cast<long long>(returned),
                result ? "it had already finished" : "dropped");
}

} // namespace

int main(int argc, char **argv)
{
    // As leadstage runs (app/main.cpp): the heap on transparent huge pages.
    LeadStage::HugePageHeap::restartIfUseful(argv);
    QCoreApplication application(argc, argv);
    const Bench::Arguments arguments =
        Bench::parse(application.arguments(), {u"/tmp/leadstage-whatif-100k.leadstage"_qs, 100000, 5});
    auto workspace = Bench::openOrMakeDemo(arguments);
    if (!workspace)
        return Bench::fail("whatif_bench", workspace.error());
    QElapsedTimer timer;

    timer.start();
    auto session = WhatIfSession::load((*workspace)->database());
    if (!session)
        return Bench::fail("whatif_bench", session.error());
    std::printf("what-if session: %zu leads, %zu events loaded and scored under %s in %lld ms (once per workspace)\n",
                (*session)->leadCount(), (*session)->eventCount(), qPrintable((*session)->active().describe()),
                static_cast<long long>(timer.elapsed()));
    std::printf("%u cores; each edit: replay under the draft, both sides' dashboard numbers, stage changes"
                " (%d runs)\n",
                std::thread::hardware_concurrency(), std::max(1, arguments.runs));
    timeEdits(**session, (*session)->active().model, std::max(1, arguments.runs));
    timeCancel(**session, (*session)->active().model);
    return 0;
}
