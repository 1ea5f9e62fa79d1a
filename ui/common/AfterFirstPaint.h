#pragma once

#include <functional>

class QWidget;

namespace LeadStage {

// Runs `then` once the shown top-level `window` has been painted for the first time, one
// turn of the event loop after its first expose, so that the work `then` starts (opening
// a workspace) does not hold up the window's first appearance, and the window's first
// paint (a fresh backing store's memory, page by page) is not inside that work's turn.
// Waits at most `atMostMs`: a window that is never exposed (started minimized) still
// gets its work started. `then` is dropped if `window` goes first.
void afterFirstPaint(QWidget &window, std::function<void()> then, int atMostMs = 500);

} // namespace LeadStage
