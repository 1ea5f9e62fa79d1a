#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace LeadStage {

// Asks the kernel to back a large buffer with transparent huge pages where the system
// leaves that to each program (Linux's "madvise" setting): its first touch then faults
// memory in 2 MB at a time instead of 4 KB, which on a million-lead load saved about a
// tenth of the CPU time. Advice only: refused or elsewhere, nothing changes.
void adviseHugePages(const void *data, std::size_t bytes);

// The whole heap on transparent huge pages: glibc's malloc asks for them when its
// tunable glibc.malloc.hugetlb is 1, which it reads only as a process starts. SQLite's
// page cache, Qt's strings and every vector too small to advise above then fault in
// 2 MB at a time; a 1 M-lead import took a tenth less time (issue 20).
namespace HugePageHeap {

// The GLIBC_TUNABLES to restart with, given the current value (null: unset) and the
// kernel's setting as /sys/kernel/mm/transparent_hugepage/enabled shows it; nothing
// when a restart would change nothing (huge pages always or never given, or the
// tunable already chosen, by us or by the user).
std::optional<std::string> tunablesToRestartWith(const char *current, std::string_view kernelSetting);

// Starts the program again in its own process (exec: same pid, files and arguments)
// with glibc's tunable set, when that helps; returns only when it did not restart.
// Left out under a sanitizer or valgrind, whose allocators are not glibc's, and with
// LEADSTAGE_SMALL_PAGES set.
void restartIfUseful(char **argv);

// One line for `leadstage --version`: how the heap is paged and why.
std::string describe();

} // namespace HugePageHeap

} // namespace LeadStage
