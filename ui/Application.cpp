#include "Application.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "WindowSession.h"
#include "common/AfterFirstPaint.h"
#include "shell/Theme.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace LeadStage::Application {

void describe()
{
    QCoreApplication::setOrganizationName(u"LeadStage"_qs);
    QCoreApplication::setApplicationName(u"LeadStage"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADSTAGE_VERSION));
}

QLocale chosenLocale()
{
    const QString language = AppSettings::language().get();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

// The language chosen in Preferences (else the system's): its translations, and the
// default QLocale, so that numbers and locale dates follow the words.
void installTranslations(QApplication &app)
{
    installTranslations(app, chosenLocale());
}

void installTranslations(QApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"leadstage"_qs, u"_"_qs, u":/i18n"_qs)
        || translator->load(u"leadstage_en"_qs, u":/i18n"_qs))
        QCoreApplication::installTranslator(translator);
}

QString demoWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"Demo.leadstage"_qs);
}

int runWindow(const QString &workspacePath)
{
    QApplication::setWindowIcon(QIcon(u":/icons/leadstage.svg"_qs));
    Theme::applyFromSettings();
    MainWindow window;
    window.show();
    // The window appears first, then opens: its first paint is not inside the opening.
    afterFirstPaint(window, [&window, workspacePath] { startWindow(window, workspacePath); });
    const int status = QApplication::exec();
    WindowSession::end();
    return status;
}

void startWindow(MainWindow &window, const QString &workspacePath)
{
    const bool endedWithoutClosing = WindowSession::begin();
    if (!workspacePath.isEmpty()) {
        window.openWorkspace(workspacePath);
    } else if (const QString last = AppSettings::lastWorkspace().get();
               !last.isEmpty() && (Workspace::isServerAddress(last) || QFileInfo::exists(last))) {
        if (endedWithoutClosing)
            window.offerAfterUnexpectedEnd(last);
        else
            window.openWorkspace(last);
    } else if (QFileInfo::exists(demoWorkspacePath())) {
        window.openWorkspace(demoWorkspacePath());
    } else {
        window.createDemoWorkspace(demoWorkspacePath());
    }
}

} // namespace LeadStage::Application
