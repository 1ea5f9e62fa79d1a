#include "ReportRequest.h"

#include "common/TimeFormat.h"
#include "scoring/LeadScore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace LeadStage {

namespace {

const std::pair<Dimension, QString> dimensionKeys[] = {{Dimension::Source, u"sources"_qs},
                                                       {Dimension::Campaign, u"campaigns"_qs},
                                                       {Dimension::Industry, u"industries"_qs},
                                                       {Dimension::Country, u"countries"_qs}};

Error badRequest(const QString &what)
{
    return Error{QCoreApplication::translate("ReportError", "the report's manifest has a bad request: %1").arg(what),
                 {},
                 0,
                 0,
                 QCoreApplication::translate("ReportError",
                                             "The file was changed after LeadStage wrote it; make the report again.")};
}

} // namespace

QJsonObject ReportRequest::toJson() const
{
    QJsonObject filterJson;
    for (const auto &[dimension, key] : dimensionKeys) {
        if (!filter.values(dimension).isEmpty())
            filterJson.insert(key, QJsonArray::fromStringList(filter.values(dimension)));
    }
    if (!filter.grades.empty()) {
        QJsonArray grades;
        for (Grade grade : filter.grades)
            grades.append(gradeName(grade));
        filterJson.insert(u"grades"_qs, grades);
    }
    QJsonObject json{{u"quarter"_qs, quarter.label()}, {u"language"_qs, language}, {u"filter"_qs, filterJson}};
    json.insert(u"asOf"_qs, asOf ? QJsonValue(isoUtc(*asOf)) : QJsonValue(QJsonValue::Null));
    return json;
}

Result<ReportRequest> ReportRequest::fromJson(const QJsonObject &json)
{
    ReportRequest request;
    const auto quarter = quarterNamed(json.value(u"quarter"_qs).toString());
    if (!quarter)
        return badRequest(QCoreApplication::translate("ReportError", "no quarter"));
    request.quarter = *quarter;
    request.language = json.value(u"language"_qs).toString(u"en"_qs);
    const QJsonValue asOf = json.value(u"asOf"_qs);
    if (asOf.isString()) {
        request.asOf = parseIsoUtc(asOf.toString());
        if (!request.asOf)
            return badRequest(QCoreApplication::translate("ReportError", "analysis date \"%1\"").arg(asOf.toString()));
    }
    const QJsonObject filter = json.value(u"filter"_qs).toObject();
    for (const auto &[dimension, key] : dimensionKeys) {
        for (const QJsonValue &value : filter.value(key).toArray())
            request.filter.values(dimension) << value.toString();
    }
    for (const QJsonValue &value : filter.value(u"grades"_qs).toArray()) {
        const auto grade = gradeFromName(value.toString());
        if (!grade)
            return badRequest(QCoreApplication::translate("ReportError", "grade \"%1\"").arg(value.toString()));
        request.filter.grades.push_back(*grade);
    }
    return request;
}

std::optional<Period> ReportRequest::quarterNamed(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-?[Qq]([1-4])$"_qs);
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int quarter = match.captured(2).toInt();
    return Period(Bucket::Quarter, year * 4 + quarter - 1);
}

Period ReportRequest::lastCompleteQuarter(std::int64_t asOf)
{
    // The quarter holding the second after the analysis date is not complete unless
    // that second starts it.
    const Period holding = Period::containing(asOf + 1, Bucket::Quarter);
    return Period(Bucket::Quarter, holding.index() - 1);
}

} // namespace LeadStage
