// Times the threshold from capacity (budget: the capacity curve within 300 ms after a
// back-test, on the demo's 1 M leads). Loads the workspace once, then per run: the
// back-test as of the default date (BackTest::build), the replay that keeps each lead's
// peaks (ThresholdReach::collect, which evaluate also runs for its MQLs per month), and
// the curve with a proposal from those peaks (CapacityCurve::of + propose).
//
//   threshold_bench [--leads N] [--runs R] [WORKSPACE]   (default /tmp/leadstage-threshold-100k.leadstage)
//
// A missing WORKSPACE is generated first as a scored demo of N leads (default 100 000).

#include "BenchDemo.h"
#include "common/HugePages.h"
#include "demo/DemoWorkspace.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelInForce.h"
#include "store/Workspace.h"
#include "tuning/CapacityCurve.h"
#include "tuning/ModelEvaluation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace LeadStage;

namespace {

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    // As leadstage runs (app/main.cpp): the heap on transparent huge pages.
    LeadStage::HugePageHeap::restartIfUseful(argv);
    QCoreApplication application(argc, argv);
    const Bench::Arguments arguments =
        Bench::parse(application.arguments(), {u"/tmp/leadstage-threshold-100k.leadstage"_qs, 100000, 3});
    auto demo = Bench::loadDemo(arguments);
    if (!demo)
        return Bench::fail("threshold_bench", demo.error());
    const std::int64_t dataEnd = demo->dataEnd;
    const ScoringInput &input = demo->input;
    const ScoringModel &model = demo->active.model;
    QElapsedTimer timer;
    std::printf("loaded %zu leads, %zu events in %lld ms; %u cores, %d runs\n", input.leads.size(),
                input.events.eventCount(), static_cast<long long>(demo->loadMs), std::thread::hardware_concurrency(),
                std::max(1, arguments.runs));

    BackTestRequest request;
    request.asOf = ModelEvaluation::defaultAsOf(dataEnd, request.horizonDays);
    std::vector<qint64> backTests, reaches, curves;
    std::size_t rows = 0;
    int proposed = 0;
    for (int run = 0; run < std::max(1, arguments.runs); ++run) {
        timer.start();
        auto population = BackTest::build(model, input, request, dataEnd);
        if (!population)
            return Bench::fail("threshold_bench", population.error());
        backTests.push_back(timer.restart());
        auto reach = ThresholdReach::collect(model, input, *population, ThresholdReach::defaultMonths);
        if (!reach)
            return Bench::fail("threshold_bench", reach.error());
        reaches.push_back(timer.restart());
        const CapacityCurve curve = CapacityCurve::of(*reach, *population);
        CapacityConstraints constraints;
        constraints.mqlsPerMonth = curve.current().mqlsPerMonth * 0.8;
        constraints.catchShare = 0.5;
        const CapacityProposal proposal = curve.propose(constraints);
        curves.push_back(timer.elapsed());
        rows = curve.rows().size();
        proposed = proposal.row ? proposal.row->threshold : 0;
    }
    std::printf("back-test (as of the default date)          %5lld ms median\n",
                static_cast<long long>(median(backTests)));
    std::printf("peaks of every lead (one replay to the end) %5lld ms median (%.2f x the back-test)\n",
                static_cast<long long>(median(reaches)), double(median(reaches)) / double(median(backTests)));
    std::printf("capacity curve + proposal from the peaks    %5lld ms median (%zu rows, proposed %d; budget 300 ms)\n",
                static_cast<long long>(median(curves)), rows, proposed);
    return 0;
}
