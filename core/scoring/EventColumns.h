#pragma once

#include "StringPool.h"

#include <QHash>

#include <cstdint>
#include <span>
#include <vector>

namespace LeadStage {

// Every lead's events in compact columns, 14 bytes an event: the time (8), the
// activity index (2) and the detail id into a string pool (4). Lead i's events are
// [offset(i), offset(i + 1)), in time order and, within a second, in import order.
class EventColumns
{
public:
    // Builders append lead by lead: beginLead(), then that lead's events.
    void reserve(std::size_t leads, std::size_t events);
    std::uint16_t activityIndex(const QString &key);
    std::uint32_t detailId(const QString &detail) { return m_details.intern(detail); }
    void beginLead() { m_offsets.push_back(m_times.size()); }
    void add(std::int64_t at, std::uint16_t activity, std::uint32_t detail)
    {
        m_times.push_back(at);
        m_activities.push_back(activity);
        m_detailIds.push_back(detail);
    }
    // For a builder that appends every lead's events first and learns where each lead
    // begins afterwards: lead i's events begin at offsets[i] (ascending).
    void setLeadOffsets(std::vector<std::size_t> offsets) { m_offsets = std::move(offsets); }
    // Drops the events [first, last) before the leads are placed (setLeadOffsets).
    void eraseEvents(std::size_t first, std::size_t last);
    // Many events at once, in the order given (the current lead's, or see setLeadOffsets).
    void append(std::span<const std::int64_t> times, std::span<const std::uint16_t> activities,
                std::span<const std::uint32_t> details);
    // Orders each lead's events by time, keeping the order of equal times.
    void sortWithinLeads();

    std::size_t leadCount() const { return m_offsets.size(); }
    std::size_t eventCount() const { return m_times.size(); }
    std::size_t begin(std::size_t lead) const { return m_offsets[lead]; }
    std::size_t end(std::size_t lead) const
    {
        return lead + 1 < m_offsets.size() ? m_offsets[lead + 1] : m_times.size();
    }
    std::int64_t time(std::size_t event) const { return m_times[event]; }
    std::span<const std::int64_t> timesOf(std::size_t lead) const
    {
        return std::span<const std::int64_t>(m_times).subspan(begin(lead), end(lead) - begin(lead));
    }
    std::uint16_t activity(std::size_t event) const { return m_activities[event]; }
    std::uint32_t detail(std::size_t event) const { return m_detailIds[event]; }
    // The columns whole, for a replay that walks them with plain pointers.
    std::span<const std::size_t> offsets() const { return m_offsets; }
    std::span<const std::int64_t> times() const { return m_times; }
    std::span<const std::uint16_t> activities() const { return m_activities; }
    std::span<const std::uint32_t> detailIds() const { return m_detailIds; }

    const std::vector<QString> &activityKeys() const { return m_activityKeys; }
    const StringPool &details() const { return m_details; }
    std::size_t bytesPerEvent() const { return sizeof(std::int64_t) + sizeof(std::uint16_t) + sizeof(std::uint32_t); }

private:
    std::vector<std::size_t> m_offsets;
    std::vector<std::int64_t> m_times;
    std::vector<std::uint16_t> m_activities;
    std::vector<std::uint32_t> m_detailIds;
    std::vector<QString> m_activityKeys;
    QHash<QString, std::uint16_t> m_activityIndex;
    StringPool m_details;
};

} // namespace LeadStage
