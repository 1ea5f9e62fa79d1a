// Times suggested points (issue 17 item 8: at most 10 s on the demo's 1 M leads, on
// the 2-core machine). Loads the workspace once, then runs the suggestions for the
// active model as `leadstage suggest` does: the back-tests of both windows, each case's
// rule features from the engine's replay, the regression, the scale and the validation
// AUCs; then again with candidate new field rules. Loading is reported apart.
//
//   suggest_bench [--leads N] [--runs R] [WORKSPACE]   (default /tmp/leadstage-suggest-1m.leadstage)
//
// A missing WORKSPACE is generated first as a scored demo of N leads (default 1 000 000).

#include "BenchDemo.h"
#include "common/HugePages.h"
#include "demo/DemoWorkspace.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelInForce.h"
#include "store/Workspace.h"
#include "tuning/LeadFieldPresence.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/SuggestedPoints.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace LeadStage;

namespace {

int timeRuns(const char *name, const ScoringModel &model, const ScoringInput &input, const BackTestRequest &request,
             std::int64_t dataEnd, const SuggestedPoints::Options &options, int runs)
{
    std::vector<qint64> times;
    std::optional<PointSuggestions> last;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto suggestions = SuggestedPoints::compute(model, input, request, dataEnd, nullptr, options);
        times.push_back(timer.elapsed());
        if (!suggestions)
            return Bench::fail("suggest_bench", suggestions.error());
        last = std::move(*suggestions);
    }
    std::sort(times.begin(), times.end());
    std::printf("%-28s median %6lld ms, best %6lld ms (%d runs); %zu suggestions, fitted %lld (%lld positive), "
                "validated %lld (%lld positive); AUC current %.3f, accepted %.3f, regression %.3f\n",
                name, static_cast<long long>(times[times.size() / 2]), static_cast<long long>(times.front()), runs,
                last->suggestions.size(), static_cast<long long>(last->split.fittedCases),
                static_cast<long long>(last->split.fittedPositives), static_cast<long long>(last->split.validatedCases),
                static_cast<long long>(last->split.validatedPositives), last->currentAuc.auc, last->acceptedAuc.auc,
                last->regressionAuc.auc);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // As leadstage runs (app/main.cpp): the heap on transparent huge pages.
    LeadStage::HugePageHeap::restartIfUseful(argv);
    QCoreApplication application(argc, argv);
    const Bench::Arguments arguments =
        Bench::parse(application.arguments(), {u"/tmp/leadstage-suggest-1m.leadstage"_qs, 1000000, 3});
    auto demo = Bench::loadDemo(arguments);
    if (!demo)
        return Bench::fail("suggest_bench", demo.error());
    const std::int64_t dataEnd = demo->dataEnd;
    const ScoringInput &input = demo->input;
    const ScoringModel &model = demo->active.model;
    auto presence = LeadFieldPresence::read(demo->workspace->database());
    if (!presence)
        return Bench::fail("suggest_bench", presence.error());
    std::printf("loaded %zu leads and %zu events in %lld ms (once per workspace); %u cores\n", input.leads.size(),
                input.events.eventCount(), static_cast<long long>(demo->loadMs), std::thread::hardware_concurrency());

    BackTestRequest request; // customer within 180 days, as of the latest complete date
    request.asOf = ModelEvaluation::defaultAsOf(dataEnd, request.horizonDays);
    const int runs = std::max(1, arguments.runs);
    SuggestedPoints::Options options;
    if (int failed = timeRuns("suggestions, as of T", model, input, request, dataEnd, options, runs))
        return failed;
    options.newFieldRules = true;
    options.attributeKeys = presence->attributeNames();
    if (int failed = timeRuns("with new field rules", model, input, request, dataEnd, options, runs))
        return failed;
    options.newFieldRules = false;
    request.moment = BackTestMoment::AtMql;
    request.outcome = OutcomeStage::Sql;
    return timeRuns("sql at MQL entry", model, input, request, dataEnd, options, runs);
}
