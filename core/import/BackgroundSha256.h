#pragma once

#include "Sha256.h"

#include <QString>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace LeadStage {

// SHA-256 of a stream on a thread of its own: add() copies the bytes and returns, the
// digest is worked out meanwhile. An import's reading thread is its slowest on a large
// events file (parsing, dates, lead lookups), and hashing took a tenth of it; the
// writing thread waits for it and so leaves a core free for the hash.
class BackgroundSha256
{
public:
    BackgroundSha256() = default;
    ~BackgroundSha256();
    BackgroundSha256(const BackgroundSha256 &) = delete;
    BackgroundSha256 &operator=(const BackgroundSha256 &) = delete;

    // Waits only while the bytes not yet hashed exceed `maxPendingBytes`.
    void add(const char *bytes, std::size_t size);
    // The digest of everything added, in lower-case hex, once the thread has caught up;
    // the hash starts afresh.
    QString hexDigest();

    static constexpr std::size_t maxPendingBytes = std::size_t(32) << 20;

private:
    void hashQueued();

    Sha256 m_hash; // the thread's alone while it runs
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<char>> m_queue;  // copies waiting for the hash, in order
    std::vector<std::vector<char>> m_spare; // a few hashed copies, reused: their memory is touched once
    std::size_t m_pendingBytes = 0;
    bool m_hashing = false; // the thread has taken a copy off the queue
    bool m_stopping = false;
    std::thread m_thread; // started by the first add()
};

} // namespace LeadStage
