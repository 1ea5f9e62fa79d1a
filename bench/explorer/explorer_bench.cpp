// Times what the lead explorer's worker does on a large workspace: resolve the
// query (the ordered id list) and read the first page, for id order and for a sort
// by every column in both directions, cold (first sort by the column) and warm.
//
//   explorer_bench WORKSPACE.leadstage
//
// The workspace is opened read-only and never modified.
#include "SearchReferencePass.h"
#include "common/HugePages.h"
#include "explore/ExplorerChoices.h"
#include "explore/LeadOrderIndex.h"
#include "explore/LeadRowReader.h"
#include "explorer/LeadTableModel.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace LeadStage;

namespace {

struct Timing
{
    double resolveMs = 0;
    double pageMs = 0;
    std::size_t rows = 0;
};

Timing measure(LeadOrderIndex &orders, LeadRowReader &reader, const ExplorerQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    auto order = orders.resolve(query);
    if (!order)
        qFatal("%s", qPrintable(order.error().toString()));
    Timing timing;
    timing.resolveMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const std::size_t count = std::min<std::size_t>(LeadTableModel::pageSize, (*order)->size());
    auto rows = reader.read(std::span(**order).first(count));
    if (!rows)
        qFatal("%s", qPrintable(rows.error().toString()));
    timing.pageMs = double(timer.nsecsElapsed()) / 1e6;
    timing.rows = (*order)->size();
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    // As leadstage runs (app/main.cpp): the heap on transparent huge pages.
    LeadStage::HugePageHeap::restartIfUseful(argv);
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        out << "usage: explorer_bench WORKSPACE.leadstage\n";
        return 2;
    }
    auto workspace = Workspace::open(arguments.at(1), {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace) {
        out << workspace.error().toString() << '\n';
        return 1;
    }
    LeadOrderIndex orders((*workspace)->database());
    LeadRowReader reader((*workspace)->database());
    // bench/run-benchmarks.sh's ratios (bench/README.md): the searches below beside a plain
    // scan of the text they search, in memory.
    const auto reference = Bench::searchReferencePass((*workspace)->database(), "son");
    out << "plain scan of every lead's searched text (" << reference.bytes / 1000000 << " MB, " << reference.found
        << " \"son\"): " << QString::number(reference.medianMs, 'f', 1) << " ms\nfigure search_ref_ms "
        << QString::number(reference.medianMs, 'f', 1) << " ms\n";
    const auto print = [&](const QString &what, const Timing &timing) {
        out << what.leftJustified(34) << QString::number(timing.resolveMs, 'f', 1).rightJustified(9) << " ms"
            << QString::number(timing.pageMs, 'f', 1).rightJustified(9) << " ms"
            << QString::number(timing.resolveMs + timing.pageMs, 'f', 1).rightJustified(9) << " ms"
            << QString::number(timing.rows).rightJustified(10) << '\n';
        out.flush();
    };
    out << u"query"_qs.leftJustified(34) << "  resolve      page      total      rows\n";
    const Timing all = measure(orders, reader, ExplorerQuery{});
    const std::size_t everyLead = all.rows;
    print(u"first page, id order"_qs, all);
    for (const ExplorerColumnSpec &spec : columnSpecs()) {
        ExplorerQuery query;
        query.sortColumn = spec.column;
        query.descending = true;
        print(QString::fromLatin1(spec.header) + u" desc (cold)"_qs, measure(orders, reader, query));
        query.descending = false;
        print(QString::fromLatin1(spec.header) + u" asc (cached)"_qs, measure(orders, reader, query));
    }
    // The import's extra columns: listed when the explorer opens, sorted and filtered like the rest.
    QElapsedTimer listing;
    listing.start();
    auto attributes = ExplorerChoices::attributes((*workspace)->database());
    if (!attributes)
        qFatal("%s", qPrintable(attributes.error().toString()));
    out << u"list the attribute names (%1)"_qs.arg(attributes->join(u", "_qs)).leftJustified(34)
        << QString::number(double(listing.nsecsElapsed()) / 1e6, 'f', 1).rightJustified(9) << " ms\n";
    for (const QString &attribute : *attributes) {
        ExplorerQuery query;
        query.sortAttribute = attribute;
        query.descending = true;
        print(attribute + u" desc (cold)"_qs, measure(orders, reader, query));
        query.descending = false;
        print(attribute + u" asc (cached)"_qs, measure(orders, reader, query));
        query.field = FieldFilter{attribute, u"12"_qs};
        print(attribute + u" contains 12"_qs, measure(orders, reader, query));
    }
    // The first search reads the searched texts and the filter columns into memory
    // (and the first sort by engagement sorts it); every later keystroke finds them
    // there. The figures are the medians of the later runs.
    constexpr int searchRuns = 5;
    const auto median = [&](const ExplorerQuery &query) {
        std::vector<Timing> runs;
        for (int run = 0; run < searchRuns; ++run)
            runs.push_back(measure(orders, reader, query));
        std::sort(runs.begin(), runs.end(),
                  [](const Timing &a, const Timing &b) { return a.resolveMs + a.pageMs < b.resolveMs + b.pageMs; });
        return runs[runs.size() / 2];
    };
    const auto figure = [&](const char *key, const Timing &timing) {
        out << "figure " << key << ' ' << QString::number(timing.resolveMs + timing.pageMs, 'f', 1) << " ms\n";
        out.flush();
    };
    ExplorerQuery search;
    search.search = u"son"_qs;
    print(u"search \"son\", first"_qs, measure(orders, reader, search));
    out << u"  searched texts and filter columns"_qs.leftJustified(34)
        << QString::number(double(orders.filterColumnBytes()) / 1e6, 'f', 1).rightJustified(9) << " MB"
        << QString::number(double(orders.filterColumnBytes()) / double(std::max<std::size_t>(1, everyLead)), 'f', 1)
               .rightJustified(9)
        << " bytes per lead\n";
    const Timing searchTiming = median(search);
    print(u"search \"son\""_qs, searchTiming);
    search.sortColumn = ExplorerColumn::Engagement;
    search.stage = u"IQL"_qs;
    print(u"search + stage IQL, by engagement, first"_qs, measure(orders, reader, search));
    const Timing stageTiming = median(search);
    print(u"search + stage IQL, by engagement"_qs, stageTiming);
    figure("search_ms", searchTiming);
    figure("search_stage_ms", stageTiming);
    return 0;
}
