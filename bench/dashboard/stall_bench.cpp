// The longest the GUI thread is blocked while the analyst works on a large workspace
// (issue 20: never more than 16 ms, a frame at 60 Hz, on 1 M leads), in the real main
// window, offscreen unless a display is asked for. For each action it prints how long
// until its answer was on screen and the longest gap between two ticks of a 1 ms timer
// on the GUI thread (StallProbe), and ends with `figure gui_block_ms <max> ms`.
//
// The actions: opening the workspace (until every page has read it), a dashboard filter,
// the explorer's stage filter, a sort and a free-text search, a what-if edit in the
// scoring model, and (with --import) an import of CSV files through the wizard, until
// every page has read the workspace again. The import writes, so the bench works on a
// copy of the workspace in the same folder, deleted at the end.
//
//   stall_bench WORKSPACE.leadstage [--runs R] [--import LEADS.csv,EVENTS.csv] [--slow-ms MS] [--paints]
//
// --paints lists, under each slow event, the widgets it painted and what each took.
//
// Offscreen rendering paints into memory: a real screen adds the compositor's time,
// which does not run on the application's GUI thread. On a loaded machine a gap can
// also be the thread waiting for a core; the bench prints the GUI thread's own CPU time
// over the longest gap too, which tells the two apart. A virtual machine's own stops
// (no core of it runs anything) are left out of each gap and printed beside it
// (StallProbe's MachineClock). Under each action it lists every
// event whose handling took more than 8 ms of the GUI thread's CPU ("slow event: 22 ms
// Expose on QWidgetWindow …", a queued call on an object, a future's answer), and for each
// wizard page the CPU of the click that starts the next one: where a block comes from.
#include "BenchArguments.h"
#include "SlowEvents.h"
#include "StallProbe.h"
#include "WaitUntil.h"
#include "common/HugePages.h"

#include "Application.h"
#include "MainWindow.h"
#include "StoredSettings.h"
#include "dashboard/DashboardEngine.h"
#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"
#include "explorer/ExplorerFilterBar.h"
#include "explorer/LeadExplorer.h"
#include "explorer/LeadTableModel.h"
#include "importwizard/ImportWizard.h"
#include "metrics/MetricsSnapshot.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "ruleeditor/WhatIfPanel.h"
#include "workspace/WorkspaceTabs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <string_view>

using namespace LeadStage;

namespace {

bool waitUntil(const std::function<bool()> &done, int limitMs = 180000)
{
    return Bench::waitUntil(done, limitMs);
}

struct Action
{
    QString label;
    std::function<bool()> act;  // false: could not start
    std::function<bool()> done; // its answer is on screen
    // Issue 20 names opening, filtering, sorting, searching, the what-if and an import:
    // another action (closing) is shown but left out of the figure.
    bool inFigure = true;
    // act() waits for answers itself (the wizard's pages): its own direct calls are timed
    // as one delivery each, not the whole of it.
    bool turnsTheEventLoop = false;
};

bool copyWorkspace(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

// Runs the event loop for `ms`, whatever is pending.
void turnTheEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

constexpr int clickPauseMs = 50;

// Next (or Import on the check page) as soon as it is enabled, until the result page;
// `pageDone` hears of each page left, to say which one blocked.
bool walkWizard(Bench::SlowEventApplication &application, ImportWizard *wizard,
                const std::function<void(int page, double clickMs)> &pageDone)
{
    while (wizard->currentId() != ImportWizard::ResultPage) {
        // A person reads a page before clicking: without a turn of the event loop here,
        // pages whose Next is enabled at once (and the wizard's opening before them) were
        // clicked through back to back, one 35 ms block that no analyst can cause.
        turnTheEventLoop(clickPauseMs);
        QAbstractButton *button = nullptr;
        if (!waitUntil([&] {
                if (wizard->currentId() == ImportWizard::ResultPage)
                    return true;
                for (auto which : {QWizard::CommitButton, QWizard::NextButton}) {
                    QAbstractButton *candidate = wizard->button(which);
                    if (candidate->isVisible() && candidate->isEnabled()) {
                        button = candidate;
                        return true;
                    }
                }
                return false;
            }))
            return false;
        if (wizard->currentId() == ImportWizard::ResultPage)
            break;
        const int page = wizard->currentId();
        // The click runs the next page's start here, outside any event: timed on its own.
        const qint64 before = Bench::SlowEventApplication::threadCpuNs();
        application.asOneDelivery([&] { button->click(); });
        const double clickMs = double(Bench::SlowEventApplication::threadCpuNs() - before) / 1e6;
        if (!waitUntil([&] { return wizard->currentId() != page; }))
            return false;
        pageDone(page, clickMs);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // As leadstage runs (app/main.cpp): the heap on transparent huge pages.
    LeadStage::HugePageHeap::restartIfUseful(argv);
    Bench::preferOffscreen();
    // Deliveries of more than 8 ms (--slow-ms) of GUI-thread CPU are listed under the action they held up.
    double slowMs = 8.0;
    for (int at = 1; at + 1 < argc; ++at)
        if (std::string_view(argv[at]) == "--slow-ms")
            slowMs = std::atof(argv[at + 1]);
    Bench::SlowEventApplication application(argc, argv, slowMs);
    QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(u"--slow-ms"_qs); at >= 0 && at + 1 < arguments.size())
        arguments.remove(at, 2);
    application.setItemisePaints(arguments.removeAll(u"--paints"_qs) > 0);
    QStringList importFiles;
    if (const qsizetype at = arguments.indexOf(u"--import"_qs); at >= 0 && at + 1 < arguments.size()) {
        importFiles = arguments[at + 1].split(u',');
        arguments.remove(at, 2);
    }
    const auto parsed = Bench::parseWorkspaceRuns("stall_bench", arguments, 1);
    if (!parsed)
        return 2;
    QStandardPaths::setTestModeEnabled(true);
    Application::describe();
    StoredSettings::clearAll();
    QTextStream out(stdout);

    QString path = parsed->path;
    QString copy;
    if (!importFiles.isEmpty()) {
        const QFileInfo original(parsed->path);
        copy = original.dir().filePath(original.completeBaseName() + u"-stall-bench-copy.leadstage"_qs);
        if (!copyWorkspace(parsed->path, copy)) {
            std::fprintf(stderr, "stall_bench: cannot copy the workspace to %s\n", qPrintable(copy));
            return 1;
        }
        path = copy;
    }

    MainWindow window;
    window.resize(1366, 768);
    WorkspaceTabs *tabs = window.workspaceTabs();
    DashboardView *dashboard = tabs->dashboard();
    LeadExplorer *explorer = tabs->explorer();
    ModelEditorPage *editor = tabs->modelEditor();
    WhatIfPanel *whatIf = editor->whatIf();
    // Every page has read the workspace and answered its latest request.
    const auto settled = [&] {
        return window.workspace() && dashboard->result() && !dashboard->isBusy() && !explorer->isBusy()
               && editor->draft()->hasModel() && !editor->isLoading() && !whatIf->isLoading() && !whatIf->isComparing()
               && !whatIf->stateText().startsWith(u"Reading"_qs);
    };

    // What settled() still waits for, when an action timed out.
    const auto pending = [&] {
        QStringList parts;
        if (!window.workspace())
            parts << u"no workspace"_qs;
        if (!dashboard->result() || dashboard->isBusy())
            parts << u"dashboard"_qs;
        if (explorer->isBusy())
            parts << u"explorer"_qs;
        if (!editor->draft()->hasModel() || editor->isLoading())
            parts << u"model editor"_qs;
        if (whatIf->isLoading() || whatIf->isComparing())
            parts << u"what-if (%1)"_qs.arg(whatIf->stateText());
        if (window.findChild<ImportWizard *>())
            parts << u"wizard open"_qs;
        return parts.join(u", "_qs);
    };
    Bench::StallProbe probe;
    std::map<QString, double> worstPerAction, worstCpuPerAction;
    double worst = 0;
    // What the longest gap of the action was made of (the deliveries between its two ticks).
    QString longestMadeOf;
    probe.setOnTick([&](bool longest) {
        if (longest)
            longestMadeOf = application.sinceTick();
        application.forgetSinceTick();
    });
    const auto run = [&](const Action &action) -> bool {
        application.takeLog();
        probe.reset();
        application.forgetSinceTick();
        longestMadeOf.clear();
        QElapsedTimer clock;
        clock.start();
        const bool started = action.turnsTheEventLoop ? action.act() : application.asOneDelivery(action.act);
        if (!started || !waitUntil(action.done)) {
            std::fprintf(stderr, "stall_bench: no answer for \"%s\" (waiting for: %s)\n", qPrintable(action.label),
                         qPrintable(pending()));
            return false;
        }
        const double shown = double(clock.elapsed());
        // A turn for the probe's timer: an action done at once (closing) would end before
        // any tick closed its gap.
        turnTheEventLoop(3);
        const double blocked = probe.longestMs();
        out << action.label.leftJustified(46) << QString::number(shown, 'f', 0).rightJustified(8) << " ms"
            << QString::number(blocked, 'f', 1).rightJustified(10) << " ms"
            << QString::number(probe.cpuOfLongestMs(), 'f', 1).rightJustified(10) << " ms"
            << QString::number(probe.queuedOfLongestMs(), 'f', 1).rightJustified(10) << " ms"
            << QString::number(probe.longestCpuMs(), 'f', 1).rightJustified(10) << " ms"
            << QString::number(probe.machineStoppedInLongestMs(), 'f', 1).rightJustified(10) << " ms"
            << QString::number(probe.longestWithStopsMs(), 'f', 1).rightJustified(10) << " ms\n";
        for (const QString &slow : application.takeLog())
            out << "    slow event: " << slow << '\n';
        if (blocked > slowMs && !longestMadeOf.isEmpty())
            out << "    longest gap: " << longestMadeOf << '\n';
        out.flush();
        worstPerAction[action.label] = std::max(worstPerAction[action.label], blocked);
        worstCpuPerAction[action.label] = std::max(worstCpuPerAction[action.label], probe.longestCpuMs());
        if (action.inFigure)
            worst = std::max(worst, blocked);
        return true;
    };

    out << "stall_bench on " << parsed->path << " (" << QGuiApplication::platformName() << ")\n";
    out << u"action"_qs.leftJustified(46)
        << "    done   blocked  its CPU  no core   most CPU  machine  with stops   (longest gap of a 1 ms "
           "timer, less the machine's stops in it; GUI-thread CPU in it; waiting for a core in it; most "
           "GUI-thread CPU between two ticks; the stop left out of it; the longest gap, stops included)\n";

    // As `leadstage` starts (Application::runWindow): the window appears, and opens a
    // workspace after its first paint. That paint, the same for any workspace, is shown
    // here but is not in the figure: no analyst can have used a window not yet drawn.
    if (!run(Action{u"show the window, no workspace (not in the figure)"_qs,
                    [&] {
                        window.show();
                        return true;
                    },
                    [&] { return window.windowHandle() && window.windowHandle()->isExposed(); }, false}))
        return 1;

    const QString leadSearch = u"son"_qs;
    ImportWizard *wizard = nullptr;
    for (int round = 0; round < parsed->runs; ++round) {
        QList<Action> actions;
        actions << Action{u"open the workspace (every page reads it)"_qs,
                          [&] {
                              tabs->setCurrentWidget(dashboard);
                              window.openWorkspace(path);
                              return true;
                          },
                          [&] { return window.workspace() && settled(); }};
        actions << Action{u"dashboard: filter one source"_qs,
                          [&] {
                              const auto &sources = dashboard->result()->snapshot->dictionary(Dimension::Source);
                              MetricsFilter filter;
                              filter.sources = QStringList{sources.at(sources.size() > 1 ? 1 : 0)};
                              dashboard->filterPanel()->setFilter(filter, Bucket::Month);
                              return true;
                          },
                          [&] { return !dashboard->isBusy(); }};
        actions << Action{u"dashboard: all leads again"_qs,
                          [&] {
                              dashboard->filterPanel()->setFilter(MetricsFilter{}, Bucket::Month);
                              return true;
                          },
                          [&] { return !dashboard->isBusy(); }};
        actions << Action{u"leads: show the page"_qs,
                          [&] {
                              tabs->setCurrentWidget(explorer);
                              return true;
                          },
                          [&] { return !explorer->isBusy() && explorer->model()->rowAt(0); }};
        actions << Action{u"leads: filter stage MQL"_qs,
                          [&] {
                              QComboBox *stage = explorer->filterBar()->stageBox();
                              stage->setCurrentIndex(stage->findData(u"MQL"_qs));
                              return stage->currentIndex() > 0;
                          },
                          [&] { return !explorer->isBusy() && explorer->model()->rowAt(0); }};
        actions << Action{u"leads: sort by engagement, descending"_qs,
                          [&] {
                              explorer->table()->sortByColumn(int(ExplorerColumn::Engagement), Qt::DescendingOrder);
                              return true;
                          },
                          [&] { return !explorer->isBusy() && explorer->model()->rowAt(0); }};
        actions << Action{u"leads: search \""_qs + leadSearch + u"\""_qs,
                          [&] {
                              explorer->filterBar()->searchField()->setText(leadSearch);
                              return true;
                          },
                          [&] {
                              return !explorer->isBusy() && explorer->model()->query().search == leadSearch
                                     && (explorer->rowCount() == 0 || explorer->model()->rowAt(0));
                          }};
        actions << Action{u"leads: show all again"_qs,
                          [&] {
                              explorer->showAll();
                              return true;
                          },
                          [&] { return !explorer->isBusy() && explorer->model()->rowAt(0); }};
        actions << Action{u"scoring model: show the page"_qs,
                          [&] {
                              tabs->setCurrentWidget(editor);
                              return true;
                          },
                          [&] {
                              // An unedited draft shows no comparison, only that it equals the active model.
                              return settled() && (whatIf->shown() || whatIf->stateText().contains(u"equals"_qs));
                          }};
        std::shared_ptr<const WhatIfEngine::Answer> before;
        actions << Action{u"what-if: IQL threshold + 5"_qs,
                          [&] {
                              before = whatIf->shown();
                              Thresholds thresholds = editor->draft()->model().thresholds;
                              thresholds.iql += 5;
                              return bool(editor->draft()->setThresholds(thresholds));
                          },
                          [&] { return !whatIf->isComparing() && whatIf->shown() && whatIf->shown() != before; }};
        actions << Action{u"what-if: back to the active model"_qs,
                          [&] {
                              before = whatIf->shown();
                              editor->draft()->revert();
                              return true;
                          },
                          [&] {
                              return !whatIf->isComparing() && whatIf->shown() != before
                                     && (whatIf->shown() || whatIf->stateText().contains(u"equals"_qs));
                          }};
        if (!importFiles.isEmpty() && round == 0) {
            actions << Action{u"import: the wizard up to its result"_qs,
                              [&] {
                                  // Two clicks, as an analyst makes them: the dashboard's tab (its
                                  // repaint), then Import. In one call they were one block.
                                  tabs->setCurrentWidget(dashboard);
                                  turnTheEventLoop(clickPauseMs);
                                  application.asOneDelivery([&] { window.importFiles(importFiles); });
                                  wizard = window.findChild<ImportWizard *>();
                                  // The longest work so far after each page: where it grows, that page blocked.
                                  const bool walked =
                                      wizard && walkWizard(application, wizard, [&](int page, double clickMs) {
                                          out << "    import: wizard page " << page << " (and the next one's start)"
                                              << QString::number(probe.longestCpuMs(), 'f', 1).rightJustified(10)
                                              << " ms of GUI-thread CPU at most between ticks so far; its click "
                                              << QString::number(clickMs, 'f', 1) << " ms\n";
                                      });
                                  return walked;
                              },
                              [&] { return wizard->currentId() == ImportWizard::ResultPage; }, true, true};
            actions << Action{u"import: every page reads the workspace again"_qs,
                              [&] {
                                  QAbstractButton *finish = wizard->button(QWizard::FinishButton);
                                  if (!waitUntil([&] { return finish->isVisible() && finish->isEnabled(); }))
                                      return false;
                                  application.asOneDelivery([&] { finish->click(); });
                                  return true;
                              },
                              [&] { return !window.findChild<ImportWizard *>() && settled(); }, true, true};
        }
        actions << Action{u"close the workspace (not in the figure)"_qs,
                          [&] {
                              window.closeWorkspace();
                              return true;
                          },
                          [&] { return !window.workspace(); }, false};
        for (const Action &action : actions)
            if (!run(action))
                return 1;
    }

    out << "\nlongest GUI-thread block per action (of " << parsed->runs << " run(s)), and its longest own work:\n";
    for (const auto &[label, blocked] : worstPerAction)
        out << "    " << label.leftJustified(46) << QString::number(blocked, 'f', 1).rightJustified(8) << " ms"
            << QString::number(worstCpuPerAction[label], 'f', 1).rightJustified(8) << " ms\n";
    out << "figure gui_block_ms " << QString::number(worst, 'f', 1) << " ms\n";
    if (!copy.isEmpty())
        for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
            QFile::remove(copy + suffix);
    return 0;
}
