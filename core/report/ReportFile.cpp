#include "ReportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace LeadStage::ReportFile {

Result<QString> temporaryBeside(const QString &path)
{
    const QFileInfo target(path);
    // Hidden and marked, so a half-written one left by a crash is recognisable.
    QTemporaryFile file(target.absoluteDir().filePath(u"."_qs + target.fileName() + u".XXXXXX.part"_qs));
    if (!file.open())
        return Error{QCoreApplication::translate("ReportError", "cannot create a file in this folder (%1)")
                         .arg(file.errorString()),
                     target.absolutePath(), 0, 0,
                     QCoreApplication::translate("ReportError", "Choose a folder you can write to.")};
    file.setAutoRemove(false);
    // QTemporaryFile makes it private (0600); a report is a document to share: keep the
    // permissions of the file it replaces, else the usual ones for a new document.
    const QFileDevice::Permissions shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                            | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    file.setPermissions(target.exists() ? QFile::permissions(path) : shared);
    return file.fileName();
}

Status replace(const QString &temporary, const QString &path)
{
    // rename(2) replaces an existing file atomically; QFile::rename refuses to.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0)
        return {};
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    QFile::remove(temporary);
    return Error{QCoreApplication::translate("ReportError", "cannot replace the file (%1)").arg(reason), path, 0, 0,
                 QCoreApplication::translate("ReportError",
                                             "Close the file if another program has it open, or choose another name.")};
}

} // namespace LeadStage::ReportFile
