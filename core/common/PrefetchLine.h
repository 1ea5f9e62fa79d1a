#pragma once

namespace LeadStage {

// Asks the processor to bring the cache line at `address` in, without waiting for it.
// GCC 12 drops a __builtin_prefetch once inlined into a member of a class holding the
// vector (cd-dce), so on x86-64 the instruction is written out.
inline void prefetchLine(const void *address)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char *>(address)));
#else
    __builtin_prefetch(address);
#endif
}

} // namespace LeadStage
