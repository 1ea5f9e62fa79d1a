#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

class Database;

// One row of `imports` as the import history shows it: one file of an import run.
struct ImportRecord
{
    std::int64_t id = 0;
    QString kind;   // "leads", "events", "outcomes"
    QString file;   // absolute path when imported
    QString sha256; // of the file's bytes, hex; empty when the import did not finish
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> finishedAt;
    std::int64_t rowsRead = 0;
    std::int64_t rowsImported = 0; // inserted and updated
    std::int64_t rowsUpdated = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t leadsCreated = 0; // by events or outcomes of unknown leads
    bool undoRecorded = false;     // the import kept what its undo needs (schema version 9 on)
    std::optional<std::int64_t> undoneAt;
};

// Every import of the workspace, newest first; undone ones stay, marked. Also reads a
// file older than schema version 9 opened read-only (nothing undoable there).
Result<std::vector<ImportRecord>> readImportHistory(Database &database);

} // namespace LeadStage
