#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

namespace LeadStage {

// Why nothing can be written in a folder, in the user's words: a read-only file
// system, a full disk, or missing permission. Asked after a write failed (a lock file
// that could not be made), so that the message names the real cause.
class StorageProblem
{
public:
    enum class Kind { None, ReadOnlyFileSystem, DiskFull, NoPermission };

    static Kind ofFolder(const QString &folder);
    // An Error about `path` (what: "`doing`: the disk is full"), or nullopt when the
    // folder shows none of the three.
    static std::optional<Error> error(const QString &path, const QString &doing);
};

} // namespace LeadStage
