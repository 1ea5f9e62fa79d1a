#include "DashboardSettings.h"

#include "metrics/DashboardTime.h"

#include <array>

namespace LeadStage {

const SettingValue<QDate> &DashboardSettings::from()
{
    static const SettingValue<QDate> value(u"dashboard/from"_qs);
    return value;
}

const SettingValue<QDate> &DashboardSettings::to()
{
    static const SettingValue<QDate> value(u"dashboard/to"_qs);
    return value;
}

const SettingValue<QStringList> &DashboardSettings::values(Dimension dimension)
{
    static const std::array<SettingValue<QStringList>, dimensionCount> values = {
        SettingValue<QStringList>(u"dashboard/sources"_qs), SettingValue<QStringList>(u"dashboard/campaigns"_qs),
        SettingValue<QStringList>(u"dashboard/industries"_qs), SettingValue<QStringList>(u"dashboard/countries"_qs)};
    return values[std::size_t(dimension)];
}

const SettingValue<QStringList> &DashboardSettings::grades()
{
    static const SettingValue<QStringList> value(u"dashboard/grades"_qs);
    return value;
}

const SettingValue<QString> &DashboardSettings::bucket()
{
    static const SettingValue<QString> value(u"dashboard/bucket"_qs, u"month"_qs);
    return value;
}

const SettingValue<int> &DashboardSettings::qualityDimension()
{
    static const SettingValue<int> value(u"dashboard/qualityDimension"_qs, 0);
    return value;
}

MetricsFilter DashboardSettings::loadFilter()
{
    MetricsFilter filter;
    filter.from = DashboardTime::startOf(from().get());
    filter.to = DashboardTime::endOf(to().get());
    for (int d = 0; d < dimensionCount; ++d)
        filter.values(Dimension(d)) = values(Dimension(d)).get();
    for (const QString &name : grades().get())
        if (const auto grade = gradeFromName(name))
            filter.grades.push_back(*grade);
    return filter;
}

void DashboardSettings::saveFilter(const MetricsFilter &filter)
{
    from().set(DashboardTime::dateOfStart(filter.from));
    to().set(DashboardTime::dateOfEnd(filter.to));
    for (int d = 0; d < dimensionCount; ++d)
        values(Dimension(d)).set(filter.values(Dimension(d)));
    QStringList names;
    for (const Grade grade : filter.grades)
        names << gradeName(grade);
    grades().set(names);
}

Bucket DashboardSettings::loadBucket()
{
    return bucket().get() == u"quarter" ? Bucket::Quarter : Bucket::Month;
}

void DashboardSettings::saveBucket(Bucket value)
{
    bucket().set(value == Bucket::Quarter ? u"quarter"_qs : u"month"_qs);
}

} // namespace LeadStage
