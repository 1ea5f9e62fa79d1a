#include "HeapWarmup.h"

#include "BackgroundJobs.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace LeadStage {

void warmHeapThen(QObject *context, std::size_t bytes, std::function<void()> then)
{
    // Taken here, on the GUI thread, so that freeing it puts it where the GUI thread's next
    // large allocations come from (a block the allocator maps on its own is unmapped again
    // when freed: nothing gained, nothing lost). Nothing to touch: `then` at once.
    void *block = bytes > 0 ? std::malloc(bytes) : nullptr;
    if (!block) {
        then();
        return;
    }
    // Freed wherever its last holder goes: on the GUI thread just before `then` (or without
    // it, `context` gone), or with a call that never ran, the application gone first.
    std::shared_ptr<void> owned(block, [](void *memory) { std::free(memory); });
    QPointer<QObject> guard(context);
    (void)BackgroundJobs::run([owned = std::move(owned), bytes, guard, then = std::move(then)]() mutable {
        std::memset(owned.get(), 0, bytes);
        // To the application, which outlives the jobs: `context` is looked at on its own
        // thread only, where nothing can delete it meanwhile.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [owned = std::move(owned), guard, then = std::move(then)]() mutable {
                owned.reset(); // given back before `then` allocates
                if (guard)
                    then();
            },
            Qt::QueuedConnection);
    });
}

} // namespace LeadStage
