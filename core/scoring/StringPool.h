#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// Distinct texts by a dense id, so columns hold 4-byte ids and a condition is
// evaluated once per distinct text instead of once per row. Id 0 is the empty text.
class StringPool
{
public:
    StringPool();

    std::uint32_t intern(const QString &text);
    // The id of a text already in the pool (0 for the empty text), without adding it.
    std::optional<std::uint32_t> find(const QString &text) const;
    const QString &at(std::uint32_t id) const { return m_values[id]; }
    std::uint32_t size() const { return std::uint32_t(m_values.size()); }

private:
    std::vector<QString> m_values;
    QHash<QString, std::uint32_t> m_ids;
};

} // namespace LeadStage
