#pragma once

#include <atomic>
#include <cstdint>
#include <functional>

namespace LeadStage {

// What long work reports and how it is told to stop. Workers call report() now and
// then; it returns false once the caller asked to cancel, and the work then undoes
// everything it wrote.
class Progress
{
public:
    using Callback = std::function<void(std::int64_t done, std::int64_t total)>;

    Progress() = default;
    explicit Progress(Callback callback)
        : m_callback(std::move(callback))
    {}

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    bool report(std::int64_t done, std::int64_t total)
    {
        if (m_callback)
            m_callback(done, total);
        return !cancelled();
    }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
};

} // namespace LeadStage
