#pragma once

#include <QCommandLineParser>

#include <optional>

namespace LeadStage::Commands {

// Parses a command's arguments. Returns an exit code when the command is done
// already (--help printed, or a one-line reason for bad arguments), else nothing.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);

// Prints "leadstage COMMAND: reason" and returns CommandLine::BadArguments.
int badArguments(const QString &command, const QString &reason);
// Prints "leadstage COMMAND: reason" and returns CommandLine::Failure.
int failed(const QString &command, const QString &reason);

std::optional<int> toInt(const QString &text);

} // namespace LeadStage::Commands
