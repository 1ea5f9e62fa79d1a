#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

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
    // Also stopped when `stopsWith` is cancelled, seen at every check of cancelled(), not
    // only at a report: a relay that passes reports on, told to stop by its caller.
    Progress(Callback callback, std::shared_ptr<const Progress> stopsWith)
        : m_callback(std::move(callback))
        , m_stopsWith(std::move(stopsWith))
    {}

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }
    bool cancelled() const
    {
        return m_cancelled.load(std::memory_order_relaxed) || (m_stopsWith && m_stopsWith->cancelled());
    }

    bool report(std::int64_t done, std::int64_t total)
    {
        if (m_callback)
            m_callback(done, total);
        return !cancelled();
    }

private:
    Callback m_callback;
    std::shared_ptr<const Progress> m_stopsWith;
    std::atomic<bool> m_cancelled{false};
};

} // namespace LeadStage
