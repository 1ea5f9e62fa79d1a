#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace LeadStage {

// One line of Help → Keyboard Shortcuts: read from a real QAction, so the list
// cannot drift from what the keys do.
struct ShortcutEntry
{
    QString action; // the action's text without its mnemonic "&"
    QString keys;   // every shortcut of the action, in the platform's own words
    QString where;  // the menu or page it belongs to
};

// Every action of `window` and its children that has a shortcut, once each, menu order first.
QList<ShortcutEntry> shortcutsOf(QWidget *window);

// "&Open Workspace…" → "Open Workspace…" ("&&" stays a single "&"): what a label may show.
QString withoutMnemonic(const QString &text);

} // namespace LeadStage
