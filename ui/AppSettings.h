#pragma once

#include "StoredSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace LeadStage {

// A setting with its key, type and default in one place: read and written
// through StoredSettings, never by string keys scattered through the code.
template <typename T>
class SettingValue
{
public:
    SettingValue(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    T get() const { return StoredSettings::value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) const { StoredSettings::write(m_key, QVariant::fromValue(value)); }
    void clear() const { StoredSettings::remove(m_key); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

// Everything the application remembers between runs.
struct AppSettings
{
    static constexpr int maxRecentFiles = 10;

    static const SettingValue<QByteArray> &mainWindowGeometry();
    static const SettingValue<QByteArray> &mainWindowState();
    static const SettingValue<QStringList> &recentWorkspaces();
    static const SettingValue<QString> &lastWorkspaceFolder();
    static const SettingValue<QString> &lastWorkspace();

    // Preferences. The window's language: "" follows the system, else "en", "de", "fr", "es".
    static const SettingValue<QString> &language();
    // How dates are shown: "iso" (2025-10-31, the default) or "locale" (the language's own).
    static const SettingValue<QString> &dateStyle();
    // "system" (the default), "light" or "dark".
    static const SettingValue<QString> &theme();
    // The analysis date a workspace opens at: "" (the default) is the workspace's own (the
    // latest moment of its data, or the date chosen for it); "YYYY-MM-DD" a fixed date.
    static const SettingValue<QString> &analysisDate();

    // Puts `path` first in the recent list, without duplicates, at most maxRecentFiles.
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);
};

} // namespace LeadStage
