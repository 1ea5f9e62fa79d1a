#include "WorkspaceLabel.h"

#include "store/Workspace.h"
#include "store/postgres/WorkspaceAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace LeadStage::WorkspaceLabel {

QString shortName(const QString &workspace)
{
    if (!Workspace::isServerAddress(workspace))
        return QFileInfo(workspace).completeBaseName();
    auto address = WorkspaceAddress::parse(workspace);
    if (!address)
        return workspace;
    return QCoreApplication::translate("WorkspaceLabel", "%1 (team workspace in %2)")
        .arg(address->schema(), address->database());
}

QString fileNamePart(const QString &workspace)
{
    if (!Workspace::isServerAddress(workspace))
        return QFileInfo(workspace).completeBaseName();
    auto address = WorkspaceAddress::parse(workspace);
    return address ? address->schema() : QCoreApplication::translate("WorkspaceLabel", "team workspace");
}

QString location(const QString &workspace)
{
    return Workspace::isServerAddress(workspace) ? workspace : QDir::toNativeSeparators(workspace);
}

QString settingsKey(const QString &workspace)
{
    if (Workspace::isServerAddress(workspace))
        return workspace;
    const QFileInfo file(workspace);
    return file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
}

QString folderOf(const QString &workspace, const QString &fallback)
{
    return Workspace::isServerAddress(workspace) ? fallback : QFileInfo(workspace).absolutePath();
}

} // namespace LeadStage::WorkspaceLabel
