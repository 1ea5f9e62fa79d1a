#include "BackgroundSha256.h"

#include <cstring>

namespace LeadStage {

BackgroundSha256::~BackgroundSha256()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundSha256::add(const char *bytes, std::size_t size)
{
    if (size == 0)
        return;
    std::vector<char> copy;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_pendingBytes <= maxPendingBytes; });
        if (!m_spare.empty()) {
            copy = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    copy.resize(size);
    std::memcpy(copy.data(), bytes, size);
    {
        std::lock_guard lock(m_mutex);
        m_pendingBytes += size;
        m_queue.push_back(std::move(copy));
    }
    m_changed.notify_all();
    if (!m_thread.joinable())
        m_thread = std::thread([this] { hashQueued(); });
}

void BackgroundSha256::hashQueued()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
        if (m_queue.empty())
            return; // stopping, and everything added is hashed
        std::vector<char> bytes = std::move(m_queue.front());
        m_queue.pop_front();
        m_hashing = true;
        lock.unlock();
        m_hash.add(bytes.data(), bytes.size());
        lock.lock();
        m_hashing = false;
        m_pendingBytes -= bytes.size();
        if (m_spare.size() < 4)
            m_spare.push_back(std::move(bytes));
        m_changed.notify_all();
    }
}

QString BackgroundSha256::hexDigest()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_hashing; });
    return m_hash.hexDigest();
}

} // namespace LeadStage
