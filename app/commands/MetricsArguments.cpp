#include "MetricsArguments.h"

#include "ScoringArguments.h"

#include "metrics/DashboardTime.h"

#include <QDate>

#include <algorithm>

namespace LeadStage::Commands {

namespace {

Result<QDate> readDate(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_qs);
    if (!date.isValid())
        return Error{u"--%1 expects a date as YYYY-MM-DD, not '%2'"_qs.arg(name, text), QString()};
    return date;
}

Result<std::vector<Grade>> readGrades(const QStringList &names)
{
    std::vector<Grade> grades;
    for (const QString &name : names) {
        const auto grade = gradeFromName(name.trimmed().toUpper());
        if (!grade)
            return Error{u"--grade expects A, B, C or D, not '%1'"_qs.arg(name), QString()};
        if (std::find(grades.begin(), grades.end(), *grade) == grades.end())
            grades.push_back(*grade);
    }
    return grades;
}

} // namespace

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"source"_qs, u"Only leads from this source; repeat for several."_qs, u"S"_qs},
        {u"campaign"_qs, u"Only leads from this campaign; repeat for several."_qs, u"C"_qs},
        {u"industry"_qs, u"Only leads in this industry; repeat for several."_qs, u"I"_qs},
        {u"country"_qs, u"Only leads from this country; repeat for several."_qs, u"X"_qs},
        {u"grade"_qs, u"Only leads of this fit grade (A, B, C, D); repeat for several."_qs, u"G"_qs},
        {u"as-of"_qs,
         u"Analysis date (YYYY-MM-DD = the end of that day, 23:59:59 UTC): stage moments after it do not "
         "count. Default, and latest possible: the date the workspace was scored at."_qs,
         u"DATE"_qs},
    });
}

Status readFilter(const QCommandLineParser &parser, MetricsFilter &filter, std::optional<std::int64_t> &asOf)
{
    filter.sources = parser.values(u"source"_qs);
    filter.campaigns = parser.values(u"campaign"_qs);
    filter.industries = parser.values(u"industry"_qs);
    filter.countries = parser.values(u"country"_qs);
    auto grades = readGrades(parser.values(u"grade"_qs));
    if (!grades)
        return grades.error();
    filter.grades = std::move(*grades);
    auto date = readAsOf(parser);
    if (!date)
        return date.error();
    asOf = *date;
    return {};
}

void addMetricsOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"from"_qs, u"First day of the date range (YYYY-MM-DD, UTC), widened to the start of its period."_qs,
         u"DATE"_qs},
        {u"to"_qs, u"Last day of the date range (YYYY-MM-DD, inclusive), widened to the end of its period."_qs,
         u"DATE"_qs},
        {u"by"_qs, u"Bucket: month (default) or quarter."_qs, u"BUCKET"_qs},
    });
    addFilterOptions(parser);
    parser.addOptions({
        {u"format"_qs, u"Output: table (default), csv or json."_qs, u"FORMAT"_qs},
        {u"compare-recorded"_qs, u"Add the stages the CRM recorded beside the ones LeadStage computes: per stage, "
                                 "leads at it per CRM and per model, both, model only, CRM only."_qs},
    });
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
}

Result<MetricsRequest> readMetricsRequest(const QCommandLineParser &parser)
{
    MetricsRequest request;
    if (parser.positionalArguments().size() != 1)
        return Error{u"give one workspace file"_qs, QString()};
    request.workspace = parser.positionalArguments().first();

    auto from = readDate(parser, u"from"_qs);
    if (!from)
        return from.error();
    auto to = readDate(parser, u"to"_qs);
    if (!to)
        return to.error();
    if (from->isValid() && to->isValid() && *from > *to)
        return Error{u"--from %1 is after --to %2"_qs.arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)),
                     QString()};
    request.filter.from = DashboardTime::startOf(*from);
    request.filter.to = DashboardTime::endOf(*to);

    const QString by = parser.value(u"by"_qs);
    if (by == u"quarter")
        request.bucket = Bucket::Quarter;
    else if (parser.isSet(u"by"_qs) && by != u"month")
        return Error{u"--by expects month or quarter, not '%1'"_qs.arg(by), QString()};

    if (Status filter = readFilter(parser, request.filter, request.asOf); !filter)
        return filter.error();

    request.compareRecorded = parser.isSet(u"compare-recorded"_qs);
    const QString format = parser.isSet(u"format"_qs) ? parser.value(u"format"_qs) : u"table"_qs;
    if (format == u"table")
        request.format = MetricsRequest::Format::Table;
    else if (format == u"csv")
        request.format = MetricsRequest::Format::Csv;
    else if (format == u"json")
        request.format = MetricsRequest::Format::Json;
    else
        return Error{u"--format expects table, csv or json, not '%1'"_qs.arg(format), QString()};
    return request;
}

} // namespace LeadStage::Commands
