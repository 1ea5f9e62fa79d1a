#include "EvaluateSettings.h"

namespace LeadStage {

const SettingValue<QString> &EvaluateSettings::outcome()
{
    static const SettingValue<QString> value(u"evaluate/outcome"_qs, u"customer"_qs);
    return value;
}

const SettingValue<int> &EvaluateSettings::moment()
{
    static const SettingValue<int> value(u"evaluate/moment"_qs, 0);
    return value;
}

const SettingValue<int> &EvaluateSettings::horizonDays()
{
    static const SettingValue<int> value(u"evaluate/horizonDays"_qs, 180);
    return value;
}

const SettingValue<QStringList> &EvaluateSettings::models()
{
    static const SettingValue<QStringList> value(u"evaluate/models"_qs);
    return value;
}

const SettingValue<int> &EvaluateSettings::detailModel()
{
    static const SettingValue<int> value(u"evaluate/detailModel"_qs, 0);
    return value;
}

} // namespace LeadStage
