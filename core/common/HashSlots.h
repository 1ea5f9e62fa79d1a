#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace LeadStage {

// A slot of an open-addressing table over texts kept elsewhere: the text's 32-bit
// hash and a reference to it (an id, an index + 1); 0 marks a free slot.
struct HashSlot
{
    std::uint32_t hash = 0;
    std::uint32_t ref = 0;
};

// The taken slots placed again in a table of `size` slots (a power of two) by their
// kept hashes, with linear probing, without reading any text again.
inline std::vector<HashSlot> rehashed(const std::vector<HashSlot> &slots, std::size_t size)
{
    std::vector<HashSlot> larger(size);
    const std::size_t mask = size - 1;
    for (const HashSlot &taken : slots) {
        if (taken.ref == 0)
            continue;
        std::size_t slot = taken.hash & mask;
        while (larger[slot].ref != 0)
            slot = (slot + 1) & mask;
        larger[slot] = taken;
    }
    return larger;
}

// The slot of a text with `hash` in `slots` (a power of two in size, at most half
// taken), or the free slot it would take: `isIt(ref)` compares the text a slot refers
// to, asked only of slots with the same hash.
template <typename IsIt>
std::size_t slotFor(const std::vector<HashSlot> &slots, std::uint32_t hash, IsIt isIt)
{
    const std::size_t mask = slots.size() - 1;
    std::size_t slot = hash & mask;
    for (; slots[slot].ref != 0; slot = (slot + 1) & mask)
        if (slots[slot].hash == hash && isIt(slots[slot].ref))
            return slot;
    return slot;
}

} // namespace LeadStage
