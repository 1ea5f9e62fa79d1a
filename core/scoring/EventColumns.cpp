#include "EventColumns.h"

#include "common/HugePages.h"

#include <algorithm>
#include <numeric>

namespace LeadStage {

void EventColumns::reserve(std::size_t leads, std::size_t events)
{
    m_offsets.reserve(leads);
    m_times.reserve(events);
    m_activities.reserve(events);
    m_detailIds.reserve(events);
    // Millions of events: faulted in 2 MB at a time as they are appended.
    adviseHugePages(m_times.data(), m_times.capacity() * sizeof(std::int64_t));
    adviseHugePages(m_activities.data(), m_activities.capacity() * sizeof(std::uint16_t));
    adviseHugePages(m_detailIds.data(), m_detailIds.capacity() * sizeof(std::uint32_t));
}

std::uint16_t EventColumns::activityIndex(const QString &key)
{
    const auto found = m_activityIndex.constFind(key);
    if (found != m_activityIndex.constEnd())
        return found.value();
    const auto index = std::uint16_t(m_activityKeys.size());
    m_activityKeys.push_back(key);
    m_activityIndex.insert(key, index);
    return index;
}

void EventColumns::append(std::span<const std::int64_t> times, std::span<const std::uint16_t> activities,
                          std::span<const std::uint32_t> details)
{
    m_times.insert(m_times.end(), times.begin(), times.end());
    m_activities.insert(m_activities.end(), activities.begin(), activities.end());
    m_detailIds.insert(m_detailIds.end(), details.begin(), details.end());
}

void EventColumns::eraseEvents(std::size_t first, std::size_t last)
{
    const auto erase = [&](auto &column) {
        column.erase(column.begin() + std::ptrdiff_t(first), column.begin() + std::ptrdiff_t(last));
    };
    erase(m_times);
    erase(m_activities);
    erase(m_detailIds);
}

void EventColumns::sortWithinLeads()
{
    std::vector<std::uint32_t> order;
    for (std::size_t lead = 0; lead < leadCount(); ++lead) {
        const std::size_t first = begin(lead), last = end(lead);
        if (std::is_sorted(m_times.begin() + std::ptrdiff_t(first), m_times.begin() + std::ptrdiff_t(last)))
            continue;
        order.resize(last - first);
        std::iota(order.begin(), order.end(), std::uint32_t(first));
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return m_times[a] < m_times[b]; });
        const auto reorder = [&](auto &column) {
            std::vector<std::decay_t<decltype(column[0])>> sorted;
            for (std::uint32_t from : order)
                sorted.push_back(column[from]);
            std::copy(sorted.begin(), sorted.end(), column.begin() + std::ptrdiff_t(first));
        };
        reorder(m_times);
        reorder(m_activities);
        reorder(m_detailIds);
    }
}

} // namespace LeadStage
