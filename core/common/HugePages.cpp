#include "HugePages.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace LeadStage {

namespace {

// Smaller buffers hold no whole aligned huge page worth asking for.
constexpr std::size_t bytesWorthAdvising = std::size_t(4) << 20;

} // namespace

void adviseHugePages(const void *data, std::size_t bytes)
{
#ifdef __linux__
    if (!data || bytes < bytesWorthAdvising)
        return;
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto begin = (std::uintptr_t(data) + page - 1) & ~(page - 1);
    const auto end = (std::uintptr_t(data) + bytes) & ~(page - 1);
    // A refusal (an old kernel, huge pages off) leaves the buffer as it was: nothing to report.
    if (end > begin)
        (void)madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

} // namespace LeadStage
