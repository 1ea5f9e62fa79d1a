#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "TerminalProgress.h"

#include "store/copy/WorkspaceCopy.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/ServerSchema.h"
#include "store/postgres/TeamRoles.h"
#include "store/postgres/WorkspaceAddress.h"

#include "store/Workspace.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

namespace LeadStage::Commands {

namespace {

const QString command = u"workspace"_qs;

const QString usage = u"create DESTINATION | copy SOURCE DESTINATION | verify SOURCE DESTINATION |\n"
                      "roles ADDRESS | grant ADDRESS USER viewer|analyst|owner\n\n"
                      "A workspace is a file (.leadstage) or a schema on a PostgreSQL server:\n"
                      "  postgresql://[user@]host[:port]/database?schema=name   (a socket folder: ?host=/path)\n"
                      "The password comes from ~/.pgpass or PGPASSWORD, never from the address.\n\n"
                      "  create  makes a new, empty workspace (the default model active), as a new\n"
                      "          file makes one: for a team to import into\n"
                      "  copy    copies every table into a DESTINATION that holds no workspace yet, in one\n"
                      "          transaction, then compares each table's rows and SHA-256 with the source;\n"
                      "          only a copy equal to its source is kept\n"
                      "  verify  compares two workspaces the same way\n"
                      "  roles   gives a server workspace its roles: PostgreSQL group roles SCHEMA_viewer\n"
                      "          (reads), SCHEMA_analyst (also rescores, saves model versions) and\n"
                      "          SCHEMA_owner (also makes a model active); run once by whoever owns its\n"
                      "          tables and may create roles, who becomes an owner\n"
                      "  grant   makes a PostgreSQL user a viewer, analyst or owner of it (and nothing more)"_qs;

// "Copying  412,000 / 1,000,000 rows  (81,200/s, 7 s left)" on a terminal, drawn from
// the first report on, so its rate counts from then.
class ProgressLine
{
public:
    explicit ProgressLine(QString label)
        : m_label(std::move(label))
        , m_progress([this](std::int64_t done, std::int64_t total) {
            if (!m_line)
                m_line.emplace(m_label, u"rows"_qs);
            m_line->update(done, total);
        })
    {}
    Progress *progress() { return &m_progress; }
    void finish()
    {
        if (m_line)
            m_line->finish();
    }

private:
    QString m_label;
    std::optional<TerminalProgress> m_line;
    Progress m_progress;
};

void printChecks(QTextStream &out, const CopyReport &report)
{
    const QLocale locale(QLocale::English);
    out << u"table"_qs.leftJustified(30) << u"rows"_qs.rightJustified(12) << "  " << u"sha256"_qs.leftJustified(64)
        << "  check\n";
    for (const TableCheck &check : report.tables) {
        out << check.table.leftJustified(30) << locale.toString(qlonglong(check.sourceRows)).rightJustified(12) << "  "
            << check.sourceSha256 << "  ";
        if (check.matches())
            out << "ok\n";
        else
            out << "MISMATCH (destination: " << locale.toString(qlonglong(check.destinationRows)) << " rows, sha256 "
                << check.destinationSha256 << ")\n";
    }
}

int mismatches(const CopyReport &report)
{
    int count = 0;
    for (const TableCheck &check : report.tables)
        count += check.matches() ? 0 : 1;
    return count;
}

int copyOrVerify(bool copying, const WorkspaceAddress &source, const WorkspaceAddress &destination)
{
    ProgressLine copyLine(u"Copying"_qs), verifyLine(u"Verifying"_qs);
    auto report = copying ? WorkspaceCopy::run(source, destination, {copyLine.progress(), verifyLine.progress()})
                          : WorkspaceCopy::verify(source, destination, verifyLine.progress());
    copyLine.finish();
    verifyLine.finish();
    if (!report)
        return failed(command, report.error().toString());
    QTextStream out(stdout);
    const QLocale locale(QLocale::English);
    if (copying)
        out << "Copied " << source.text() << " to " << destination.text() << ": "
            << locale.toString(qlonglong(report->rows)) << " rows in " << QString::number(report->copySeconds, 'f', 1)
            << " s, verified in " << QString::number(report->verifySeconds, 'f', 1) << " s\n";
    else
        out << "Compared " << source.text() << " with " << destination.text() << ": "
            << locale.toString(qlonglong(report->rows)) << " rows in " << QString::number(report->verifySeconds, 'f', 1)
            << " s\n";
    printChecks(out, *report);
    out.flush();
    if (const int differing = mismatches(*report); differing > 0)
        return failed(command,
                      copying ? u"%1 of %2 tables differ from the source; nothing was written to %3"_qs.arg(differing)
                                    .arg(report->tables.size())
                                    .arg(destination.text())
                              : u"%1 of %2 tables differ"_qs.arg(differing).arg(report->tables.size()));
    return CommandLine::Success;
}

// `create DESTINATION`: a new file's workspace, made in a folder of its own and copied
// there, so that a server's starts with exactly what a new file holds.
int create(const QStringList &positional)
{
    if (positional.size() != 2)
        return badArguments(command, u"create takes one DESTINATION workspace"_qs);
    auto destination = WorkspaceAddress::parse(positional.at(1));
    if (!destination)
        return badArguments(command, u"destination: "_qs + destination.error().toString());
    QTemporaryDir folder;
    if (!folder.isValid())
        return failed(command, u"cannot make a temporary folder: %1"_qs.arg(folder.errorString()));
    const QString empty = folder.filePath(u"empty.leadstage"_qs);
    if (auto made = Workspace::create(empty); !made)
        return failed(command, made.error().toString());
    auto source = WorkspaceAddress::parse(empty);
    if (!source)
        return failed(command, source.error().toString());
    auto copied = WorkspaceCopy::run(*source, *destination);
    if (!copied)
        return failed(command, copied.error().toString());
    if (!copied->verified())
        return failed(command, u"the new workspace did not read back as written; nothing was kept"_qs);
    QTextStream(stdout) << "Created an empty workspace at " << destination->text() << '\n';
    return CommandLine::Success;
}

// `roles ADDRESS` and `grant ADDRESS USER ROLE`: on the server, as the address's user.
int teamRoles(const QString &action, const QStringList &positional)
{
    const int wanted = action == u"roles"_qs ? 2 : 4;
    if (positional.size() != wanted)
        return badArguments(command, action == u"roles"_qs ? u"roles takes the ADDRESS of a server workspace"_qs
                                                           : u"grant takes an ADDRESS, a USER and a role: viewer, "
                                                             "analyst or owner"_qs);
    auto address = WorkspaceAddress::parse(positional.at(1));
    if (!address)
        return badArguments(command, address.error().toString());
    if (!address->isServer())
        return badArguments(command, u"%1: a file has no roles: only a server workspace has"_qs.arg(address->text()));
    std::optional<TeamRole> role;
    if (action == u"grant"_qs) {
        role = TeamRoles::parse(positional.at(3));
        if (!role)
            return badArguments(command, u"unknown role '%1': use viewer, analyst or owner"_qs.arg(positional.at(3)));
    }
    auto connection = ServerConnection::connect(*address);
    if (!connection)
        return failed(command, connection.error().toString());
    if (Status readable = ServerSchema::checkReadable(*connection, address->schema()); !readable)
        return failed(command, readable.error().toString());
    QTextStream out(stdout);
    if (!role) {
        if (Status made = TeamRoles::setUp(*connection, address->schema()); !made)
            return failed(command, made.error().toString());
        QStringList groups;
        for (TeamRole each : {TeamRole::Viewer, TeamRole::Analyst, TeamRole::Owner})
            groups << TeamRoles::groupOf(address->schema(), each).value();
        out << "The roles of " << address->text() << ": " << groups.join(u", "_qs) << "; you are an owner.\n"
            << "Give them with `leadstage workspace grant " << address->text() << " USER viewer|analyst|owner`.\n";
        return CommandLine::Success;
    }
    const QString user = positional.at(2);
    if (Status granted = TeamRoles::grant(*connection, address->schema(), user, *role); !granted)
        return failed(command, granted.error().toString());
    out << user << " is now " << (*role == TeamRole::Viewer ? "a " : "an ") << TeamRoles::name(*role) << " of "
        << address->text() << ".\n";
    return CommandLine::Success;
}

} // namespace

int workspace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create an empty workspace, copy a whole workspace between a file and a PostgreSQL server, verify the "
        "copy, and give a server workspace its roles."_qs);
    parser.addPositionalArgument(u"action"_qs, u"create, copy, verify, roles or grant"_qs);
    parser.addPositionalArgument(u"source"_qs, u"The workspace to read."_qs);
    parser.addPositionalArgument(u"destination"_qs, u"copy: where the new workspace goes. verify: the other one."_qs);
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"roles"_qs || action == u"grant"_qs)
        return teamRoles(action, positional);
    if (action == u"create"_qs)
        return create(positional);
    if (action != u"copy"_qs && action != u"verify"_qs)
        return badArguments(command,
                            action.isEmpty()
                                ? u"give an action: create, copy, verify, roles or grant"_qs
                                : u"unknown action '%1': use create, copy, verify, roles or grant"_qs.arg(action));
    if (positional.size() != 3)
        return badArguments(command, u"%1 takes a SOURCE and a DESTINATION workspace"_qs.arg(action));
    auto source = WorkspaceAddress::parse(positional.at(1));
    if (!source)
        return badArguments(command, u"source: "_qs + source.error().toString());
    auto destination = WorkspaceAddress::parse(positional.at(2));
    if (!destination)
        return badArguments(command, u"destination: "_qs + destination.error().toString());
    return copyOrVerify(action == u"copy"_qs, *source, *destination);
}

} // namespace LeadStage::Commands
