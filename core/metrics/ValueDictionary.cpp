#include "ValueDictionary.h"

namespace LeadStage {

ValueDictionary::ValueDictionary()
{
    m_shown.emplace_back();
}

// Each exact spelling is normalised once; a row then costs one hash lookup, as with
// a plain string pool.
std::uint32_t ValueDictionary::intern(const QString &text, std::int64_t times)
{
    if (text.isEmpty())
        return 0;
    if (const auto known = m_spellingIds.constFind(text); known != m_spellingIds.constEnd()) {
        Spelling &spelling = m_spellings[known.value()];
        spelling.count += times;
        return spelling.value;
    }
    const QString key = groupKey(text);
    std::uint32_t value = 0;
    if (!key.isEmpty()) {
        const auto group = m_values.constFind(key);
        if (group != m_values.constEnd()) {
            value = group.value();
        } else {
            value = std::uint32_t(m_shown.size());
            m_shown.push_back(text.trimmed());
            m_values.insert(key, value);
        }
    }
    m_spellingIds.insert(text, std::uint32_t(m_spellings.size()));
    m_spellings.push_back({value, times});
    m_spellingTexts.push_back(text);
    return value;
}

std::optional<std::uint32_t> ValueDictionary::find(const QString &text) const
{
    const QString key = groupKey(text);
    if (key.isEmpty())
        return 0;
    const auto found = m_values.constFind(key);
    if (found == m_values.constEnd())
        return std::nullopt;
    return found.value();
}

std::vector<std::uint32_t> ValueDictionary::absorb(const ValueDictionary &later)
{
    std::vector<std::uint32_t> ids(later.m_shown.size(), 0);
    for (std::size_t s = 0; s < later.m_spellings.size(); ++s)
        ids[later.m_spellings[s].value] = intern(later.m_spellingTexts[s], later.m_spellings[s].count);
    return ids;
}

void ValueDictionary::seal()
{
    std::vector<std::int64_t> best(m_shown.size(), 0);
    for (std::size_t s = 0; s < m_spellings.size(); ++s) {
        const Spelling &spelling = m_spellings[s];
        if (spelling.value == 0 || spelling.count <= best[spelling.value])
            continue; // strictly more: the first seen wins a tie
        best[spelling.value] = spelling.count;
        m_shown[spelling.value] = m_spellingTexts[s].trimmed();
    }
}

} // namespace LeadStage
