#pragma once

#include <cstddef>
#include <thread>
#include <utility>

namespace LeadStage {

// The one way core spreads work over the two cores it is built for: `aside` runs on
// a second thread while `here` runs on the calling thread, and the call returns when
// both have finished (the second thread is joined even when `here` throws). With
// `parallel` false both run on the calling thread, `here` first: small inputs, where
// starting a thread costs more than it saves.
template <typename Aside, typename Here>
void sideBySide(bool parallel, Aside &&aside, Here &&here)
{
    if (!parallel) {
        here();
        aside();
        return;
    }
    std::jthread second(std::forward<Aside>(aside));
    here();
}

// `work(begin, end)` over [0, count): the second half beside the first when `parallel`.
template <typename Work>
void halvesSideBySide(bool parallel, std::size_t count, Work &&work)
{
    const std::size_t half = parallel ? count / 2 : count;
    sideBySide(
        parallel, [&] { work(half, count); }, [&] { work(std::size_t(0), half); });
}

} // namespace LeadStage
