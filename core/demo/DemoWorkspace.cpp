#include "DemoWorkspace.h"

#include "DemoSinks.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace LeadStage {

namespace {

Result<DemoStats> generateAndScore(const QString &path, const DemoOptions &options, Progress *progress)
{
    auto workspace = Workspace::create(path);
    if (!workspace)
        return workspace.error();
    DemoStats stats;
    {
        auto sink = WorkspaceDemoSink::create(**workspace);
        if (!sink)
            return sink.error();
        auto generated = DemoGenerator(options).run(**sink, progress);
        if (!generated)
            return generated.error();
        stats = *generated;
    }
    // Scoring reports in its own units; it only needs to hear about a cancel.
    Progress scoring;
    if (progress && progress->cancelled())
        scoring.cancel();
    auto scored = WorkspaceScorer(**workspace).run({}, &scoring);
    if (!scored)
        return scored.error();
    return stats;
}

} // namespace

Result<DemoStats> createDemoWorkspace(const QString &path, const DemoOptions &options, Progress *progress)
{
    if (QFileInfo::exists(path))
        return Error{u"already exists"_qs, path, 0, 0, u"Choose another name, or delete the file first."_qs};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{u"the folder cannot be created"_qs, path, 0, 0, u"Check the path and your permissions."_qs};
    auto stats = generateAndScore(path, options, progress);
    if (!stats) {
        // The workspace is closed by now: remove what the failed run left behind.
        for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
            QFile::remove(path + suffix);
    }
    return stats;
}

} // namespace LeadStage
