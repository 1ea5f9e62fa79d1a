#include "MissingValues.h"

#include "TrimmedCell.h"

namespace LeadStage {

MissingValues::MissingValues(const QStringList &texts)
{
    for (const QString &text : texts) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || m_texts.contains(trimmed, Qt::CaseInsensitive))
            continue;
        m_texts << trimmed;
        m_longest = std::max(m_longest, trimmed.size());
    }
}

MissingValues MissingValues::standard()
{
    return MissingValues({u"Select"_qs, u"unknown"_qs, u"N/A"_qs, u"-"_qs});
}

MissingValues MissingValues::fromList(const QString &commaSeparated)
{
    return MissingValues(commaSeparated.split(u','));
}

QString MissingValues::toList() const
{
    return m_texts.join(u',');
}

int MissingValues::match(QStringView cell) const
{
    cell = trimmedCell(cell);
    if (cell.isEmpty() || cell.size() > m_longest)
        return -1;
    for (int i = 0; i < int(m_texts.size()); ++i)
        if (m_texts[i].size() == cell.size() && cell.compare(m_texts[i], Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace LeadStage
