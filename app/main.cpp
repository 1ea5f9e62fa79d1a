#include "CommandLine.h"

#include "Application.h"
#include "MainWindow.h"
#include "common/HugePages.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace LeadStage;

namespace {

QtMessageHandler previousHandler = nullptr;

void quietAboutRuntimeFolder(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_qs))
        return;
    previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything is allocated that a restart would throw away.
    HugePageHeap::restartIfUseful(argv);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::wantsCommandLine(arguments) && CommandLine::drawsPages(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A terminal without a desktop session has no runtime folder; Qt makes one and
        // says so, which is no news to the user of a command.
        previousHandler = qInstallMessageHandler(quietAboutRuntimeFolder);
        QGuiApplication app(argc, argv);
        Application::describe();
        return CommandLine::run(arguments);
    }
    if (CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        Application::describe();
        return CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    Application::describe();
    Application::installTranslations(app);
    return Application::runWindow(arguments.value(1));
}
