// Times the rule editor's what-if panel as the analyst meets it: the real
// ModelEditorPage, shown offscreen at 1366×768, on a workspace. Prints how long the
// panel takes to read the workspace, and for a series of edits the time from the
// edit to the draft's numbers on screen (300 ms on 100 k leads) and the
// longest stretch the GUI thread was blocked (50 ms), measured by a 1 ms timer.
//
//   whatif_panel_bench WORKSPACE.leadstage [--runs R]
//
// The workspace is opened read-only and never modified.
#include "BenchArguments.h"
#include "StallProbe.h"
#include "common/HugePages.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "ruleeditor/WhatIfPanel.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace LeadStage;

namespace {

struct Step
{
    QString label;
    std::function<Status(ModelDraft &)> edit;
};

Thresholds withIql(const ModelDraft &draft, int iql)
{
    Thresholds thresholds = draft.model().thresholds;
    thresholds.iql = iql;
    return thresholds;
}

} // namespace

int main(int argc, char *argv[])
{
    // As leadstage runs (app/main.cpp): the heap on transparent huge pages.
    LeadStage::HugePageHeap::restartIfUseful(argv);
    Bench::preferOffscreen();
    QApplication application(argc, argv);
    QTextStream out(stdout);
    const auto parsed = Bench::parseWorkspaceRuns("whatif_panel_bench", QCoreApplication::arguments(), 3);
    if (!parsed)
        return 2;
    const Bench::Arguments &arguments = *parsed;
    const int runs = arguments.runs;
    auto workspace = Workspace::open(arguments.path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace) {
        std::fprintf(stderr, "whatif_panel_bench: %s\n", qPrintable(workspace.error().toString()));
        return 1;
    }

    ModelEditorPage page;
    page.resize(1366, 768);
    page.show();
    WhatIfPanel *panel = page.whatIf();
    Bench::StallProbe probe;

    // Runs the event loop until `done` holds (checked every few ms), at most 120 s.
    const auto waitUntil = [](const std::function<bool()> &done) {
        QElapsedTimer limit;
        limit.start();
        while (!done() && limit.elapsed() < 120000) {
            QEventLoop loop;
            QTimer::singleShot(2, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return done();
    };
    const auto print = [&](const QString &what, double ms) {
        out << what.leftJustified(46) << QString::number(ms, 'f', 0).rightJustified(8) << " ms"
            << QString::number(probe.longestMs(), 'f', 1).rightJustified(10) << " ms\n";
        out.flush();
    };

    out << u"step"_qs.leftJustified(46) << "  on screen   GUI blocked (longest)\n";
    QElapsedTimer timer;
    timer.start();
    probe.reset();
    page.setWorkspace(std::shared_ptr<Workspace>(std::move(*workspace)));
    if (!waitUntil([&] { return page.draft()->hasModel() && !page.isLoading() && !panel->isLoading(); })
        || !panel->stateText().contains(u"equals"_qs)) {
        std::fprintf(stderr, "whatif_panel_bench: the panel did not read the workspace: %s\n",
                     qPrintable(panel->stateText()));
        return 1;
    }
    print(u"read the workspace (session + active scores)"_qs, double(timer.elapsed()));

    const QList<Step> steps = {
        {u"IQL threshold 25 → 30"_qs, [](ModelDraft &d) { return d.setThresholds(withIql(d, 30)); }},
        {u"IQL threshold 30 → 35"_qs, [](ModelDraft &d) { return d.setThresholds(withIql(d, 35)); }},
        {u"decay 3 months / 5 → 2 months / 10"_qs,
         [](ModelDraft &d) {
             return d.setDecay(DecayRule{2, 10});
         }},
        {u"first rule +5 points"_qs,
         [](ModelDraft &d) {
             ScoringRule rule = d.model().rules.front();
             rule.points += 5;
             return d.changeRule(0, RuleField::Points, rule);
         }},
    };
    double worstShown = 0, worstBlocked = 0;
    for (int run = 0; run < runs; ++run) {
        page.draft()->revert();
        if (!waitUntil([&] { return !panel->isComparing(); }))
            return 1;
        for (const Step &step : steps) {
            probe.reset();
            const auto previous = panel->shown();
            if (Status edited = step.edit(*page.draft()); !edited) {
                std::fprintf(stderr, "whatif_panel_bench: %s\n", qPrintable(edited.error().toString()));
                return 1;
            }
            if (!waitUntil([&] { return !panel->isComparing() && panel->shown() && panel->shown() != previous; })) {
                std::fprintf(stderr, "whatif_panel_bench: no numbers for \"%s\"\n", qPrintable(step.label));
                return 1;
            }
            print(step.label, double(panel->lastRefreshMs()));
            worstShown = std::max(worstShown, double(panel->lastRefreshMs()));
            worstBlocked = std::max(worstBlocked, probe.longestMs());
        }
        // A drag of the IQL handle: an edit every 10 ms, then the last one's numbers.
        probe.reset();
        const auto previous = panel->shown();
        for (int iql = 36; iql <= 45; ++iql) {
            if (!page.draft()->setThresholds(withIql(*page.draft(), iql)))
                return 1;
            QEventLoop loop;
            QTimer::singleShot(10, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!waitUntil([&] { return !panel->isComparing() && panel->shown() != previous; }))
            return 1;
        print(u"drag IQL 36 … 45, an edit every 10 ms (last)"_qs, double(panel->lastRefreshMs()));
        worstShown = std::max(worstShown, double(panel->lastRefreshMs()));
        worstBlocked = std::max(worstBlocked, probe.longestMs());
    }
    out << "\nafter an edit: the draft's numbers on screen within " << QString::number(worstShown, 'f', 0)
        << " ms; GUI thread blocked at most " << QString::number(worstBlocked, 'f', 1) << " ms\n";
    return 0;
}
