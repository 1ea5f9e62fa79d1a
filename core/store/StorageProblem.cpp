#include "StorageProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/statvfs.h>
#include <unistd.h>

namespace LeadStage {

StorageProblem::Kind StorageProblem::ofFolder(const QString &folder)
{
    const QByteArray native = QFile::encodeName(folder);
    struct statvfs space = {};
    if (::statvfs(native.constData(), &space) == 0) {
        if (space.f_flag & ST_RDONLY)
            return Kind::ReadOnlyFileSystem;
        // No block or no inode left for an ordinary user: a new file cannot be written.
        if (space.f_bavail == 0 || (space.f_files > 0 && space.f_favail == 0))
            return Kind::DiskFull;
    }
    if (::access(native.constData(), W_OK | X_OK) != 0)
        return Kind::NoPermission;
    return Kind::None;
}

std::optional<Error> StorageProblem::error(const QString &path, const QString &doing)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString where = QDir::toNativeSeparators(path);
    switch (ofFolder(folder)) {
    case Kind::ReadOnlyFileSystem:
        return Error{QCoreApplication::translate("StoreError", "%1: its folder %2 is on a read-only file system")
                         .arg(doing, QDir::toNativeSeparators(folder)),
                     where, 0, 0,
                     QCoreApplication::translate(
                         "StoreError",
                         "Copy the workspace to a folder on a writable disk and open the copy, or open it read-only.")};
    case Kind::DiskFull:
        return Error{QCoreApplication::translate("StoreError", "%1: the disk holding %2 is full")
                         .arg(doing, QDir::toNativeSeparators(folder)),
                     where, 0, 0,
                     QCoreApplication::translate("StoreError",
                                                 "Free some space on that disk and try again; nothing was changed.")};
    case Kind::NoPermission:
        return Error{
            QCoreApplication::translate("StoreError", "%1: you may not write in its folder %2")
                .arg(doing, QDir::toNativeSeparators(folder)),
            where, 0, 0,
            QCoreApplication::translate(
                "StoreError",
                "Ask for write permission on that folder, or copy the workspace to a folder where you can write.")};
    case Kind::None:
        break;
    }
    return std::nullopt;
}

} // namespace LeadStage
