#pragma once

#include <cstddef>
#include <functional>

class QObject;

namespace LeadStage {

// Touches `bytes` of the GUI thread's heap on a job's thread and gives them back, then
// calls `then` on the GUI thread (unless `context` is gone by then). A container the GUI
// thread grows next by doubling (a table's header sections, one per row) then copies into
// memory already touched: in the first opening of a million leads, two of the explorer's
// row handovers took 16–17 ms each, mostly the kernel zeroing fresh pages for the copy.
// Called on the GUI thread (its allocations are what the memory goes back to), with a
// `context` that lives there.
void warmHeapThen(QObject *context, std::size_t bytes, std::function<void()> then);

} // namespace LeadStage
