#include "WorkspaceCopy.h"

#include "FileTables.h"
#include "ServerTables.h"
#include "StoreSnapshot.h"
#include "TableTransfer.h"
#include "WorkspaceTables.h"
#include "common/TestHold.h"
#include "store/ForeignKeyChecksOff.h"
#include "store/Transaction.h"
#include "store/WorkspaceBuild.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/ServerSchema.h"
#include "store/postgres/ServerTransaction.h"
#include "store/postgres/WorkspaceAddress.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace LeadStage {

namespace {

double secondsOf(QElapsedTimer &clock)
{
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    return seconds;
}

// Writes everything, then compares it with the source from inside the destination's
// transaction; the caller commits only when report.verified().
Status copyAndCompare(StoreSnapshot &source, TableWriter &writer, TableReader &written,
                      const std::function<Status()> &afterRows, const CopyProgress &progress, CopyReport &report)
{
    QElapsedTimer clock;
    clock.start();
    auto total = TableTransfer::countRows(source.reader());
    if (!total)
        return total.error();
    if (Status copied = TableTransfer::copyAll(source.reader(), writer, *total, progress.copying); !copied)
        return copied;
    if (afterRows)
        if (Status finished = afterRows(); !finished)
            return finished;
    report.rows = *total;
    report.copySeconds = secondsOf(clock);
    auto checks = TableTransfer::compareAll(source.reader(), written, *total, progress.verifying);
    if (!checks)
        return checks.error();
    report.tables = std::move(*checks);
    report.verifySeconds = secondsOf(clock);
    return {};
}

Result<CopyReport> copyToServer(StoreSnapshot &source, const WorkspaceAddress &destination,
                                const CopyProgress &progress)
{
    auto connection = ServerConnection::connect(destination);
    if (!connection)
        return connection.error();
    ServerTransaction transaction(*connection);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto found = ServerSchema::inspect(*connection, destination.schema());
    if (!found)
        return found.error();
    const QString where = connection->label() + u", schema "_qs + destination.schema();
    if (found->state == ServerSchema::Found::State::Workspace)
        return Error{u"the schema %1 already holds a workspace (schema version %2); a copy never replaces one"_qs
                         .arg(destination.schema())
                         .arg(found->version),
                     where, 0, 0,
                     u"Choose another ?schema= name, or drop that schema first (DROP SCHEMA ... CASCADE)."_qs};
    if (found->state == ServerSchema::Found::State::Foreign)
        return Error{u"the schema %1 holds %2 tables or other objects, and no workspace"_qs.arg(destination.schema())
                         .arg(found->relations),
                     where, 0, 0, u"Choose another ?schema= name: a copy goes into a new or empty schema."_qs};
    if (Status made = ServerSchema::createTables(*connection, destination.schema()); !made)
        return made.error();

    CopyReport report;
    ServerTableReader written(*connection, destination.schema());
    {
        ServerTableWriter writer(*connection, destination.schema());
        const auto references = [&] { return ServerSchema::addReferences(*connection, destination.schema()); };
        if (Status done = copyAndCompare(source, writer, written, references, progress, report); !done)
            return done.error();
    }
    if (!report.verified())
        return report; // rolled back by the transaction's end
    TestHold::hold("workspace-copy-before-commit");
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    report.written = true;
    return report;
}

// The new file's schema comes with rows of its own (activity types, the score status,
// the event id sequence): the copy replaces them with the source's.
Status emptyAllTables(Database &database)
{
    const auto &tables = WorkspaceTables::all();
    for (auto table = tables.rbegin(); table != tables.rend(); ++table)
        if (Status emptied = database.exec(QString(u"DELETE FROM "_qs + table->name).toStdString()); !emptied)
            return emptied;
    return {};
}

Result<CopyReport> copyToFile(StoreSnapshot &source, const WorkspaceAddress &destination, const CopyProgress &progress)
{
    const QFileInfo target(destination.filePath());
    if (target.exists() && !(target.isFile() && target.size() == 0))
        return Error{u"already exists; a copy never replaces a workspace or any other file"_qs, destination.filePath(),
                     0, 0, u"Choose another name, or delete the file first."_qs};
    auto build = WorkspaceBuild::start(destination.filePath());
    if (!build)
        return build.error();
    CopyReport report;
    {
        Database &database = (*build)->workspace().database();
        // The rows come from a workspace whose references held when they were written,
        // and are written as they are, orphans an older version let in included.
        ForeignKeyChecksOff unchecked(database);
        Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus().error();
        if (Status emptied = emptyAllTables(database); !emptied)
            return emptied.error();
        FileTableWriter writer(database);
        FileTableReader written(database);
        if (Status done = copyAndCompare(source, writer, written, {}, progress, report); !done)
            return done.error();
        if (!report.verified())
            return report; // the build's end removes the file
        TestHold::hold("workspace-copy-before-commit");
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    auto finished = (*build)->finish();
    if (!finished)
        return finished.error();
    report.written = true;
    return report;
}

} // namespace

bool CopyReport::verified() const
{
    return !tables.empty()
           && std::all_of(tables.begin(), tables.end(), [](const TableCheck &check) { return check.matches(); });
}

Result<CopyReport> WorkspaceCopy::run(const WorkspaceAddress &source, const WorkspaceAddress &destination,
                                      const CopyProgress &progress)
{
    if (source.isServer() == destination.isServer()
        && (source.isServer()
                ? source.connectionUri() == destination.connectionUri() && source.schema() == destination.schema()
                : QFileInfo(source.filePath()).absoluteFilePath()
                      == QFileInfo(destination.filePath()).absoluteFilePath()))
        return Error{u"the source and the destination are the same workspace"_qs, destination.text(), 0, 0,
                     u"Give another destination."_qs};
    auto snapshot = StoreSnapshot::open(source);
    if (!snapshot)
        return snapshot.error();
    return destination.isServer() ? copyToServer(**snapshot, destination, progress)
                                  : copyToFile(**snapshot, destination, progress);
}

Result<CopyReport> WorkspaceCopy::verify(const WorkspaceAddress &source, const WorkspaceAddress &destination,
                                         Progress *progress)
{
    auto from = StoreSnapshot::open(source);
    if (!from)
        return from.error();
    auto to = StoreSnapshot::open(destination);
    if (!to)
        return to.error();
    QElapsedTimer clock;
    clock.start();
    auto total = TableTransfer::countRows((*from)->reader());
    if (!total)
        return total.error();
    auto checks = TableTransfer::compareAll((*from)->reader(), (*to)->reader(), *total, progress);
    if (!checks)
        return checks.error();
    CopyReport report;
    report.tables = std::move(*checks);
    report.rows = *total;
    report.verifySeconds = secondsOf(clock);
    return report;
}

} // namespace LeadStage
