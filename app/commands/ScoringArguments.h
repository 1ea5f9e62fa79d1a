#pragma once

#include "common/Result.h"
#include "store/Workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cstdint>
#include <memory>
#include <optional>

namespace LeadStage::Commands {

// The options the scoring commands share, so `score` and `explain` read them alike.
QCommandLineOption asOfOption();

// --as-of: YYYY-MM-DD means the end of that day (23:59:59 UTC), so that day's
// events count; an exact time may be given as 2025-03-14T09:30:00Z. Nothing when
// the option is absent (the workspace's latest event then).
Result<std::optional<std::int64_t>> readAsOf(const QCommandLineParser &parser);

// Opens an existing workspace; read-only jobs open it ReadOnly so they never
// change the file and work while the app has it open. What the open put right (a dead
// LeadStage's lock, an interrupted import) is told on stderr, named after `command`.
Result<std::unique_ptr<Workspace>> openWorkspace(const QString &command, const QString &path, Workspace::Access access);

// A positive model id ("7"), or nothing.
std::optional<std::int64_t> toModelId(const QString &text);

} // namespace LeadStage::Commands
