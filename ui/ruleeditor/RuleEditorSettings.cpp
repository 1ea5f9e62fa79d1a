#include "RuleEditorSettings.h"

namespace LeadStage {

const SettingValue<int> &RuleEditorSettings::section()
{
    static const SettingValue<int> value(u"ruleEditor/section"_qs, 0);
    return value;
}

const SettingValue<int> &RuleEditorSettings::decayStartScore()
{
    static const SettingValue<int> value(u"ruleEditor/decayStartScore"_qs, 50);
    return value;
}

const SettingValue<QByteArray> &RuleEditorSettings::splitter()
{
    static const SettingValue<QByteArray> value(u"ruleEditor/splitter"_qs);
    return value;
}

const SettingValue<QByteArray> &RuleEditorSettings::historyGeometry()
{
    static const SettingValue<QByteArray> value(u"ruleEditor/historyGeometry"_qs);
    return value;
}

const SettingValue<QByteArray> &RuleEditorSettings::diffGeometry()
{
    static const SettingValue<QByteArray> value(u"ruleEditor/diffGeometry"_qs);
    return value;
}

const SettingValue<QString> &RuleEditorSettings::lastModelFolder()
{
    static const SettingValue<QString> value(u"ruleEditor/lastModelFolder"_qs);
    return value;
}

} // namespace LeadStage
