#include "StringPool.h"

namespace LeadStage {

StringPool::StringPool()
{
    m_values.emplace_back();
}

std::uint32_t StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto found = m_ids.constFind(text);
    if (found != m_ids.constEnd())
        return found.value();
    const auto id = std::uint32_t(m_values.size());
    m_values.push_back(text);
    m_ids.insert(text, id);
    return id;
}

std::optional<std::uint32_t> StringPool::find(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    const auto found = m_ids.constFind(text);
    if (found == m_ids.constEnd())
        return std::nullopt;
    return found.value();
}

} // namespace LeadStage
