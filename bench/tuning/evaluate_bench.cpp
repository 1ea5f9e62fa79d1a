// Times `leadstage evaluate`'s work without the loading (budget on the demo's 1 M leads
// and 10 M events, issue 17: a back-test of one model ≤ 2 s, a comparison of two ≤ 3 s).
// Loads the workspace once (reported apart), then runs ModelEvaluation — the replays,
// the population, every figure and, for two models, the paired AUC difference and the
// stage transition matrix — as of the default date and at IQL and MQL entry.
//
//   evaluate_bench [--leads N] [--runs R] [WORKSPACE]   (default /tmp/leadstage-evaluate-1m.leadstage)
//
// A missing WORKSPACE is generated first as a scored demo of N leads (default 1 000 000).

#include "BenchDemo.h"
#include "common/HugePages.h"
#include "demo/DemoWorkspace.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelInForce.h"
#include "store/Workspace.h"
#include "tuning/ModelEvaluation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace LeadStage;

namespace {

struct Case
{
    const char *name;
    BackTestMoment moment;
    int models;
};

int timeCase(const Case &c, const std::vector<ModelEvaluation::Candidate> &candidates, const ScoringInput &input,
             std::int64_t dataEnd, int runs)
{
    BackTestRequest request;
    request.moment = c.moment;
    request.asOf = ModelEvaluation::defaultAsOf(dataEnd, request.horizonDays);
    const std::vector<ModelEvaluation::Candidate> chosen(candidates.begin(), candidates.begin() + c.models);
    std::vector<qint64> times;
    std::size_t scored = 0;
    double auc = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto evaluated = ModelEvaluation::run(chosen, input, request, dataEnd);
        times.push_back(timer.elapsed());
        if (!evaluated)
            return Bench::fail("evaluate_bench", evaluated.error());
        scored = evaluated->front().population.cases.size();
        auc = evaluated->back().figures.auc.auc;
    }
    std::sort(times.begin(), times.end());
    std::printf("%-40s %5lld ms median, best %5lld, worst %5lld; %zu leads scored, AUC %.3f\n", c.name,
                static_cast<long long>(times[times.size() / 2]), static_cast<long long>(times.front()),
                static_cast<long long>(times.back()), scored, auc);
    return 0;
}

// Where one as-of back-test's time goes: the population (the replays) and the figures
// (AUC with DeLong, ROC curve, gains, bands, per stage), each sorting the scores.
void timeParts(const ScoringModel &model, const ScoringInput &input, std::int64_t dataEnd, int runs)
{
    BackTestRequest request;
    request.asOf = ModelEvaluation::defaultAsOf(dataEnd, request.horizonDays);
    std::vector<qint64> build, figures;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto population = BackTest::build(model, input, request, dataEnd);
        build.push_back(timer.restart());
        if (!population)
            return;
        const BackTestFigures f = BackTestFigures::of(*population);
        figures.push_back(timer.elapsed());
        (void)f;
    }
    std::sort(build.begin(), build.end());
    std::sort(figures.begin(), figures.end());
    std::printf("  of which, as of: population (replays) %lld ms, figures %lld ms (medians)\n",
                static_cast<long long>(build[build.size() / 2]), static_cast<long long>(figures[figures.size() / 2]));
}

} // namespace

int main(int argc, char **argv)
{
    // As leadstage runs (app/main.cpp): the heap on transparent huge pages.
    LeadStage::HugePageHeap::restartIfUseful(argv);
    QCoreApplication application(argc, argv);
    const Bench::Arguments arguments =
        Bench::parse(application.arguments(), {u"/tmp/leadstage-evaluate-1m.leadstage"_qs, 1000000, 3});
    auto demo = Bench::loadDemo(arguments);
    if (!demo)
        return Bench::fail("evaluate_bench", demo.error());
    const std::int64_t dataEnd = demo->dataEnd;
    const ScoringInput &input = demo->input;
    const ScoringModel &model = demo->active.model;
    std::printf("loading (not in the figures below): %zu leads, %zu events in %lld ms\n", input.leads.size(),
                input.events.eventCount(), static_cast<long long>(demo->loadMs));
    // The second model: the what-if's usual edit, IQL 25 -> 30 and whitepapers paying more.
    ScoringModel draft = model;
    draft.thresholds.iql = 30;
    if (draft.rules.size() > 1)
        draft.rules[1].points += 5;
    const std::vector<ModelEvaluation::Candidate> candidates = {{u"active"_qs, model}, {u"draft"_qs, draft}};
    const int runs = std::max(1, arguments.runs);
    std::printf("%u cores, %d runs each (budget: one model 2000 ms, two models 3000 ms)\n",
                std::thread::hardware_concurrency(), runs);
    for (const Case &c : {Case{"back-test, as of the default date", BackTestMoment::AsOf, 1},
                          Case{"comparison of two models, as of", BackTestMoment::AsOf, 2},
                          Case{"back-test, at IQL entry", BackTestMoment::AtIql, 1},
                          Case{"comparison of two models, at IQL entry", BackTestMoment::AtIql, 2},
                          Case{"back-test, at MQL entry", BackTestMoment::AtMql, 1},
                          Case{"comparison of two models, at MQL entry", BackTestMoment::AtMql, 2},
                          Case{"back-test, snapshot", BackTestMoment::Snapshot, 1}})
        if (int failed = timeCase(c, candidates, input, dataEnd, runs))
            return failed;
    timeParts(model, input, dataEnd, runs);
    return 0;
}
