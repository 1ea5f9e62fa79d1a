#include "DateFormat.h"

namespace LeadStage {

namespace {

struct Names
{
    DateFormat format;
    QStringView name;
    QStringView label;
};

constexpr std::array<Names, 5> formatNames{{
    {DateFormat::Iso8601, u"iso", u"ISO 8601 (YYYY-MM-DD, optional time and zone)"},
    {DateFormat::MonthDayYear, u"mdy", u"M/D/YYYY (US)"},
    {DateFormat::DayMonthYear, u"dmy", u"D.M.YYYY or D/M/YYYY (European)"},
    {DateFormat::EpochSeconds, u"epoch", u"Seconds since 1970"},
    {DateFormat::EpochMilliseconds, u"epoch-ms", u"Milliseconds since 1970"},
}};

const Names &namesOf(DateFormat format)
{
    return formatNames[size_t(format)];
}

} // namespace

QString dateFormatName(DateFormat format)
{
    return namesOf(format).name.toString();
}

QString dateFormatLabel(DateFormat format)
{
    return namesOf(format).label.toString();
}

std::optional<DateFormat> dateFormatFromName(QStringView name)
{
    for (const Names &entry : formatNames)
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return entry.format;
    return std::nullopt;
}

} // namespace LeadStage
