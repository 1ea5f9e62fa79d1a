#pragma once
// Shadows the real header for the core library only: core is QtCore + SQLite.
#error "core must not use QCustomPlot: move this code to ui/ (see DESIGN.md §1)"
