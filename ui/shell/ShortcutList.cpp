#include "ShortcutList.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QWidget>

namespace LeadStage {

QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size()) {
            if (text[i + 1] == u'&')
                plain += text[++i]; // "&&" is a shown "&"
            continue;               // "&O": the O stays, the mark goes
        }
        plain += text[i];
    }
    return plain;
}

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QObject::tr(" or "));
}

// The menu that shows the action, else the pages it works on: "Scoring Model › Rules",
// the tab titles from the window down to the widget the action was added to.
QString placeOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object); menu && !menu->title().isEmpty())
            return withoutMnemonic(menu->title());
    }
    const QWidget *widget = qobject_cast<const QWidget *>(action->parent());
    for (QObject *object : action->associatedObjects())
        if (auto *associated = qobject_cast<QWidget *>(object); associated && !qobject_cast<QMenu *>(object))
            widget = associated;
    QStringList pages;
    for (const QWidget *page = widget; page; page = page->parentWidget()) {
        // A tab's page sits in the tab widget's stack: page → QStackedWidget → QTabWidget.
        const QWidget *stack = page->parentWidget();
        const auto *tabs = stack ? qobject_cast<const QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(const_cast<QWidget *>(page)) >= 0)
            pages.prepend(withoutMnemonic(tabs->tabText(tabs->indexOf(const_cast<QWidget *>(page)))));
    }
    return pages.join(u" › "_qs);
}

void collectMenu(QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectMenu(action->menu(), actions);
        else
            actions << action;
    }
}

} // namespace

QList<ShortcutEntry> shortcutsOf(QWidget *window)
{
    QList<QAction *> actions;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions())
            if (top->menu())
                collectMenu(top->menu(), actions);
    }
    actions << window->actions() << window->findChildren<QAction *>();
    QList<ShortcutEntry> entries;
    QSet<QString> seen;
    for (QAction *action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        ShortcutEntry entry{withoutMnemonic(action->text()), keysOf(action), placeOf(action)};
        const QString key = entry.action + u'\n' + entry.keys;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        entries << entry;
    }
    return entries;
}

} // namespace LeadStage
