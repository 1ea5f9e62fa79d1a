#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"

#include <cstdint>
#include <optional>

namespace LeadStage {

// Cells and columns as the report's tables hold them: the exact value and its text in
// the report's language; text cells escaped against formula injection (DESIGN §7) here,
// once, so no format can forget it.
class ReportCells
{
public:
    explicit ReportCells(const ReportLanguage &language)
        : m_language(language)
    {}

    const ReportLanguage &language() const { return m_language; }

    ReportCell count(std::int64_t value) const;
    ReportCell fraction(std::optional<double> value) const;
    ReportCell days(std::optional<double> value) const;
    ReportCell decimal(std::optional<double> value, int places) const;
    ReportCell text(const QString &text) const;
    // A value shown as words: "provisional" for true, "final" for false.
    ReportCell flag(bool on, const QString &whenOn, const QString &whenOff) const;
    // The exact value kept, the text as given (escaped).
    ReportCell shown(const QJsonValue &value, const QString &text) const;

    // A table of named values (what it is | its value): the columns `nameKey` and
    // "value", each row keyed by a language-free name with its translated title.
    void makeNamedValues(ReportTable &table, const QString &nameKey, const char *nameTitle) const;
    void addNamedValue(ReportTable &table, const QString &key, const char *name, const QJsonValue &value,
                       const QString &text) const;

    // A column whose title is a text marked QT_TRANSLATE_NOOP("Report", …).
    ReportColumn column(const QString &key, const char *title, ValueKind kind) const;

private:
    const ReportLanguage &m_language;
};

} // namespace LeadStage
