#include "EarlyWriteback.h"

#include <QFile>

#include <chrono>

#ifdef __linux__
#include <fcntl.h>
#include <unistd.h>
#endif

namespace LeadStage {

EarlyWriteback::EarlyWriteback(const QString &path)
{
#ifdef __linux__
    // A file of its own: the page cache is the file's, whichever descriptor asks.
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd >= 0)
        m_thread = std::thread([this] { run(); });
#else
    (void)path;
#endif
}

EarlyWriteback::~EarlyWriteback()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_stop.notify_all();
    if (m_thread.joinable())
        m_thread.join();
#ifdef __linux__
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

int EarlyWriteback::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void EarlyWriteback::run()
{
#ifdef __linux__
    std::unique_lock lock(m_mutex);
    while (!m_stop.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stopping; })) {
        lock.unlock();
        // Starts the writing of every dirty page not being written yet and returns; a
        // refusal (a file system without it) leaves the sync at commit to do it all.
        (void)sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
        lock.lock();
        ++m_requests;
    }
#endif
}

} // namespace LeadStage
