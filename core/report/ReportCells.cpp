#include "ReportCells.h"

#include "common/CsvWriter.h"

namespace LeadStage {

namespace {

QJsonValue valueOf(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

ReportCell ReportCells::count(std::int64_t value) const
{
    return {qint64(value), m_language.count(value)};
}

ReportCell ReportCells::fraction(std::optional<double> value) const
{
    return {valueOf(value), m_language.fraction(value)};
}

ReportCell ReportCells::days(std::optional<double> value) const
{
    return {valueOf(value), m_language.decimal(value, 1)};
}

ReportCell ReportCells::decimal(std::optional<double> value, int places) const
{
    return {valueOf(value), m_language.decimal(value, places)};
}

ReportCell ReportCells::text(const QString &text) const
{
    return {text, CsvWriter::safeText(text)};
}

ReportCell ReportCells::flag(bool on, const QString &whenOn, const QString &whenOff) const
{
    return {on, CsvWriter::safeText(on ? whenOn : whenOff)};
}

ReportCell ReportCells::shown(const QJsonValue &value, const QString &text) const
{
    return {value, CsvWriter::safeText(text)};
}

ReportColumn ReportCells::column(const QString &key, const char *title, ValueKind kind) const
{
    return {key, m_language.text(title), kind};
}

void ReportCells::makeNamedValues(ReportTable &table, const QString &nameKey, const char *nameTitle) const
{
    table.columns = {column(nameKey, nameTitle, ValueKind::Text),
                     column(u"value"_qs, QT_TRANSLATE_NOOP("Report", "Value"), ValueKind::Text)};
}

void ReportCells::addNamedValue(ReportTable &table, const QString &key, const char *name, const QJsonValue &value,
                                const QString &text) const
{
    table.rows.push_back({shown(key, m_language.text(name)), shown(value, text)});
}

} // namespace LeadStage
