#pragma once

#include "ImportReport.h"

#include <QHash>

#include <cstdint>

namespace LeadStage {

// Counts the rows of a leads file whose key (CRM id or e-mail) an earlier row of the
// same file had already, by value, and names the most repeated: a column that repeats
// (`age` mapped as the CRM id) would otherwise fold thousands of rows into a few leads.
class RepeatedKeys
{
public:
    static constexpr int shown = 5; // values the summary lists

    void add(const QString &field, const QString &value); // one more repeating row
    std::int64_t rows() const { return m_rows; }
    // The most repeated values, most rows first, then by value.
    QList<RepeatedKey> top(int count = shown) const;

private:
    QHash<QString, std::int64_t> m_counts[2]; // external_id, email
    std::int64_t m_rows = 0;
};

} // namespace LeadStage
