#include "CsvRecord.h"

namespace LeadStage {

QStringList CsvRecord::fields() const
{
    QStringList list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(field(i).toString());
    return list;
}

QStringView CsvRecord::raw() const
{
    return m_text.sliced(m_rawBegin, m_rawEnd - m_rawBegin);
}

void CsvRecord::reset(QStringView text)
{
    m_text = text;
    m_unescaped.resize(0); // keeps the capacity, unlike clear()
    m_fields.clear();
    m_rawBegin = m_rawEnd = 0;
    m_line = 0;
    m_error.reset();
}

void CsvRecord::reject(int column, QString reason)
{
    // The first problem explains the record; later ones are usually its echoes.
    if (!m_error)
        m_error = Error{std::move(reason), QString(), 0, column};
}

int CsvRecord::columnAt(qsizetype textPosition) const
{
    int column = 1;
    for (size_t i = 1; i < m_fields.size() && m_fields[i].rawOffset <= textPosition; ++i)
        column = int(i) + 1;
    return column;
}

} // namespace LeadStage
