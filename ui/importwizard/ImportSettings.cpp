#include "ImportSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace LeadStage {

namespace {
const QString presetSuffix = u".leadstage-mapping.json"_qs;
}

const SettingValue<QString> &ImportSettings::lastFolder()
{
    static const SettingValue<QString> value(u"import/lastFolder"_qs, QDir::homePath());
    return value;
}

const SettingValue<QString> &ImportSettings::lastPreset()
{
    static const SettingValue<QString> value(u"import/lastPreset"_qs);
    return value;
}

const SettingValue<QString> &ImportSettings::onMatch()
{
    static const SettingValue<QString> value(u"import/onMatch"_qs, u"update"_qs);
    return value;
}

const SettingValue<bool> &ImportSettings::createMissingLeads()
{
    static const SettingValue<bool> value(u"import/createMissingLeads"_qs, false);
    return value;
}

QString ImportSettings::presetFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"import-presets"_qs);
}

QString ImportSettings::presetPath(const QString &name)
{
    // The name stays readable in the file name; only what a file system refuses is replaced.
    QString file = name.trimmed();
    for (QChar &c : file)
        if (u"/\\:*?\"<>|"_qs.contains(c) || c.category() == QChar::Other_Control)
            c = u'_';
    return QDir(presetFolder()).filePath(file + presetSuffix);
}

QStringList ImportSettings::savedPresets()
{
    QStringList names;
    for (const QString &file : QDir(presetFolder()).entryList({u"*"_qs + presetSuffix}, QDir::Files, QDir::Name))
        names << file.chopped(presetSuffix.size());
    return names;
}

} // namespace LeadStage
