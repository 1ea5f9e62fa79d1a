#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// Distinct texts of one lead column by a dense id, so the snapshot stores 4-byte ids
// and a filter becomes a table of booleans over ids. Id 0 is the empty text (NULL or
// ''), shown as "(none)" by the views.
class TextDictionary
{
public:
    TextDictionary();

    std::uint32_t intern(const QString &text);
    std::optional<std::uint32_t> find(const QString &text) const;
    const QString &at(std::uint32_t id) const { return m_values[id]; }
    std::uint32_t size() const { return std::uint32_t(m_values.size()); }

private:
    std::vector<QString> m_values;
    QHash<QString, std::uint32_t> m_ids;
};

} // namespace LeadStage
