#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>

namespace LeadStage {

// Faults in, on a thread of its own, the pages of a buffer that another thread fills
// front to back, a window ahead of the filling. On the virtual machines LeadStage is
// measured on, the first touch of memory the system has not used lately costs about
// 1.5–3.5 s per gigabyte; a 1 M-lead import's writing thread spent 0.85 s of its time
// faulting in the ten million events it keeps for the rescore. Linux only
// (MADV_POPULATE_WRITE, kernel 5.14); elsewhere the filler faults its pages as before.
// Contents are never changed: faulting a page in leaves what it holds.
class PagesAhead
{
public:
    static constexpr std::size_t defaultWindow = std::size_t(64) << 20;

    explicit PagesAhead(std::size_t window = defaultWindow);
    ~PagesAhead(); // stops the thread, which leaves the buffer alone from then on
    PagesAhead(const PagesAhead &) = delete;
    PagesAhead &operator=(const PagesAhead &) = delete;

    // The buffer [begin, begin + capacity) holds `filled` bytes: its pages up to
    // filled + window are faulted in. Cheap enough to call every few thousand items.
    void follow(const void *begin, std::size_t capacity, std::size_t filled);
    // Call before the buffer is freed or moved: returns once no page of it is being
    // faulted in, and none will be until the next follow().
    void release();

    // Bytes faulted in so far, and whether the kernel refused (for the tests).
    std::size_t bytesFaulted() const;
    bool refused() const;
    // Nothing left to fault in up to the window and nothing being faulted in now.
    bool idle() const;

private:
    void run();

    const std::size_t m_window;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    const std::byte *m_begin = nullptr;
    std::size_t m_target = 0; // offsets into the buffer
    std::size_t m_done = 0;
    std::size_t m_faulted = 0;
    bool m_busy = false;
    bool m_refused = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace LeadStage
