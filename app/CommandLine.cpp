#include "CommandLine.h"

#include "commands/Commands.h"
#include "common/HugePages.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

namespace LeadStage::CommandLine {

namespace {

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {u"demo"_qs, u"Generate a demo workspace or the demo CSV files"_qs, Commands::demo},
        {u"info"_qs, u"Show a workspace's schema version, row counts and event dates"_qs, Commands::info},
        {u"score"_qs, u"Rescore a workspace's leads and print the count per stage and grade"_qs, Commands::score},
        {u"explain"_qs, u"Show one lead's score ledger: why it has its score"_qs, Commands::explain},
        {u"import"_qs, u"Import leads, events and outcomes from CSV exports into a workspace"_qs, Commands::import},
        {u"metrics"_qs, u"Print the IQL dashboard's numbers for a filter as a table, CSV or JSON"_qs,
         Commands::metrics},
        {u"model"_qs, u"List, show, diff, import, export or activate a workspace's scoring models"_qs, Commands::model},
        {u"evaluate"_qs, u"Back-test scoring models against outcomes: AUC, gains, precision and recall"_qs,
         Commands::evaluate},
        {u"threshold"_qs, u"Propose the MQL threshold from what sales can work or the outcomes to catch"_qs,
         Commands::threshold},
        {u"suggest"_qs, u"Suggest each rule's points from the outcomes, validated on a later window"_qs,
         Commands::suggest},
        {u"report"_qs, u"Write the quarterly funnel report (PDF, XLSX, HTML, CSV), or verify one"_qs, Commands::report},
        {u"workspace"_qs, u"Create a workspace, copy one between a file and a PostgreSQL server, verify it"_qs,
         Commands::workspace},
    };
    return all;
}

void printUsage(QTextStream &out)
{
    out << "Usage: leadstage [WORKSPACE.leadstage]\n"
           "       leadstage COMMAND [OPTIONS]\n\n"
           "LeadStage scores leads, places them in lifecycle stages and charts the IQL funnel.\n"
           "With no command (or only a workspace file) it opens the window.\n\n"
           "Commands:\n";
    for (const Command &command : commands())
        out << "  " << command.name.leftJustified(10) << command.summary << '\n';
    out << "\nOptions:\n"
           "  -h, --help     Show this help; `leadstage COMMAND --help` shows a command's options\n"
           "  -v, --version  Show the version and how the memory is paged\n";
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first.startsWith(u'-'))
        return true; // --help, --version, or a mistake the command line explains
    for (const Command &command : commands())
        if (command.name == first)
            return true;
    // Anything that is not a workspace file is a mistyped command: say so, don't open a window.
    return !first.endsWith(u".leadstage"_qs);
}

bool drawsPages(const QStringList &arguments)
{
    return arguments.value(1) == u"report" && arguments.value(2) != u"verify";
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    const QString first = arguments.value(1);
    if (first == u"-h" || first == u"--help" || first == u"help") {
        printUsage(out);
        return Success;
    }
    if (first == u"-v" || first == u"--version") {
        out << "leadstage " << QCoreApplication::applicationVersion() << '\n';
        out << QString::fromStdString(HugePageHeap::describe()) << '\n';
        return Success;
    }
    for (const Command &command : commands())
        if (command.name == first)
            return command.run(arguments);
    err << "leadstage: unknown command '" << first << "'. Run `leadstage --help` to see the commands.\n";
    return BadArguments;
}

} // namespace LeadStage::CommandLine
