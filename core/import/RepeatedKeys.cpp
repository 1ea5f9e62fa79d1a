#include "RepeatedKeys.h"

#include <algorithm>

namespace LeadStage {

namespace {

const QString fields[] = {u"external_id"_qs, u"email"_qs};

} // namespace

void RepeatedKeys::add(const QString &field, const QString &value)
{
    ++m_counts[field == fields[0] ? 0 : 1][value];
    ++m_rows;
}

QList<RepeatedKey> RepeatedKeys::top(int count) const
{
    QList<RepeatedKey> all;
    for (int i = 0; i < 2; ++i)
        for (auto it = m_counts[i].cbegin(); it != m_counts[i].cend(); ++it)
            all.append(RepeatedKey{fields[i], it.key(), it.value()});
    std::sort(all.begin(), all.end(), [](const RepeatedKey &a, const RepeatedKey &b) {
        return a.rows != b.rows ? a.rows > b.rows : std::tie(a.field, a.value) < std::tie(b.field, b.value);
    });
    return all.mid(0, count);
}

} // namespace LeadStage
