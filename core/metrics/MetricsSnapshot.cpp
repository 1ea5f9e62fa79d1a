#include "MetricsSnapshot.h"

#include "Period.h"
#include "common/HugePages.h"

#include <algorithm>

namespace LeadStage {

void MetricsSnapshot::reserve(std::size_t leads, std::size_t eventMonths)
{
    const auto column = [&](auto &values) {
        values.reserve(leads);
        adviseHugePages(values.data(), values.capacity() * sizeof(values[0]));
    };
    for (auto *times : {&m_ids, &m_createdAt, &m_iqlAt, &m_mqlAt, &m_pqlAt, &m_sqlAt, &m_opportunityAt, &m_customerAt})
        column(*times);
    column(m_iqlMonth);
    column(m_mqlMonth);
    column(m_grade);
    for (auto &values : m_fields)
        column(values);
    m_markStart.reserve(leads + 1);
    adviseHugePages(m_markStart.data(), m_markStart.capacity() * sizeof(std::uint32_t));
    m_marks.reserve(eventMonths);
    adviseHugePages(m_marks.data(), m_marks.capacity() * sizeof(MonthMark));
}

void MetricsSnapshot::appendLead(const SnapshotLead &lead)
{
    std::array<std::uint32_t, dimensionCount> fieldValues{};
    for (int dimension = 0; dimension < dimensionCount; ++dimension)
        fieldValues[std::size_t(dimension)] = m_dictionaries[dimension].intern(lead.fields[dimension]);
    appendLead(lead, fieldValues);
}

void MetricsSnapshot::appendLead(const SnapshotLead &lead, const std::array<std::uint32_t, dimensionCount> &fieldValues)
{
    m_ids.push_back(lead.id);
    m_createdAt.push_back(lead.createdAt);
    m_iqlAt.push_back(lead.iqlAt);
    m_mqlAt.push_back(lead.mqlAt);
    m_pqlAt.push_back(lead.pqlAt);
    m_sqlAt.push_back(lead.sqlAt);
    m_opportunityAt.push_back(lead.opportunityAt);
    m_customerAt.push_back(lead.customerAt);
    const std::int32_t iqlMonth = lead.iqlAt == noTime ? 0 : Period::monthIndex(lead.iqlAt);
    const std::int32_t mqlMonth = lead.mqlAt == noTime ? 0 : Period::monthIndex(lead.mqlAt);
    m_iqlMonth.push_back(iqlMonth);
    m_mqlMonth.push_back(mqlMonth);
    for (const auto &[time, month] : {std::pair(lead.iqlAt, iqlMonth), std::pair(lead.mqlAt, mqlMonth)})
        if (time != noTime)
            m_firstFunnelMonth = std::min(m_firstFunnelMonth.value_or(month), month);
    m_grade.push_back(std::uint8_t(lead.grade));
    for (int dimension = 0; dimension < dimensionCount; ++dimension)
        m_fields[dimension].push_back(fieldValues[std::size_t(dimension)]);
}

void MetricsSnapshot::closeEventRowsUpTo(std::size_t row)
{
    while (m_markStart.size() <= row)
        m_markStart.push_back(std::uint32_t(m_marks.size()));
}

void MetricsSnapshot::addEvent(std::size_t row, std::int64_t time)
{
    if (m_iqlAt[row] == noTime)
        return;
    closeEventRowsUpTo(row);
    const std::int32_t month = Period::monthIndex(time);
    const bool sameMonth = m_markStart.back() < m_marks.size() && m_marks.back().month == month;
    if (!sameMonth)
        m_marks.push_back(MonthMark{month, std::int32_t(time - Period::monthStart(month))});
}

void MetricsSnapshot::addEventMonths(std::size_t row, std::span<const MonthMark> marks)
{
    if (m_iqlAt[row] == noTime)
        return;
    closeEventRowsUpTo(row);
    m_marks.insert(m_marks.end(), marks.begin(), marks.end());
}

void MetricsSnapshot::append(const MetricsSnapshot &later)
{
    const auto rows = std::uint32_t(size());
    closeEventRowsUpTo(rows);
    const auto join = [](auto &column, const auto &more) { column.insert(column.end(), more.begin(), more.end()); };
    join(m_ids, later.m_ids);
    join(m_createdAt, later.m_createdAt);
    join(m_iqlAt, later.m_iqlAt);
    join(m_mqlAt, later.m_mqlAt);
    join(m_pqlAt, later.m_pqlAt);
    join(m_sqlAt, later.m_sqlAt);
    join(m_opportunityAt, later.m_opportunityAt);
    join(m_customerAt, later.m_customerAt);
    join(m_iqlMonth, later.m_iqlMonth);
    join(m_mqlMonth, later.m_mqlMonth);
    join(m_grade, later.m_grade);
    for (int dimension = 0; dimension < dimensionCount; ++dimension) {
        const std::vector<std::uint32_t> ids = m_dictionaries[dimension].absorb(later.m_dictionaries[dimension]);
        for (const std::uint32_t value : later.m_fields[dimension])
            m_fields[dimension].push_back(ids[value]);
    }
    // later's row r starts its marks at markStart[r]; its row 0 starts where ours end.
    const auto base = std::uint32_t(m_marks.size());
    for (std::size_t row = 1; row < later.m_markStart.size(); ++row)
        m_markStart.push_back(base + later.m_markStart[row]);
    join(m_marks, later.m_marks);
    for (std::size_t k = 0; k < later.m_recordedRows.size(); ++k) {
        m_recordedRows.push_back(rows + later.m_recordedRows[k]);
        m_recordedAt.push_back(later.m_recordedAt[k]);
    }
    if (later.m_firstFunnelMonth)
        m_firstFunnelMonth =
            std::min(m_firstFunnelMonth.value_or(*later.m_firstFunnelMonth), *later.m_firstFunnelMonth);
}

void MetricsSnapshot::finish()
{
    closeEventRowsUpTo(size());
    // No shrink_to_fit: capacity reserved or grown but never written is address space,
    // not memory, and shrinking would copy every mark.
    for (ValueDictionary &dictionary : m_dictionaries)
        dictionary.seal();
}

std::span<const MonthMark> MetricsSnapshot::eventMonths(std::size_t row) const
{
    return std::span<const MonthMark>(m_marks.data() + m_markStart[row], m_markStart[row + 1] - m_markStart[row]);
}

void MetricsSnapshot::addRecorded(std::size_t row, int slot, std::int64_t at)
{
    if (slot < 0 || slot >= recordedSlots)
        return;
    if (m_recordedRows.empty() || m_recordedRows.back() != row) {
        m_recordedRows.push_back(std::uint32_t(row));
        RecordedMoments none;
        none.fill(noTime);
        m_recordedAt.push_back(none);
    }
    m_recordedAt.back()[std::size_t(slot)] = at;
}

const MetricsSnapshot::RecordedMoments *MetricsSnapshot::recorded(std::size_t row) const
{
    const auto it = std::lower_bound(m_recordedRows.begin(), m_recordedRows.end(), std::uint32_t(row));
    return it != m_recordedRows.end() && *it == row ? &m_recordedAt[std::size_t(it - m_recordedRows.begin())] : nullptr;
}

Stage MetricsSnapshot::recordedStage(int slot)
{
    static constexpr Stage stages[] = {Stage::MQL, Stage::SQL, Stage::Opportunity, Stage::Customer};
    return stages[slot];
}

std::size_t MetricsSnapshot::bytesUsed() const
{
    const std::size_t perLead = 8 * sizeof(std::int64_t) + 2 * sizeof(std::int32_t) + 1
                                + dimensionCount * sizeof(std::uint32_t) + sizeof(std::uint32_t);
    return size() * perLead + m_marks.size() * sizeof(MonthMark);
}

} // namespace LeadStage
