#include "FilterScope.h"

#include "common/DisplayFormat.h"
#include "scoring/LeadScore.h"

namespace LeadStage {

namespace {

// As every date the window shows: ISO, or the language's own when preferred.
QString dateOf(std::int64_t seconds)
{
    return DisplayFormat::dateOfUtc(seconds);
}

// "source Webinar", "source Webinar, Ads" or "3 sources".
QString valuesOf(const QStringList &values, const char *one, const char *many)
{
    if (values.size() <= 2)
        return FilterScope::tr(one).arg(values.join(u", "_qs));
    return FilterScope::tr(many, nullptr, int(values.size()));
}

} // namespace

QString FilterScope::describe(const MetricsFilter &filter)
{
    QStringList parts;
    if (filter.from && filter.to)
        parts << tr("%1 to %2").arg(dateOf(*filter.from), dateOf(*filter.to - 1));
    else if (filter.from)
        parts << tr("from %1").arg(dateOf(*filter.from));
    else if (filter.to)
        parts << tr("until %1").arg(dateOf(*filter.to - 1));
    if (!filter.sources.isEmpty())
        parts << valuesOf(filter.sources, QT_TR_NOOP("source %1"), QT_TR_N_NOOP("%n sources"));
    if (!filter.campaigns.isEmpty())
        parts << valuesOf(filter.campaigns, QT_TR_NOOP("campaign %1"), QT_TR_N_NOOP("%n campaigns"));
    if (!filter.industries.isEmpty())
        parts << valuesOf(filter.industries, QT_TR_NOOP("industry %1"), QT_TR_N_NOOP("%n industries"));
    if (!filter.countries.isEmpty())
        parts << valuesOf(filter.countries, QT_TR_NOOP("country %1"), QT_TR_N_NOOP("%n countries"));
    if (!filter.grades.empty()) {
        QStringList grades;
        for (const Grade grade : filter.grades)
            grades << gradeName(grade);
        parts << tr("grade %1").arg(grades.join(u", "_qs));
    }
    if (parts.isEmpty())
        return tr("All leads");
    return tr("Filtered: %1").arg(parts.join(u" · "_qs));
}

} // namespace LeadStage
