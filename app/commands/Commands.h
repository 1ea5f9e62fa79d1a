#pragma once

#include <QStringList>

namespace LeadStage::Commands {

// Each takes the arguments after the command name's position (arguments[0] is the
// program, arguments[1] the command) and returns a CommandLine::ExitCode.
int demo(const QStringList &arguments);
int info(const QStringList &arguments);
int score(const QStringList &arguments);
int explain(const QStringList &arguments);
int model(const QStringList &arguments);
int import(const QStringList &arguments);
int importUndo(const QStringList &arguments);    // `leadstage import undo`
int importHistory(const QStringList &arguments); // `leadstage import history`
int metrics(const QStringList &arguments);
int evaluate(const QStringList &arguments);
int threshold(const QStringList &arguments);
int suggest(const QStringList &arguments);
int report(const QStringList &arguments);    // and `leadstage report verify`
int workspace(const QStringList &arguments); // `leadstage workspace copy|verify`

} // namespace LeadStage::Commands
