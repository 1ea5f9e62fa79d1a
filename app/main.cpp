#include "CommandLine.h"

#include "Application.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

using namespace LeadStage;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

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
