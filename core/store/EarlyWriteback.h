#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace LeadStage {

// Has the kernel start writing a workspace file's changed pages to disk while a long
// transaction is still writing it, a few times a second, so that the commit's sync
// waits for the last of them only. Linux keeps up to a tenth of memory unwritten on
// its own: the sync of a 1 M-lead import then wrote 900 MB at once (half a second).
// Durability stays SQLite's: this only starts writes early, it never waits for one.
class EarlyWriteback
{
public:
    explicit EarlyWriteback(const QString &path);
    ~EarlyWriteback(); // stops the thread; the writes it started go on in the kernel
    EarlyWriteback(const EarlyWriteback &) = delete;
    EarlyWriteback &operator=(const EarlyWriteback &) = delete;

    // How many times it asked the kernel so far (for the tests).
    int requests() const;

    static constexpr int intervalMs = 200;

private:
    void run();

    int m_fd = -1;
    mutable std::mutex m_mutex;
    std::condition_variable m_stop;
    bool m_stopping = false;
    int m_requests = 0;
    std::thread m_thread;
};

} // namespace LeadStage
