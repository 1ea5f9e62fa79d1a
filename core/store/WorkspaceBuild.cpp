#include "WorkspaceBuild.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace LeadStage {

namespace {

Error buildError(const QString &path, const QString &what, const QString &hint)
{
    return Error{what, QDir::toNativeSeparators(path), 0, 0, hint};
}

void removeBuildingFiles(const QString &buildingPath)
{
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs, u"-journal"_qs, u".lock"_qs})
        QFile::remove(buildingPath + suffix);
}

// The rows must be on the disk before the name points at them.
bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// rename(2) that refuses to replace an existing file, where the file system can say so.
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    if (QFileInfo::exists(QFile::decodeName(to)))
        return EEXIST;
    return ::rename(from.constData(), to.constData()) == 0 ? 0 : errno;
}

} // namespace

WorkspaceBuild::WorkspaceBuild(QString finalPath, WorkspaceLock::Acquired finalLock)
    : m_finalPath(std::move(finalPath))
    , m_buildingPath(buildingPath(m_finalPath))
    , m_finalLock(std::move(finalLock))
{}

WorkspaceBuild::~WorkspaceBuild()
{
    if (m_finished)
        return;
    m_workspace.reset(); // closes the file and releases its lock before it is removed
    removeBuildingFiles(m_buildingPath);
}

Result<std::unique_ptr<WorkspaceBuild>> WorkspaceBuild::start(const QString &path)
{
    const QFileInfo info(path);
    const QString finalPath = info.absoluteFilePath();
    if (info.exists() && !(info.isFile() && info.size() == 0))
        return buildError(path, QCoreApplication::translate("StoreError", "already exists"),
                          QCoreApplication::translate("StoreError", "Choose another name, or delete the file first."));
    if (!QFileInfo(info.absolutePath()).isDir())
        return buildError(
            path,
            QCoreApplication::translate("StoreError", "cannot be created: the folder %1 does not exist")
                .arg(info.absolutePath()),
            QCoreApplication::translate("StoreError", "Create the folder first, or choose another place."));
    auto finalLock = WorkspaceLock::acquire(
        finalPath, {QCoreApplication::translate("StoreError",
                                                "is being created or opened by another LeadStage (process %1 on %2)"),
                    QCoreApplication::translate("StoreError", "Wait until it has finished, or choose another name.")});
    if (!finalLock)
        return finalLock.error();
    std::unique_ptr<WorkspaceBuild> build(new WorkspaceBuild(finalPath, std::move(*finalLock)));
    // Under the final name's lock nobody else builds here: what is left is a crash's.
    removeBuildingFiles(build->m_buildingPath);
    auto buildingLock = WorkspaceLock::acquire(build->m_buildingPath);
    if (!buildingLock)
        return buildingLock.error();
    auto opened = Workspace::openLocked(build->m_buildingPath, Workspace::Options{}, std::move(*buildingLock), true);
    if (!opened)
        return opened.error();
    build->m_workspace = std::move(*opened);
    return build;
}

Status WorkspaceBuild::moveIntoPlace()
{
    // Closing the last connection checkpoints the WAL into the file and removes it.
    m_workspace.reset();
    if (QFileInfo(m_buildingPath + u"-wal"_qs).size() > 0 || QFileInfo(m_buildingPath + u"-journal"_qs).size() > 0)
        return buildError(
            m_finalPath,
            QCoreApplication::translate("StoreError", "cannot be completed: the new workspace was not closed cleanly"),
            QCoreApplication::translate("StoreError", "Try again; the incomplete file has been removed."));
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs, u"-journal"_qs})
        QFile::remove(m_buildingPath + suffix);
    if (!syncFile(m_buildingPath))
        return buildError(m_finalPath,
                          QCoreApplication::translate(
                              "StoreError", "cannot be completed: the new workspace could not be written to the disk"),
                          QCoreApplication::translate("StoreError", "Check the disk (space, errors) and try again."));
    const QByteArray from = QFile::encodeName(m_buildingPath), to = QFile::encodeName(m_finalPath);
    // An empty file of that name was accepted by start(): the workspace replaces it.
    const QFileInfo existing(m_finalPath);
    const int error = existing.exists() && existing.size() == 0
                          ? (::rename(from.constData(), to.constData()) == 0 ? 0 : errno)
                          : renameNoReplace(from, to);
    if (error != 0)
        return buildError(
            m_finalPath,
            QCoreApplication::translate("StoreError",
                                        "cannot be completed: the new workspace could not be given its name (%1)")
                .arg(QString::fromLocal8Bit(std::strerror(error))),
            QCoreApplication::translate("StoreError",
                                        "Check that no other file of that name appeared meanwhile, and try again."));
    return {};
}

Result<std::unique_ptr<Workspace>> WorkspaceBuild::finish(const Workspace::Options &options)
{
    if (Status moved = moveIntoPlace(); !moved)
        return moved.error(); // the destructor removes the incomplete file
    m_finished = true;
    Workspace::Options opening = options;
    opening.access = Workspace::Access::ReadWrite;
    opening.missing = Workspace::Missing::Fail;
    return Workspace::openLocked(m_finalPath, opening, std::move(m_finalLock), false);
}

} // namespace LeadStage
