#include "DemoWorkspace.h"

#include "DemoSinks.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Workspace.h"
#include "store/WorkspaceBuild.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace LeadStage {

namespace {

Result<DemoStats> generateAndScore(Workspace &workspace, const DemoOptions &options, Progress *progress)
{
    DemoStats stats;
    {
        auto sink = WorkspaceDemoSink::create(workspace);
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
    auto scored = WorkspaceScorer(workspace).run({}, &scoring);
    if (!scored)
        return scored.error();
    return stats;
}

} // namespace

Result<DemoStats> createDemoWorkspace(const QString &path, const DemoOptions &options, Progress *progress)
{
    if (QFileInfo::exists(path))
        return Error{QCoreApplication::translate("DemoError", "already exists"), path, 0, 0,
                     QCoreApplication::translate("DemoError", "Choose another name, or delete the file first.")};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{QCoreApplication::translate("DemoError", "the folder cannot be created"), path, 0, 0,
                     QCoreApplication::translate("DemoError", "Check the path and your permissions.")};
    // Generated, written and scored under a temporary name, then moved into place: a
    // failure, a cancel or a crash leaves nothing under `path`.
    auto build = WorkspaceBuild::start(path);
    if (!build)
        return build.error();
    auto stats = generateAndScore((*build)->workspace(), options, progress);
    if (!stats)
        return stats;
    if (auto finished = (*build)->finish(); !finished)
        return finished.error();
    return stats;
}

} // namespace LeadStage
