#pragma once

#include "common/Error.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <optional>

// The arguments the workspace benchmarks share: [--leads N] [--runs R] [WORKSPACE],
// where a missing WORKSPACE is first generated as a scored demo of N leads.
namespace LeadStage::Bench {

struct Arguments
{
    QString path;
    int leads = 0;
    int runs = 0;
};

inline Arguments parse(const QStringList &arguments, Arguments defaults)
{
    Arguments parsed = std::move(defaults);
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        if (arguments[index] == u"--leads"_qs && index + 1 < arguments.size())
            parsed.leads = arguments[++index].toInt();
        else if (arguments[index] == u"--runs"_qs && index + 1 < arguments.size())
            parsed.runs = arguments[++index].toInt();
        else if (arguments[index].startsWith(u'-')) {
            // `--help` is not a workspace to generate a million leads into.
            std::fprintf(stderr, "usage: %s [--leads N] [--runs R] [WORKSPACE.leadstage]\n",
                         qPrintable(arguments.front()));
            std::exit(2);
        } else
            parsed.path = arguments[index];
    }
    return parsed;
}

// The GUI benchmarks' arguments, WORKSPACE [--runs R]: nothing (and the usage on
// standard error) when they are wrong.
inline std::optional<Arguments> parseWorkspaceRuns(const char *program, const QStringList &arguments, int runs)
{
    Arguments parsed = parse(arguments, {QString(), 0, runs});
    if (parsed.path.isEmpty() || parsed.runs < 1) {
        std::fprintf(stderr, "usage: %s WORKSPACE.leadstage [--runs R]\n", program);
        return std::nullopt;
    }
    return parsed;
}

// Widgets render without a display unless the caller chose a platform: call before
// the QApplication is made.
inline void preferOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline int fail(const char *program, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", program, qPrintable(error.toString()));
    return 1;
}

} // namespace LeadStage::Bench
