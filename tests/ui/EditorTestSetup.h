#pragma once

// What the scoring-model editor's GUI tests start from: settings of their own (test
// mode, nothing remembered) and a small scored demo of a year.

#include "Application.h"
#include "MainWindow.h"
#include "StoredSettings.h"
#include "demo/DemoWorkspace.h"
#include "scoring/ScoringModel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>

#include <memory>

namespace LeadStage::Testing {

inline ScoringModel defaultModel()
{
    auto model = ScoringModel::defaultModel();
    if (!model)
        qFatal("default model: %s", qPrintable(model.error().toString()));
    return *model;
}

inline void startWithFreshSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::describe();
    StoredSettings::clearAll();
}

inline void createYearDemo(const QString &path, int leads)
{
    DemoOptions options;
    options.leads = leads;
    options.months = 12;
    if (!createDemoWorkspace(path, options, nullptr))
        qFatal("demo generation failed");
}

// The main window at the size analysts use, shown, with the workspace open.
inline std::unique_ptr<MainWindow> openWindowOn(const QString &path, int waitMs)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1366, 768);
    window->show();
    QSignalSpy opened(window.get(), &MainWindow::workspaceOpened);
    window->openWorkspace(path);
    if (!opened.wait(waitMs))
        qFatal("workspace did not open");
    return window;
}

} // namespace LeadStage::Testing
