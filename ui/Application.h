#pragma once

#include <QLocale>
#include <QString>

class QApplication;

namespace LeadStage {
class MainWindow;
}

namespace LeadStage::Application {

// Names the application for QSettings, QStandardPaths and --version.
void describe();
// Preferences' language ("" follows the system): the locale translations and numbers use.
QLocale chosenLocale();
// Loads :/i18n/leadstage_<language>.qm and Qt's own for chosenLocale(), and makes it QLocale's default.
void installTranslations(QApplication &app);
// The same for `locale`. A language LeadStage has no file for reads English, with the
// English file's plural forms ("1 lead", not "1 lead(s)").
void installTranslations(QApplication &app, const QLocale &locale);
// Shows the main window on `workspacePath`, the last workspace, or (on first start)
// a freshly generated demo workspace; runs the event loop.
int runWindow(const QString &workspacePath);
// What the window opens first (runWindow without the event loop). After a run that
// ended without closing, the last workspace is offered, not reopened unasked.
void startWindow(MainWindow &window, const QString &workspacePath);
// Where the first start puts the demo workspace: the user's data folder.
QString demoWorkspacePath();

} // namespace LeadStage::Application
