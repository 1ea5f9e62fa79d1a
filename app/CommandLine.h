#pragma once

#include <QStringList>

namespace LeadStage {

// The jobs that need no eyes: `leadstage COMMAND ...`. Exit codes: 0 done,
// 1 the job failed (the reason is printed), 2 the arguments were wrong.
namespace CommandLine {

enum ExitCode { Success = 0, Failure = 1, BadArguments = 2 };

// Whether these arguments ask for the command line rather than the window.
bool wantsCommandLine(const QStringList &arguments);
// Whether the command lays out pages (a PDF report), which needs fonts and so a
// QGuiApplication (offscreen: the command line never shows a window).
bool drawsPages(const QStringList &arguments);
int run(const QStringList &arguments);

} // namespace CommandLine
} // namespace LeadStage
