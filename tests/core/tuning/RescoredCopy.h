#pragma once

// What the what-if tests compare against: the draft saved into a standalone copy of
// the workspace, the whole copy rescored at the session's date, and the dashboard's
// metrics read from what was written.

#include "metrics/FunnelMetrics.h"
#include "metrics/SnapshotLoader.h"
#include "scoring/ModelStore.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "store/copy/WorkspaceCopy.h"
#include "store/postgres/WorkspaceAddress.h"

#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace LeadStage::Testing {

inline std::unique_ptr<Workspace> openWorkspace(const QString &path, Workspace::Access access)
{
    auto workspace = Workspace::open(path, {access, Workspace::Missing::Fail});
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().toString()));
    return std::move(workspace.value());
}

// A standalone copy of a workspace file, made by SQLite itself (WAL included). Through
// a connection of its own: a read-only workspace's refuses every write, VACUUM INTO too.
// A server workspace is copied to a file as `workspace copy` does it.
inline void copyWorkspace(Database &database, const QString &to)
{
    QFile::remove(to);
    if (database.isServer()) {
        const auto source = WorkspaceAddress::parse(database.path());
        const auto destination = WorkspaceAddress::parse(to);
        if (!source || !destination)
            qFatal("addresses: %s, %s", qPrintable(database.path()), qPrintable(to));
        if (auto copied = WorkspaceCopy::run(*source, *destination); !copied)
            qFatal("%s", qPrintable(copied.error().toString()));
        return;
    }
    auto source = Database::open(database.path(), SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    if (!source)
        qFatal("%s", qPrintable(source.error().toString()));
    auto vacuum = source->prepare("VACUUM INTO ?1");
    if (!vacuum)
        qFatal("%s", qPrintable(vacuum.error().toString()));
    vacuum->bind(1, to);
    if (Status status = vacuum->run(); !status)
        qFatal("%s", qPrintable(status.error().toString()));
}

inline FunnelReport dashboardOf(Database &database, const MetricsFilter &filter, Bucket bucket)
{
    auto snapshot = SnapshotLoader(database).load();
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().toString()));
    return FunnelMetrics(*snapshot, filter, bucket).compute();
}

inline std::unique_ptr<Workspace> rescoredCopy(Database &original, const QString &copyPath, const ScoringModel &draft,
                                               std::int64_t asOf)
{
    copyWorkspace(original, copyPath);
    auto copy = openWorkspace(copyPath, Workspace::Access::ReadWrite);
    auto saved = ModelStore(copy->database()).save(draft, u"draft"_qs);
    if (!saved)
        qFatal("%s", qPrintable(saved.error().toString()));
    WorkspaceScorer::Options options;
    options.asOf = asOf;
    options.modelId = saved->id;
    if (auto report = WorkspaceScorer(*copy).run(options); !report)
        qFatal("%s", qPrintable(report.error().toString()));
    return copy;
}

} // namespace LeadStage::Testing
