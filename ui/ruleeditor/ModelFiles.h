#pragma once

#include "common/Result.h"
#include "scoring/ModelVersion.h"

#include <QString>

class QMimeData;

namespace LeadStage {

class Database;

// Model files as the version history handles them: the folder last used for them
// (remembered), the one .json file a drag carries, and a saved version written out.
class ModelFiles
{
public:
    // The folder model files were last exported to or imported from, else Documents.
    static QString startFolder();
    static void rememberFolder(const QString &file);
    // The path of the single local .json file in a drag; empty for anything else.
    static QString droppedFile(const QMimeData *mime);
    // Writes saved version `id` to `path` whole or not at all; the version written.
    static Result<ModelVersion> exportVersion(Database &database, std::int64_t id, const QString &path);
};

} // namespace LeadStage
