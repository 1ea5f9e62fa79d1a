#pragma once

#include "common/Result.h"

#include <QString>

namespace LeadStage::ReportFile {

// A new empty file in `path`'s folder whose name starts with `path`'s, for writers
// that cannot use QSaveFile (C libraries opening by name); the caller removes it or
// moves it over `path` with replace(). An error when the folder is not writable.
Result<QString> temporaryBeside(const QString &path);
// Moves `temporary` over `path` in one step (rename), so a reader sees the old file or
// the new one, never half of one. Removes `temporary` when that fails.
Status replace(const QString &temporary, const QString &path);

} // namespace LeadStage::ReportFile
