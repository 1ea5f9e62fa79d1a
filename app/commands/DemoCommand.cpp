#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "TerminalProgress.h"

#include "common/TimeFormat.h"
#include "demo/DemoSinks.h"
#include "demo/DemoWorkspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace LeadStage::Commands {

namespace {

const QString command = u"demo"_qs;

Result<DemoOptions> readOptions(const QCommandLineParser &parser)
{
    DemoOptions options;
    const std::pair<QString, int *> integers[] = {{u"leads"_qs, &options.leads}, {u"months"_qs, &options.months}};
    for (const auto &[name, target] : integers) {
        if (!parser.isSet(name))
            continue;
        const auto value = toInt(parser.value(name));
        if (!value)
            return Error{u"--%1 expects a whole number, not '%2'"_qs.arg(name, parser.value(name))};
        *target = *value;
    }
    if (parser.isSet(u"seed"_qs)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_qs).toULongLong(&ok);
        if (!ok)
            return Error{u"--seed expects a whole number, not '%1'"_qs.arg(parser.value(u"seed"_qs))};
    }
    if (parser.isSet(u"end"_qs)) {
        const auto end = parseIsoDate(parser.value(u"end"_qs));
        if (!end)
            return Error{u"--end expects a date as YYYY-MM-DD, not '%1'"_qs.arg(parser.value(u"end"_qs))};
        options.endDate = *end + 86399;
    }
    if (Status valid = options.validate(); !valid)
        return valid.error();
    return options;
}

Result<DemoStats> writeCsv(const DemoOptions &options, const QString &folder, Progress &progress)
{
    auto sink = CsvDemoSink::create(folder);
    if (!sink)
        return sink.error();
    return DemoGenerator(options).run(**sink, &progress);
}

} // namespace

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Generate realistic demo funnel data. A workspace (--out) is scored with the default model."_qs);
    parser.addOptions({
        {u"leads"_qs, u"Number of leads (default 16000)."_qs, u"N"_qs},
        {u"months"_qs, u"Months of history (default 24)."_qs, u"M"_qs},
        {u"seed"_qs, u"Random seed (default 1); the same seed gives the same data."_qs, u"S"_qs},
        {u"end"_qs, u"Last day of the data, YYYY-MM-DD (default 2025-12-31)."_qs, u"DATE"_qs},
        {u"out"_qs, u"Write a new workspace file."_qs, u"FILE.leadstage"_qs},
        {u"csv"_qs, u"Write leads.csv, events.csv and outcomes.csv into a folder."_qs, u"DIR"_qs},
    });
    if (auto done =
            parseCommand(parser, arguments, u"--leads N --months M --seed S (--out FILE.leadstage | --csv DIR)"_qs))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return badArguments(command, u"unexpected argument '%1'"_qs.arg(parser.positionalArguments().first()));
    const bool toWorkspace = parser.isSet(u"out"_qs), toCsv = parser.isSet(u"csv"_qs);
    if (toWorkspace == toCsv)
        return badArguments(command, u"give exactly one of --out FILE.leadstage or --csv DIR"_qs);
    auto options = readOptions(parser);
    if (!options)
        return badArguments(command, options.error().toString());
    const QString target = toWorkspace ? parser.value(u"out"_qs) : parser.value(u"csv"_qs);
    if (toWorkspace && QFileInfo::exists(target))
        return failed(command, u"%1 already exists; choose another name or delete it first"_qs.arg(target));

    TerminalProgress line(u"Generating"_qs, u"leads"_qs);
    Progress progress([&line](std::int64_t done, std::int64_t total) { line.update(done, total); });
    QElapsedTimer clock;
    clock.start();
    auto stats = toWorkspace ? createDemoWorkspace(target, *options, &progress) : writeCsv(*options, target, progress);
    line.finish();
    if (!stats)
        return failed(command, stats.error().toString());
    const QLocale locale(QLocale::English);
    QTextStream(stdout) << "Wrote " << locale.toString(stats->leads) << " leads, " << locale.toString(stats->events)
                        << " events and " << locale.toString(stats->outcomes) << " outcomes to " << target << " in "
                        << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s\n";
    return CommandLine::Success;
}

} // namespace LeadStage::Commands
