#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "MetricsArguments.h"
#include "ScoringArguments.h"
#include "WorkspaceNotes.h"

#include "metrics/FunnelMetrics.h"
#include "metrics/MetricsOutput.h"
#include "metrics/SnapshotLoader.h"

#include <QFile>

namespace LeadStage::Commands {

namespace {

const QString command = u"metrics"_qs;
const QString usage =
    u"FILE.leadstage [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by month|quarter]\n"
    "       [--source S]… [--campaign C]… [--industry I]… [--country X]… [--grade A|B|C|D]…\n"
    "       [--as-of YYYY-MM-DD] [--format table|csv|json] [--compare-recorded]\n\n"
    "Prints the IQL dashboard's numbers for the filter: the four KPI figures (value, change against the\n"
    "previous period, reference band), IQL generation, IQL → MQL conversion per cohort, time to MQL,\n"
    "engagement per month, stage counts and the source-quality tables. The same filter gives the same\n"
    "numbers as the dashboard; docs/metrics-cli.md describes every table and the JSON schema.\n"
    "--compare-recorded adds the stages the CRM recorded (imported lifecycle dates and flags) against the\n"
    "computed ones: per stage, leads per CRM and per model, both, model only, CRM only."_qs;

QByteArray render(const MetricsDocument &document, MetricsRequest::Format format)
{
    switch (format) {
    case MetricsRequest::Format::Csv:
        return MetricsOutput::csv(document);
    case MetricsRequest::Format::Json:
        return MetricsOutput::json(document);
    case MetricsRequest::Format::Table:
        break;
    }
    return MetricsOutput::text(document);
}

} // namespace

int metrics(const QStringList &arguments)
{
    QCommandLineParser parser;
    addMetricsOptions(parser);
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    auto request = readMetricsRequest(parser);
    if (!request)
        return badArguments(command, request.error().what);

    // Read-only, like the dashboard's own loader: works while the app has the file open.
    auto workspace = openWorkspace(command, request->workspace, Workspace::Access::ReadOnly);
    if (!workspace)
        return failed(command, workspace.error().toString());
    // The numbers come from lead_state: stale scores would give wrong ones without a word.
    if (const auto stale = staleScoresText(**workspace))
        return failed(command, u"%1: %2, so its metrics would be wrong. Run `leadstage score %1` (or open it in "
                               "LeadStage) to rescore, then run this again."_qs.arg((*workspace)->path(), *stale));
    auto snapshot = SnapshotLoader((*workspace)->database()).load();
    if (!snapshot)
        return failed(command, snapshot.error().toString());

    const FunnelMetrics metrics(*snapshot, request->filter, request->bucket, request->asOf);
    const FunnelReport report = metrics.compute();
    MetricsDocument document = MetricsDocument::of(*snapshot, request->filter, request->asOf, report);
    document.workspace = (*workspace)->path();
    if (request->compareRecorded)
        document.addRecordedComparison(RecordedComparison::compute(metrics.context()));

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return failed(command, u"cannot write to standard output"_qs);
    const QByteArray bytes = render(document, request->format);
    if (out.write(bytes) != bytes.size() || !out.flush())
        return failed(command, u"cannot write to standard output"_qs);
    return CommandLine::Success;
}

} // namespace LeadStage::Commands
