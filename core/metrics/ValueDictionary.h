#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// The distinct values of a field the dashboard groups by (source, campaign, industry,
// country) as dense ids: values that differ only in case or surrounding spaces
// ("Google", "google ") are one value, shown in its most frequent spelling (the first
// seen among equals). Id 0 is the empty value.
class ValueDictionary
{
public:
    ValueDictionary();

    // `times` counts toward the spelling's frequency: a caller holding a column's
    // distinct values interns each once with its count, in order of first appearance.
    std::uint32_t intern(const QString &text, std::int64_t times = 1);
    // The id of the value `text` spells, in any case and spacing, without adding it.
    std::optional<std::uint32_t> find(const QString &text) const;
    // The value's most frequent spelling (as of the last seal(); before it, the first).
    const QString &at(std::uint32_t id) const { return m_shown[id]; }
    std::uint32_t size() const { return std::uint32_t(m_shown.size()); }
    // Picks each value's most frequent spelling; call after the last intern().
    void seal();
    // Interns every spelling of `later` with its count, in the order `later` first met
    // them: what interning its texts here would have done. Returns, for each value id of
    // `later`, the id here.
    std::vector<std::uint32_t> absorb(const ValueDictionary &later);

    static QString groupKey(const QString &text) { return text.trimmed().toCaseFolded(); }

private:
    struct Spelling
    {
        std::uint32_t value = 0;
        std::int64_t count = 0;
    };

    std::vector<QString> m_shown;                // by value id
    QHash<QString, std::uint32_t> m_values;      // group key → value id
    QHash<QString, std::uint32_t> m_spellingIds; // exact text → index into m_spellings
    std::vector<Spelling> m_spellings;
    std::vector<QString> m_spellingTexts;
};

} // namespace LeadStage
