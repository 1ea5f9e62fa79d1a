#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace LeadStage {

// One record of a CSV file: its fields, the physical line it starts on and its raw
// text. Fields are views into the reader's buffer, valid until the reader's next call;
// the record is reused from row to row so that reading allocates nothing per field.
class CsvRecord
{
public:
    qsizetype size() const { return qsizetype(m_fields.size()); }
    QStringView field(qsizetype index) const // unquoted, doubled quotes undone
    {
        const Field &f = m_fields[std::size_t(index)];
        return (f.unescaped ? QStringView(m_unescaped) : m_text).sliced(f.offset, f.length);
    }
    QStringList fields() const; // an owning copy, for previews and tests

    int line() const { return m_line; } // 1-based physical line where it starts
    QStringView raw() const;            // as in the file, without the line end

    // Why the record is rejected (malformed, ragged, undecodable bytes), or nothing.
    const std::optional<Error> &error() const { return m_error; }
    bool rejected() const { return m_error.has_value(); }

private:
    friend class CsvParser;
    friend class CsvReader;

    struct Field
    {
        qsizetype offset;
        qsizetype length;
        qsizetype rawOffset; // where the field starts in the text, for error columns
        bool unescaped;      // lives in m_unescaped (it had doubled quotes)
    };

    void reset(QStringView text);
    void reject(int column, QString reason);
    int columnAt(qsizetype textPosition) const;

    QStringView m_text;  // the reader's buffer
    QString m_unescaped; // fields that had doubled quotes, undone
    std::vector<Field> m_fields;
    qsizetype m_rawBegin = 0;
    qsizetype m_rawEnd = 0;
    int m_line = 0;
    std::optional<Error> m_error;
};

} // namespace LeadStage
