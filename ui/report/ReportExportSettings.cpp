#include "ReportExportSettings.h"

namespace LeadStage {

const SettingValue<QString> &ReportExportSettings::format()
{
    static const SettingValue<QString> value(u"report/format"_qs, u"pdf"_qs);
    return value;
}

const SettingValue<QString> &ReportExportSettings::paper()
{
    static const SettingValue<QString> value(u"report/paper"_qs);
    return value;
}

const SettingValue<QString> &ReportExportSettings::language()
{
    static const SettingValue<QString> value(u"report/language"_qs, u"en"_qs);
    return value;
}

const SettingValue<QString> &ReportExportSettings::folder()
{
    static const SettingValue<QString> value(u"report/folder"_qs);
    return value;
}

const SettingValue<bool> &ReportExportSettings::openWhenDone()
{
    static const SettingValue<bool> value(u"report/openWhenDone"_qs, false);
    return value;
}

const SettingValue<QByteArray> &ReportExportSettings::geometry()
{
    static const SettingValue<QByteArray> value(u"report/dialogGeometry"_qs);
    return value;
}

} // namespace LeadStage
