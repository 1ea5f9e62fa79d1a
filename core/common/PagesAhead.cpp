#include "PagesAhead.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <system_error>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14; older headers lack the name
#endif

namespace LeadStage {

namespace {

// One call's worth: a huge page, so that release() never waits long.
constexpr std::size_t step = std::size_t(2) << 20;

enum class Populated { Done, Skipped, Refused };

// Refused when the kernel refuses the advice itself (too old, not Linux, forbidden); a
// range that is no longer mapped is only skipped.
Populated populate(const std::byte *from, const std::byte *to)
{
#ifdef __linux__
    static const auto pageSize = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t begin = reinterpret_cast<std::uintptr_t>(from) & ~(pageSize - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(to) + pageSize - 1) & ~(pageSize - 1);
    if (madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE) == 0)
        return Populated::Done;
    return errno == EINVAL || errno == ENOSYS || errno == EPERM ? Populated::Refused : Populated::Skipped;
#else
    (void)from;
    (void)to;
    return Populated::Refused;
#endif
}

} // namespace

PagesAhead::PagesAhead(std::size_t window)
    : m_window(window)
{
    try {
        m_thread = std::thread([this] { run(); });
    } catch (const std::system_error &) {
        m_refused = true; // no thread to be had: the filler faults its pages as before
    }
}

PagesAhead::~PagesAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PagesAhead::follow(const void *begin, std::size_t capacity, std::size_t filled)
{
    std::unique_lock lock(m_mutex);
    if (m_refused)
        return;
    const auto *bytes = static_cast<const std::byte *>(begin);
    if (bytes != m_begin) {
        m_idle.wait(lock, [this] { return !m_busy; });
        m_begin = bytes;
        m_done = filled; // the filler touched what it filled
    }
    // A buffer that shrank (the heap, trimmed) is followed again from its new end.
    m_done = std::max(std::min(m_done, capacity), filled);
    m_target = std::min(capacity, filled + m_window);
    if (m_done < m_target)
        m_wake.notify_one();
}

void PagesAhead::release()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_busy; });
    m_begin = nullptr;
    m_target = m_done = 0;
}

std::size_t PagesAhead::bytesFaulted() const
{
    std::lock_guard lock(m_mutex);
    return m_faulted;
}

bool PagesAhead::refused() const
{
    std::lock_guard lock(m_mutex);
    return m_refused;
}

bool PagesAhead::idle() const
{
    std::lock_guard lock(m_mutex);
    return !m_busy && (!m_begin || m_done >= m_target);
}

void PagesAhead::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || (m_begin && m_done < m_target); });
        if (m_stopping)
            return;
        const std::byte *base = m_begin;
        const std::size_t from = m_done;
        const std::size_t to = std::min(m_target, from + step);
        m_busy = true;
        lock.unlock();
        const Populated populated = populate(base + from, base + to);
        lock.lock();
        m_busy = false;
        if (populated == Populated::Refused) {
            m_refused = true;
            m_begin = nullptr;
        } else if (base == m_begin) {
            m_done = std::max(m_done, to);
            m_faulted += populated == Populated::Done ? to - from : 0;
        }
        m_idle.notify_all();
    }
}

} // namespace LeadStage
