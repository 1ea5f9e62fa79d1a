#include "TextDictionary.h"

namespace LeadStage {

TextDictionary::TextDictionary()
{
    m_values.emplace_back();
    m_ids.insert(QString(), 0);
}

std::uint32_t TextDictionary::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto found = m_ids.constFind(text);
    if (found != m_ids.cend())
        return *found;
    const auto id = std::uint32_t(m_values.size());
    m_values.push_back(text);
    m_ids.insert(text, id);
    return id;
}

std::optional<std::uint32_t> TextDictionary::find(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    const auto found = m_ids.constFind(text);
    if (found == m_ids.cend())
        return std::nullopt;
    return *found;
}

} // namespace LeadStage
