#include "AppSettings.h"

#include "store/Workspace.h"

#include <QDir>

namespace LeadStage {

const SettingValue<QByteArray> &AppSettings::mainWindowGeometry()
{
    static const SettingValue<QByteArray> value(u"mainWindow/geometry"_qs);
    return value;
}

const SettingValue<QByteArray> &AppSettings::mainWindowState()
{
    static const SettingValue<QByteArray> value(u"mainWindow/state"_qs);
    return value;
}

const SettingValue<QStringList> &AppSettings::recentWorkspaces()
{
    static const SettingValue<QStringList> value(u"workspaces/recent"_qs);
    return value;
}

const SettingValue<QString> &AppSettings::lastWorkspaceFolder()
{
    static const SettingValue<QString> value(u"workspaces/lastFolder"_qs, QDir::homePath());
    return value;
}

const SettingValue<QString> &AppSettings::lastWorkspace()
{
    static const SettingValue<QString> value(u"workspaces/last"_qs);
    return value;
}

const SettingValue<QString> &AppSettings::language()
{
    static const SettingValue<QString> value(u"preferences/language"_qs);
    return value;
}

const SettingValue<QString> &AppSettings::dateStyle()
{
    static const SettingValue<QString> value(u"preferences/dateStyle"_qs, u"iso"_qs);
    return value;
}

const SettingValue<QString> &AppSettings::theme()
{
    static const SettingValue<QString> value(u"preferences/theme"_qs, u"system"_qs);
    return value;
}

const SettingValue<QString> &AppSettings::analysisDate()
{
    static const SettingValue<QString> value(u"preferences/analysisDate"_qs);
    return value;
}

namespace {

// A file's absolute path; a server workspace's address as written.
QString recentEntry(const QString &path)
{
    return Workspace::isServerAddress(path) ? path : QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString absolute = recentEntry(path);
    QStringList recent = recentWorkspaces().get();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    recentWorkspaces().set(recent);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces().get();
    recent.removeAll(recentEntry(path));
    recentWorkspaces().set(recent);
}

} // namespace LeadStage
