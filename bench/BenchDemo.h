#pragma once

#include "BenchArguments.h"

#include "demo/DemoWorkspace.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelInForce.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <memory>

// The workspace benchmarks' start: the workspace of the arguments, first generated as a
// scored demo of N leads when it does not exist, opened read-only.
namespace LeadStage::Bench {

inline Result<std::unique_ptr<Workspace>> openOrMakeDemo(const Arguments &arguments)
{
    if (!QFileInfo::exists(arguments.path)) {
        QElapsedTimer timer;
        timer.start();
        DemoOptions options;
        options.leads = arguments.leads;
        if (auto made = createDemoWorkspace(arguments.path, options, nullptr); !made)
            return made.error();
        std::printf("generated and scored a demo of %d leads in %lld ms\n", arguments.leads,
                    static_cast<long long>(timer.elapsed()));
    }
    return Workspace::open(arguments.path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
}

// What the back-testing benchmarks read once, outside their timings.
struct LoadedDemo
{
    std::unique_ptr<Workspace> workspace;
    std::int64_t dataEnd = 0;
    ScoringInput input;
    ModelInForce active;
    qint64 loadMs = 0;
};

inline Result<LoadedDemo> loadDemo(const Arguments &arguments)
{
    LoadedDemo demo;
    auto workspace = openOrMakeDemo(arguments);
    if (!workspace)
        return workspace.error();
    demo.workspace = std::move(*workspace);
    QElapsedTimer timer;
    timer.start();
    EventColumnsLoader loader(demo.workspace->database());
    auto dataEnd = loader.defaultAsOf();
    if (!dataEnd)
        return dataEnd.error();
    auto input = loader.loadAll();
    if (!input)
        return input.error();
    auto active = ModelInForce::read(demo.workspace->database());
    if (!active)
        return active.error();
    demo.dataEnd = *dataEnd;
    demo.input = std::move(*input);
    demo.active = std::move(*active);
    demo.loadMs = timer.elapsed();
    return demo;
}

} // namespace LeadStage::Bench
