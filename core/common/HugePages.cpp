#include "HugePages.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>

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

namespace HugePageHeap {

namespace {

constexpr std::string_view tunable = "glibc.malloc.hugetlb";

// The word the kernel brackets: "always [madvise] never" is madvise.
std::string_view chosen(std::string_view setting)
{
    const auto open = setting.find('[');
    const auto close = setting.find(']', open);
    if (open == std::string_view::npos || close == std::string_view::npos)
        return {};
    return setting.substr(open + 1, close - open - 1);
}

std::string kernelSetting()
{
    std::ifstream file("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    std::getline(file, line);
    return line;
}

bool underOtherAllocator()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
    return true;
#endif
#endif
    const char *preload = std::getenv("LD_PRELOAD");
    return preload && std::string_view(preload).find("vgpreload") != std::string_view::npos;
}

} // namespace

std::optional<std::string> tunablesToRestartWith(const char *current, std::string_view kernelSetting)
{
    if (chosen(kernelSetting) != "madvise")
        return std::nullopt;
    const std::string_view now = current ? current : "";
    if (now.find(tunable) != std::string_view::npos)
        return std::nullopt;
    std::string next(now);
    if (!next.empty())
        next += ':';
    next += tunable;
    next += "=1";
    return next;
}

void restartIfUseful(char **argv)
{
#ifdef __linux__
    if (std::getenv("LEADSTAGE_SMALL_PAGES") || underOtherAllocator())
        return;
    const char *before = std::getenv("GLIBC_TUNABLES");
    const auto tunables = tunablesToRestartWith(before, kernelSetting());
    if (!tunables)
        return;
    const std::optional<std::string> kept = before ? std::optional<std::string>(before) : std::nullopt;
    if (setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // No /proc, or the file gone: carry on with small pages, the environment as it was.
    if (kept)
        setenv("GLIBC_TUNABLES", kept->c_str(), 1);
    else
        unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

std::string describe()
{
    const std::string setting = kernelSetting();
    const std::string_view mode = chosen(setting);
    if (mode.empty())
        return "heap: small pages (this system offers no transparent huge pages)";
    if (mode == "always")
        return "heap: transparent huge pages (the system gives them to every program)";
    if (mode == "never")
        return "heap: small pages (the system has transparent huge pages turned off)";
    const std::string_view tunables = std::getenv("GLIBC_TUNABLES") ? std::getenv("GLIBC_TUNABLES") : "";
    if (const auto at = tunables.find(tunable); at != std::string_view::npos && !underOtherAllocator()) {
        const std::string_view given = tunables.substr(at, tunables.find(':', at) - at);
        if (given != "glibc.malloc.hugetlb=0")
            return "heap: transparent huge pages (" + std::string(given) + ")";
    }
    return "heap: small pages, with transparent huge pages for the largest buffers only";
}

} // namespace HugePageHeap

} // namespace LeadStage
